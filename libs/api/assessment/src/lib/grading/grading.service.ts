import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { TransactionalEvent } from '@koko/api/core/database';
import { berlinDay, berlinInstant, CohortModule, CohortService, CohortTrainer, ProgrammeService } from '@koko/api/catalogue';
import { Enrolment } from '@koko/api/enrolment';
import { UserDirectory } from '@koko/api/identity';
import { AssessmentEvents, ClaimTakenOverEvent, ExtensionGrantedEvent, FeedbackReleasedEvent, Role, WebRoute, webUrl } from '@koko/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AssessmentErrorCode, AssessmentException } from '../assessment.exception';
import { AssignmentAccess } from '../assignment-access';
import { AttemptState, defaultRevisionDueAt, opensNextAttempt, stateAfterVerdict, Verdict } from '../attempts/attempt-state';
import { AssignmentAttempt, AssignmentExtension, AttemptFeedback, StoredScore } from '../attempts/attempt.entity';
import { attemptContext } from '../attempts/attempt-context';
import { RubricService } from '../rubrics/rubric.service';
import { criteriaContradictingPass, needsWrittenFeedback } from './verdict-rules';

export interface QueueFilter {
  cohortId?: string;
  moduleId?: string;
  state?: AttemptState;
  late?: boolean;
  offset: number;
  limit: number;
}

export interface FeedbackInput {
  attemptId: string;
  version: number;
  verdict?: Verdict | null;
  text: string;
  scores: { criterionId: string; levelId: string }[];
  release: boolean;
  revisionDueAt?: Date | null;
}

/** An attempt of the queue's page with its enrolment, joined in the same statement. */
type QueuedAttempt = AssignmentAttempt & { queueEnrolment: Enrolment };

export interface QueuePage {
  items: AssignmentAttempt[];
  /** The enrolment of each item, in the same order. */
  enrolments: Enrolment[];
  total: number;
  counts: Record<string, number>;
}

