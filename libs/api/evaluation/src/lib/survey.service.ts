import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { sqlRows, TransactionalEvent } from '@koko/api/core/database';
import { CohortService } from '@koko/api/catalogue';
import { EnrolmentQueryService } from '@koko/api/enrolment';
import { EvaluationAuditedEvent, EvaluationEvents, Role } from '@koko/shared';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { SurveyInput } from './dto/survey.input';
import { OpenSurvey, StaffSurvey, SurveyToAnswer } from './dto/survey.model';
import { EvaluationClock } from './evaluation-clock';
import { EvaluationErrorCode, EvaluationException } from './evaluation.exception';
import { SurveyMails, surveyTokenHash } from './mails/survey-mails';
import { QuestionnaireService } from './questionnaire.service';
import { Invitation, Survey, SurveyWave } from './survey.entity';

function pgConstraint(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
}

/** Evaluation staff (and admins) see every survey; trainers the surveys of cohorts they run. */
export function seesEverySurvey(viewer: AuthUser): boolean {
  return viewer.roles.includes(Role.EVALUATION) || viewer.roles.includes(Role.ADMIN);
}

/** Surveys: binding a questionnaire version to a cohort, inviting its participants, answering. */
@Injectable()
export class SurveyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventEmitter2,
    private readonly questionnaires: QuestionnaireService,
    private readonly enrolments: EnrolmentQueryService,
    private readonly cohorts: CohortService,
    private readonly clock: EvaluationClock,
    private readonly mails: SurveyMails,
  ) {}

  /**
   * Creates the survey and invites every admitted (or completed) participant of the cohort; when it
   * is open already, the invitations are mailed at once (otherwise when it opens).
   */
  async create(actor: AuthUser, input: SurveyInput): Promise<StaffSurvey> {
    if (input.closesAt <= input.opensAt) throw new EvaluationException(EvaluationErrorCode.SURVEY_PERIOD_INVALID);
    if (input.remindAt && (input.remindAt <= input.opensAt || input.remindAt >= input.closesAt)) throw new EvaluationException(EvaluationErrorCode.REMIND_AT_INVALID);
    if ((input.wave === SurveyWave.MODULE) !== !!input.moduleId) throw new EvaluationException(EvaluationErrorCode.MODULE_REQUIRED);
    try {
      return await this.db.transaction(async (m) => {
        const survey = await m.save(
          m.create(Survey, {
            versionId: input.versionId,
            title: input.title,
            titleEn: input.titleEn,
            cohortId: input.cohortId,
            moduleId: input.moduleId ?? null,
            wave: input.wave,
            opensAt: input.opensAt,
            closesAt: input.closesAt,
            remindAt: input.remindAt ?? null,
          }),
        );
        const participants = await this.enrolments.participantsOf(input.cohortId, undefined, m);
        if (participants.length) await m.insert(Invitation, participants.map((p) => ({ surveyId: survey.id, userId: p.userId })));
        await this.audit(m, actor, 'evaluation-survey.created', survey, { invited: participants.length, wave: survey.wave, versionId: survey.versionId });
        const now = this.clock.now();
        if (survey.opensAt <= now && survey.closesAt > now) {
          await this.mails.send(m, survey, 'invitation', now);
          survey.invitationsSentAt = now;
        }
        return Object.assign(new StaffSurvey(), survey, { invited: participants.length, responses: null });
      });
    } catch (error) {
      const constraint = pgConstraint(error);
      if (constraint === 'evaluation_surveys_version_id_fkey') throw new EvaluationException(EvaluationErrorCode.QUESTIONNAIRE_NOT_FOUND);
      if (constraint === 'evaluation_surveys_cohort_id_fkey' || constraint === 'evaluation_surveys_module_id_fkey') {
        throw new EvaluationException(EvaluationErrorCode.COHORT_NOT_FOUND);
      }
      throw error;
    }
  }

  /**
   * Sends the survey's one reminder now, to the invited who have not answered (each with a new
   * one-time link; the invitation's link stays valid). Refused once sent, and outside the open period.
   */
  async remind(actor: AuthUser, surveyId: string): Promise<Survey> {
    return this.db.transaction(async (m) => {
      const survey = await m.findOne(Survey, { where: { id: surveyId }, lock: { mode: 'pessimistic_write' } });
      if (!survey) throw new EvaluationException(EvaluationErrorCode.SURVEY_NOT_FOUND);
      if (survey.reminderSentAt) throw new EvaluationException(EvaluationErrorCode.REMINDER_ALREADY_SENT);
      const now = this.clock.now();
      // Before the invitations went out there is nothing to remind of.
      if (!survey.invitationsSentAt || survey.opensAt > now || survey.closesAt <= now) throw new EvaluationException(EvaluationErrorCode.SURVEY_NOT_OPEN);
      const recipients = await this.mails.send(m, survey, 'reminder', now);
      survey.reminderSentAt = now;
      await this.audit(m, actor, 'evaluation-survey.reminded', survey, { recipients });
      return survey;
    });
  }

  /** Surveys with their counts, newest first; the response count only from the minimum group size up. */
  async staffList(viewer: AuthUser, minGroup: number): Promise<StaffSurvey[]> {
    const surveys = await this.db.manager.find(Survey, { order: { opensAt: 'DESC', id: 'ASC' } });
    const visible = seesEverySurvey(viewer) ? surveys : await this.runBy(viewer, surveys);
    if (!visible.length) return [];
    const counts = await sqlRows<{ survey_id: string; invited: number; responses: number }>(
      this.db,
      `SELECT s.id AS survey_id,
              (SELECT count(*)::int FROM evaluation_invitations i WHERE i.survey_id = s.id) AS invited,
              (SELECT count(*)::int FROM evaluation_responses r WHERE r.survey_id = s.id) AS responses
         FROM evaluation_surveys s WHERE s.id = ANY($1::uuid[])`,
      [visible.map((s) => s.id)],
    );
    const by = new Map(counts.map((c) => [c.survey_id, c]));
    return visible.map((s) => {
      const c = by.get(s.id);
      const responses = c?.responses ?? 0;
      return Object.assign(new StaffSurvey(), s, { invited: c?.invited ?? 0, responses: responses >= minGroup ? responses : null });
    });
  }

  /** A survey a trainer or staff member may see results of; anyone else learns nothing about it. */
  async forResults(viewer: AuthUser, surveyId: string): Promise<Survey> {
    const survey = await this.db.manager.findOneBy(Survey, { id: surveyId });
    if (!survey) throw new EvaluationException(EvaluationErrorCode.SURVEY_NOT_FOUND);
    if (!seesEverySurvey(viewer) && !(await this.cohorts.canManage(viewer, survey.cohortId))) throw new EvaluationException(EvaluationErrorCode.SURVEY_NOT_FOUND);
    return survey;
  }

  async get(surveyId: string): Promise<Survey> {
    const survey = await this.db.manager.findOneBy(Survey, { id: surveyId });
    if (!survey) throw new EvaluationException(EvaluationErrorCode.SURVEY_NOT_FOUND);
    return survey;
  }

  /** The open surveys the caller is invited to and has not answered, closing soonest first. */
  async myOpen(user: AuthUser): Promise<OpenSurvey[]> {
    return sqlRows<OpenSurvey>(
      this.db,
      `SELECT s.id, s.title, s.title_en AS "titleEn", s.wave, s.closes_at AS "closesAt"
         FROM evaluation_invitations i JOIN evaluation_surveys s ON s.id = i.survey_id
        WHERE i.user_id = $1 AND NOT i.answered AND s.opens_at <= $2 AND s.closes_at > $2
        ORDER BY s.closes_at, s.id`,
      [user.id, this.clock.now()],
    );
  }

  /** The questionnaire of an open survey the caller may still answer. */
  async toAnswer(user: AuthUser, surveyId: string): Promise<SurveyToAnswer> {
    const { survey } = await this.answerable(this.db.manager, user.id, surveyId, false);
    return this.toAnswerOf(survey);
  }

  /** The same through a mail's one-time link, without signing in. */
  async toAnswerByLink(token: string): Promise<SurveyToAnswer> {
    const { surveyId, userId } = await this.linkHolder(this.db.manager, token, false);
    const { survey } = await this.answerable(this.db.manager, userId, surveyId, false);
    return this.toAnswerOf(survey);
  }

  /**
   * Whose invitation a link's token belongs to (locked with `lock`); a token that is unknown,
   * malformed or already used (cleared on answering) is refused alike.
   */
  async linkHolder(m: EntityManager, token: string, lock: boolean): Promise<{ surveyId: string; userId: string }> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new EvaluationException(EvaluationErrorCode.SURVEY_LINK_INVALID);
    const [row] = await sqlRows<{ survey_id: string; user_id: string }>(
      m,
      `SELECT survey_id, user_id FROM evaluation_invitations WHERE (token_hash = $1 OR reminder_token_hash = $1) AND NOT answered${lock ? ' FOR UPDATE' : ''}`,
      [surveyTokenHash(token)],
    );
    if (!row) throw new EvaluationException(EvaluationErrorCode.SURVEY_LINK_INVALID);
    return { surveyId: row.survey_id, userId: row.user_id };
  }

  private async toAnswerOf(survey: Survey): Promise<SurveyToAnswer> {
    return {
      id: survey.id,
      title: survey.title,
      titleEn: survey.titleEn,
      wave: survey.wave,
      closesAt: survey.closesAt,
      asksForCode: survey.wave !== SurveyWave.MODULE,
      questionnaire: await this.questionnaires.version(survey.versionId),
    };
  }

  /**
   * The caller's invitation to an open survey they have not answered (locked with `lock`), or the
   * reason why not: not invited (as if the survey did not exist), answered, not open.
   */
  async answerable(m: EntityManager, userId: string, surveyId: string, lock: boolean): Promise<{ survey: Survey; invitation: Invitation }> {
    const [invitation] = await sqlRows<{ answered: boolean }>(
      m,
      `SELECT answered FROM evaluation_invitations WHERE survey_id = $1 AND user_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [surveyId, userId],
    );
    if (!invitation) throw new EvaluationException(EvaluationErrorCode.SURVEY_NOT_FOUND);
    if (invitation.answered) throw new EvaluationException(EvaluationErrorCode.ALREADY_ANSWERED);
    const survey = await m.findOneByOrFail(Survey, { id: surveyId });
    const now = this.clock.now();
    if (survey.opensAt > now || survey.closesAt <= now) throw new EvaluationException(EvaluationErrorCode.SURVEY_NOT_OPEN);
    return { survey, invitation: Object.assign(new Invitation(), { surveyId, userId, answered: false }) };
  }

  private async runBy(viewer: AuthUser, surveys: Survey[]): Promise<Survey[]> {
    const allowed = new Set<string>();
    for (const cohortId of new Set(surveys.map((s) => s.cohortId))) {
      if (await this.cohorts.canManage(viewer, cohortId)) allowed.add(cohortId);
    }
    return surveys.filter((s) => allowed.has(s.cohortId));
  }

  async audit(m: EntityManager, actor: AuthUser, action: string, survey: Survey, after: Record<string, unknown>): Promise<void> {
    const payload: EvaluationAuditedEvent = { actorId: actor.id, action, entityType: 'evaluation_survey', entityId: survey.id, cohortId: survey.cohortId, after };
    await this.events.emitAsync(EvaluationEvents.Audited, { payload, manager: m } satisfies TransactionalEvent<EvaluationAuditedEvent>);
  }
}
