import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { TransactionalEvent } from '@koko/api/core/database';
import { CohortService, ProgrammeService } from '@koko/api/catalogue';
import { EnrolmentState } from '@koko/api/enrolment';
import { AssessmentEvents, AttemptSubmittedEvent, Locale, localized, WebRoute, webUrl } from '@koko/shared';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AssessmentErrorCode, AssessmentException } from '../assessment.exception';
import { AssignmentOverview } from '../dto/assessment.dto';
import { AssignmentAccess } from '../assignment-access';
import { SubmissionMailService } from '../grading/submission-mail.service';
import { AttemptState, canEditAssignment, personalDueAt, submissionTiming } from './attempt-state';
import { AssignmentAttempt, AssignmentExtension, AttemptFile } from './attempt.entity';
import { attemptContext } from './attempt-context';

/** The participant's side: drafts (autosaved), files and submission. */
@Injectable()
export class AttemptsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AssignmentAccess,
    private readonly events: EventEmitter2,
    private readonly cohorts: CohortService,
    private readonly programme: ProgrammeService,
    private readonly submissionMail: SubmissionMailService,
  ) {}

  /** Every attempt of the viewer at one module, newest first. */
  async attemptsOf(viewer: AuthUser, enrolmentId: string, moduleId: string): Promise<AssignmentAttempt[]> {
    await this.access.ownEnrolment(this.db.manager, viewer, enrolmentId, false);
    return this.db.manager.find(AssignmentAttempt, { where: { enrolmentId, moduleId }, order: { attemptNo: 'DESC' } });
  }

  /** The participant's view of one module's transfer assignment: brief, dates, attempts, and whether they can write now. */
  async overview(viewer: AuthUser, enrolmentId: string, moduleId: string, locale: Locale = Locale.DE): Promise<AssignmentOverview> {
    const m = this.db.manager;
    const enrolment = await this.access.ownEnrolment(m, viewer, enrolmentId, false);
    const settings = await this.access.cohortModule(m, enrolment.cohortId, moduleId);
    const module = await this.programme.module(moduleId);
    const [attempts, extension] = await Promise.all([this.attemptsOf(viewer, enrolmentId, moduleId), this.latestExtension(m, enrolmentId, moduleId)]);
    return {
      enrolmentId,
      moduleId,
      modulePosition: module.position,
      moduleTitle: localized(module.title, module.titleEn, locale),
      brief: localized(module.assignmentBrief, module.assignmentBriefEn, locale),
      dueAt: settings.assignmentDueAt,
      cutoffAt: settings.submissionCutoffAt,
      extension: extension ? { id: extension.id, dueAt: extension.dueAt, reason: extension.reason, grantedAt: extension.grantedAt } : null,
      effectiveDueAt: personalDueAt(attempts[0], extension) ?? settings.assignmentDueAt,
      maxAttempts: settings.maxAttempts,
      attempts,
      canEdit: canEditAssignment(enrolment.state === EnrolmentState.ADMITTED, attempts, settings.maxAttempts),
    };
  }

  latestExtension(m: EntityManager, enrolmentId: string, moduleId: string): Promise<AssignmentExtension | null> {
    return m.findOne(AssignmentExtension, { where: { enrolmentId, moduleId }, order: { grantedAt: 'DESC' } });
  }

  /** Saves the write-up of the open draft, creating the first attempt when there is none yet. */
  async saveDraft(viewer: AuthUser, input: { enrolmentId: string; moduleId: string; body: string }): Promise<AssignmentAttempt> {
    try {
      return await this.db.transaction(async (m) => {
        const draft = await this.openDraft(m, viewer, input.enrolmentId, input.moduleId);
        draft.body = input.body;
        draft.draftSavedAt = new Date();
        draft.version += 1;
        draft.updatedAt = new Date();
        return m.save(draft);
      });
    } catch (error) {
      // Two tabs creating the first attempt at once: the loser saves into the winner's draft.
      if (error instanceof QueryFailedError && /assignment_attempts/.test(String((error.driverError as { constraint?: string }).constraint))) {
        return this.saveDraft(viewer, input);
      }
      throw error;
    }
  }

  /** Confirms own work and freezes the attempt. Late is allowed (and marked) until the cut-off. */
  async submit(viewer: AuthUser, input: { attemptId: string; confirmOwnWork: boolean }, now = new Date()): Promise<AssignmentAttempt> {
    return this.db.transaction(async (m) => {
      const { attempt, enrolment } = await this.access.participantAttempt(m, viewer, input.attemptId, true);
      await this.access.ownEnrolment(m, viewer, enrolment.id, true);
      if (attempt.state !== AttemptState.DRAFT) throw new AssessmentException(AssessmentErrorCode.ATTEMPT_FROZEN);
      if (!input.confirmOwnWork) throw new AssessmentException(AssessmentErrorCode.OWN_WORK_NOT_CONFIRMED);
      const files = await m.count(AttemptFile, { where: { attemptId: attempt.id, purpose: 'submission' } });
      if (!attempt.body.trim() && files === 0) throw new AssessmentException(AssessmentErrorCode.SUBMISSION_EMPTY);
      const settings = await this.access.cohortModule(m, enrolment.cohortId, attempt.moduleId);
      const extension = await this.latestExtension(m, enrolment.id, attempt.moduleId);
      // A revision is measured against its own due date (or a later extension), not the cohort's.
      const timing = submissionTiming(now, settings.assignmentDueAt, settings.submissionCutoffAt, personalDueAt(attempt, extension));
      if (!timing.allowed) throw new AssessmentException(AssessmentErrorCode.PAST_CUTOFF, { cutoff: settings.submissionCutoffAt?.toISOString().slice(0, 10) ?? '' });
      Object.assign(attempt, { state: AttemptState.SUBMITTED, submittedAt: now, ownWorkConfirmedAt: now, late: timing.late, version: attempt.version + 1, updatedAt: now });
      await m.save(attempt);
      const trainerIds = await this.cohorts.trainerIdsOf(enrolment.cohortId, m);
      const modes = await this.submissionMail.modesOf(trainerIds, m);
      const payload: AttemptSubmittedEvent = {
        ...(await attemptContext(m, { cohorts: this.cohorts, programme: this.programme }, attempt, enrolment)),
        late: timing.late,
        submittedAt: now.toISOString(),
        trainers: trainerIds.map((id) => ({ id, mode: modes.get(id) ?? 'immediate' })),
        gradingUrl: webUrl(this.config.publicUrl, WebRoute.GRADING_ATTEMPT, { attemptId: attempt.id }),
      };
      await this.events.emitAsync(AssessmentEvents.Submitted, { payload, manager: m } satisfies TransactionalEvent<AttemptSubmittedEvent>);
      return attempt;
    });
  }

  /** Removes a file from the open draft. */
  async deleteFile(viewer: AuthUser, fileId: string): Promise<AttemptFile> {
    return this.db.transaction(async (m) => {
      const file = await m.findOneBy(AttemptFile, { id: fileId, purpose: 'submission' });
      if (!file) throw new AssessmentException(AssessmentErrorCode.FILE_NOT_FOUND);
      const { attempt } = await this.access.participantAttempt(m, viewer, file.attemptId, true).catch((error: unknown) => {
        // Someone else's file is "not found" too; anything else (an outage) propagates.
        if (error instanceof AssessmentException && error.code === AssessmentErrorCode.ATTEMPT_NOT_FOUND) throw new AssessmentException(AssessmentErrorCode.FILE_NOT_FOUND);
        throw error;
      });
      if (attempt.state !== AttemptState.DRAFT) throw new AssessmentException(AssessmentErrorCode.ATTEMPT_FROZEN);
      await m.delete(AttemptFile, { id: file.id });
      attempt.version += 1;
      await m.save(attempt);
      return file;
    });
  }

  /**
   * The open draft of a module, creating it when the participant starts. A submitted attempt is
   * frozen; after a pass or a fail, or with every attempt used, the assignment is closed.
   */
  async openDraft(m: EntityManager, viewer: AuthUser, enrolmentId: string, moduleId: string): Promise<AssignmentAttempt> {
    const enrolment = await this.access.ownEnrolment(m, viewer, enrolmentId, true);
    const settings = await this.access.cohortModule(m, enrolment.cohortId, moduleId);
    const attempts = await m.find(AssignmentAttempt, { where: { enrolmentId, moduleId }, order: { attemptNo: 'DESC' }, lock: { mode: 'pessimistic_write' } });
    const latest = attempts[0];
    if (latest?.state === AttemptState.DRAFT) return latest;
    if (latest?.state === AttemptState.SUBMITTED) throw new AssessmentException(AssessmentErrorCode.ATTEMPT_FROZEN);
    if (latest && latest.state !== AttemptState.REVISION_REQUESTED) throw new AssessmentException(AssessmentErrorCode.ASSIGNMENT_CLOSED);
    if (attempts.length >= settings.maxAttempts) throw new AssessmentException(AssessmentErrorCode.ATTEMPT_LIMIT_REACHED, { max: settings.maxAttempts });
    return m.save(
      m.create(AssignmentAttempt, { enrolmentId, moduleId, attemptNo: attempts.length + 1, state: AttemptState.DRAFT, body: latest?.body ?? '', version: 1 }),
    );
  }

  /** For the file controller: the files of attempts, one statement. */
  filesOf(attemptIds: readonly string[]): Promise<AttemptFile[]> {
    return this.db.manager.find(AttemptFile, { where: { attemptId: In([...attemptIds]) }, order: { createdAt: 'ASC' } });
  }
}