/** The trainer's side: the queue, claiming, feedback with rubric scores, release, extensions. */
@Injectable()
export class GradingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AssignmentAccess,
    private readonly rubrics: RubricService,
    private readonly events: EventEmitter2,
    private readonly cohorts: CohortService,
    private readonly programme: ProgrammeService,
    private readonly users: UserDirectory,
  ) {}

  /** Submissions of the viewer's cohorts (all, for admins), oldest first, with counts per state. */
  async queue(viewer: AuthUser, filter: QueueFilter): Promise<QueuePage> {
    const scoped = (withEnrolment = false) => {
      const qb = this.db.manager.createQueryBuilder(AssignmentAttempt, 'a');
      // The page takes its enrolments along (the participant, cohort and loaders need them).
      if (withEnrolment) qb.innerJoinAndMapOne('a.queueEnrolment', Enrolment, 'e', 'e.id = a.enrolment_id');
      else qb.innerJoin(Enrolment, 'e', 'e.id = a.enrolment_id');
      qb.where(`a.state <> 'draft'`);
      if (!viewer.roles.includes(Role.ADMIN)) qb.innerJoin(CohortTrainer, 't', 't.cohort_id = e.cohort_id AND t.user_id = :viewer', { viewer: viewer.id });
      if (filter.cohortId) qb.andWhere('e.cohort_id = :cohortId', { cohortId: filter.cohortId });
      if (filter.moduleId) qb.andWhere('a.module_id = :moduleId', { moduleId: filter.moduleId });
      if (filter.late !== undefined && filter.late !== null) qb.andWhere('a.late = :late', { late: filter.late });
      return qb;
    };
    const list = scoped(true);
    if (filter.state) list.andWhere('a.state = :state', { state: filter.state });
    // Inner joins only (one enrolment per attempt), so plain OFFSET/LIMIT is right (no DISTINCT
    // sub-query), and the total comes from the per-state counts: a fixed number of statements
    // whatever the page holds. Page and counts are independent and run side by side.
    const [page, rows] = await Promise.all([
      list.orderBy('a.submitted_at', 'ASC').addOrderBy('a.id', 'ASC').offset(filter.offset).limit(filter.limit).getMany() as Promise<QueuedAttempt[]>,
      scoped().select('a.state', 'state').addSelect('count(*)', 'n').groupBy('a.state').getRawMany<{ state: string; n: string }>(),
    ]);
    const counts = Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
    const total = filter.state ? (counts[filter.state] ?? 0) : Object.values(counts).reduce((a, b) => a + b, 0);
    const enrolments = page.map((a) => a.queueEnrolment);
    return { items: page, enrolments, total, counts };
  }

  async attemptForGrading(viewer: AuthUser, attemptId: string): Promise<AssignmentAttempt> {
    return (await this.access.graderAttempt(this.db.manager, viewer, attemptId)).attempt;
  }

  /** Claiming is the grader's explicit act (opening a submission only reads it); someone else's claim needs an explicit take-over. */
  async claim(viewer: AuthUser, attemptId: string, takeOver: boolean): Promise<AssignmentAttempt> {
    return this.db.transaction(async (m) => {
      const { attempt, enrolment } = await this.access.graderAttempt(m, viewer, attemptId, true);
      if (attempt.state === AttemptState.DRAFT) throw new AssessmentException(AssessmentErrorCode.NOT_SUBMITTED);
      if (attempt.state !== AttemptState.SUBMITTED) throw new AssessmentException(AssessmentErrorCode.ALREADY_GRADED);
      if (attempt.claimedBy === viewer.id) return attempt;
      if (attempt.claimedBy && !takeOver) {
        throw new AssessmentException(AssessmentErrorCode.CLAIMED_BY_OTHER, { name: await this.holderName(m, attempt.claimedBy) });
      }
      const previous = attempt.claimedBy;
      Object.assign(attempt, { claimedBy: viewer.id, claimedAt: new Date(), version: attempt.version + 1, updatedAt: new Date() });
      await m.save(attempt);
      if (previous) {
        const payload: ClaimTakenOverEvent = { attemptId: attempt.id, cohortId: enrolment.cohortId, participantId: enrolment.userId, fromUserId: previous, actorId: viewer.id };
        await this.events.emitAsync(AssessmentEvents.ClaimTakenOver, { payload, manager: m } satisfies TransactionalEvent<ClaimTakenOverEvent>);
      }
      return attempt;
    });
  }

  /**
   * Saves feedback as a draft or releases it. The caller names the version they saw; if anyone
   * changed the attempt since, nothing is saved and they are told to reload.
   */
  async saveFeedback(viewer: AuthUser, input: FeedbackInput): Promise<AssignmentAttempt> {
    return this.db.transaction(async (m) => {
      const { attempt, enrolment } = await this.access.graderAttempt(m, viewer, input.attemptId, true);
      if (attempt.state === AttemptState.DRAFT) throw new AssessmentException(AssessmentErrorCode.NOT_SUBMITTED);
      if (attempt.state !== AttemptState.SUBMITTED) throw new AssessmentException(AssessmentErrorCode.ALREADY_GRADED);
      if (attempt.version !== input.version) throw new AssessmentException(AssessmentErrorCode.STALE_VERSION);
      if (attempt.claimedBy !== viewer.id) {
        if (!attempt.claimedBy) throw new AssessmentException(AssessmentErrorCode.NOT_CLAIMED);
        throw new AssessmentException(AssessmentErrorCode.CLAIMED_BY_OTHER, { name: await this.holderName(m, attempt.claimedBy) });
      }
      const scores = await this.checkScores(m, attempt.moduleId, input.scores, input.release, input.verdict);
      if (input.release && !input.verdict) throw new AssessmentException(AssessmentErrorCode.VERDICT_REQUIRED);
      if (input.release && needsWrittenFeedback(input.verdict) && !input.text.trim()) throw new AssessmentException(AssessmentErrorCode.FEEDBACK_TEXT_REQUIRED);
      const now = new Date();
      if (input.release && input.verdict === Verdict.REVISION_REQUESTED && input.revisionDueAt && input.revisionDueAt.getTime() <= now.getTime()) {
        throw new AssessmentException(AssessmentErrorCode.REVISION_DUE_IN_PAST);
      }
      await m.upsert(
        AttemptFeedback,
        { attemptId: attempt.id, graderId: viewer.id, verdict: input.verdict ?? null, text: input.text.trim(), scores, releasedAt: input.release ? now : null, updatedAt: now },
        ['attemptId'],
      );
      attempt.version += 1;
      attempt.updatedAt = now;
      let nextAttemptNo: number | null = null;
      let revisionDueAt: Date | null = null;
      if (input.release && input.verdict) {
        // Checked above: the attempt is submitted, so a verdict always yields a state.
        const released = stateAfterVerdict(attempt.state, input.verdict);
        if (!released) throw new AssessmentException(AssessmentErrorCode.ALREADY_GRADED);
        attempt.state = released;
        attempt.claimedBy = null;
        attempt.claimedAt = null;
        await m.save(attempt);
        const settings = await m.findOneByOrFail(CohortModule, { cohortId: enrolment.cohortId, moduleId: attempt.moduleId });
        if (opensNextAttempt(input.verdict, attempt.attemptNo, settings.maxAttempts)) {
          nextAttemptNo = attempt.attemptNo + 1;
          revisionDueAt = input.revisionDueAt ?? defaultRevisionDueAt(now, await this.cohorts.revisionDaysOf(enrolment.cohortId, m), berlinDay, berlinInstant);
          await m.save(
            m.create(AssignmentAttempt, { enrolmentId: enrolment.id, moduleId: attempt.moduleId, attemptNo: nextAttemptNo, state: AttemptState.DRAFT, body: attempt.body, version: 1, dueAt: revisionDueAt }),
          );
        }
        const payload: FeedbackReleasedEvent = {
          ...(await attemptContext(m, { cohorts: this.cohorts, programme: this.programme }, attempt, enrolment)),
          verdict: input.verdict,
          actorId: viewer.id,
          nextAttemptNo,
          revisionDueAt: revisionDueAt?.toISOString() ?? null,
          assignmentUrl: webUrl(this.config.publicUrl, WebRoute.ASSIGNMENT, { position: (await this.programme.module(attempt.moduleId, m)).position }, { enrolment: enrolment.id }),
          scores,
        };
        await this.events.emitAsync(AssessmentEvents.FeedbackReleased, { payload, manager: m } satisfies TransactionalEvent<FeedbackReleasedEvent>);
      } else {
        await m.save(attempt);
      }
      return attempt;
    });
  }

  /** An individual extension: a new due date with a reason; the participant is told. */
  async grantExtension(viewer: AuthUser, input: { enrolmentId: string; moduleId: string; dueAt: Date; reason: string }, now = new Date()): Promise<AssignmentExtension> {
    return this.db.transaction(async (m) => {
      const enrolment = await m.findOneBy(Enrolment, { id: input.enrolmentId });
      if (!enrolment) throw new AssessmentException(AssessmentErrorCode.ENROLMENT_NOT_FOUND);
      if (!(await this.access.isGrader(m, viewer, enrolment.cohortId))) throw new AssessmentException(AssessmentErrorCode.ENROLMENT_NOT_FOUND);
      const settings = await this.access.cohortModule(m, enrolment.cohortId, input.moduleId);
      if (input.dueAt.getTime() <= now.getTime()) throw new AssessmentException(AssessmentErrorCode.EXTENSION_IN_PAST);
      const previous = await m.findOne(AssignmentExtension, { where: { enrolmentId: enrolment.id, moduleId: input.moduleId }, order: { grantedAt: 'DESC' } });
      const extension = await m.save(m.create(AssignmentExtension, { enrolmentId: enrolment.id, moduleId: input.moduleId, dueAt: input.dueAt, reason: input.reason.trim(), grantedBy: viewer.id, grantedAt: now }));
      const module = await this.programme.module(input.moduleId, m);
      const payload: ExtensionGrantedEvent = {
        enrolmentId: enrolment.id,
        cohortId: enrolment.cohortId,
        moduleId: module.id,
        participantId: enrolment.userId,
        dueAt: input.dueAt.toISOString(),
        previousDueAt: (previous?.dueAt ?? settings.assignmentDueAt)?.toISOString() ?? null,
        reason: extension.reason,
        actorId: viewer.id,
        assignmentUrl: webUrl(this.config.publicUrl, WebRoute.ASSIGNMENT, { position: module.position }, { enrolment: enrolment.id }),
      };
      await this.events.emitAsync(AssessmentEvents.ExtensionGranted, { payload, manager: m } satisfies TransactionalEvent<ExtensionGrantedEvent>);
      return extension;
    });
  }

  /**
   * Checks scores against the module's rubric and snapshots them; on release every required criterion
   * needs one, and "passed" is refused while a required criterion is at its lowest level.
   */
  private async checkScores(
    m: EntityManager,
    moduleId: string,
    given: FeedbackInput['scores'],
    release: boolean,
    verdict: Verdict | null | undefined,
  ): Promise<Record<string, StoredScore>> {
    const rubric = await this.rubrics.rubricsOf([moduleId], m);
    const snapshot: Record<string, StoredScore> = {};
    for (const score of given) {
      const criterion = rubric.find((c) => c.id === score.criterionId);
      const level = criterion?.levels.find((l) => l.id === score.levelId);
      if (!criterion || !level || snapshot[criterion.id]) throw new AssessmentException(AssessmentErrorCode.RUBRIC_SCORE_INVALID);
      snapshot[criterion.id] = { position: criterion.position, criterionId: criterion.id, criterionTitle: criterion.title, levelId: level.id, levelLabel: level.label, points: level.points };
    }
    if (release) {
      const missing = rubric.filter((c) => c.required && !snapshot[c.id]).map((c) => c.title);
      if (missing.length) throw new AssessmentException(AssessmentErrorCode.RUBRIC_SCORE_MISSING, { criteria: missing.join(', ') });
      const contradicting = criteriaContradictingPass(rubric, snapshot, verdict);
      if (contradicting.length) {
        throw new AssessmentException(AssessmentErrorCode.VERDICT_CONTRADICTS_RUBRIC, { criteria: contradicting.map((c) => c.title).join(', ') });
      }
    }
    return snapshot;
  }

  /** Who holds the claim, for the refusal's message ("?" when the account is unknown). */
  private async holderName(m: EntityManager, userId: string): Promise<string> {
    return (await this.users.displayNames([userId], m)).get(userId) ?? '?';
  }
}
