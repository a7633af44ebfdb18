import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { sqlRows, TransactionalEvent } from '@koko/api/core/database';
import { CohortService, ProgrammeService } from '@koko/api/catalogue';
import { ShortFormatAttendees, ShortFormatState } from '@koko/api/events';
import { EvaluationAuditedEvent, EvaluationEvents, Role } from '@koko/shared';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { SurveyInput } from './dto/survey.input';
import { OpenSurvey, StaffSurvey, SurveyToAnswer } from './dto/survey.model';
import { EvaluationClock } from './evaluation-clock';
import { EvaluationErrorCode, EvaluationException } from './evaluation.exception';
import { SurveyMails, surveyTokenHash } from './mails/survey-mails';
import { QuestionnaireService } from './questionnaire.service';
import { SurveyInvitees } from './survey-invitees';
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
    private readonly invitees: SurveyInvitees,
    private readonly attendees: ShortFormatAttendees,
    private readonly cohorts: CohortService,
    private readonly programme: ProgrammeService,
    private readonly clock: EvaluationClock,
    private readonly mails: SurveyMails,
  ) {}

  /**
   * Creates the survey and invites its context's people: every admitted (or completed) participant
   * of the cohort, or the checked-in attendees of the short format (more are added when it opens).
   * When it is open already, the invitations are mailed at once (otherwise when it opens).
   */
  async create(actor: AuthUser, input: SurveyInput, options: { historic?: boolean } = {}): Promise<StaffSurvey> {
    if (input.closesAt <= input.opensAt) throw new EvaluationException(EvaluationErrorCode.SURVEY_PERIOD_INVALID);
    // A survey that has closed already could ask nobody; only the demo seed writes past surveys (with their answers).
    if (!options.historic && input.closesAt <= this.clock.now()) throw new EvaluationException(EvaluationErrorCode.SURVEY_ALREADY_CLOSED);
    if (input.remindAt && (input.remindAt <= input.opensAt || input.remindAt >= input.closesAt)) throw new EvaluationException(EvaluationErrorCode.REMIND_AT_INVALID);
    await this.checkContext(input);
    try {
      return await this.db.transaction(async (m) => {
        const survey = await m.save(
          m.create(Survey, {
            versionId: input.versionId,
            title: input.title,
            titleEn: input.titleEn,
            cohortId: input.cohortId ?? null,
            moduleId: input.moduleId ?? null,
            shortFormatId: input.shortFormatId ?? null,
            wave: input.wave,
            opensAt: input.opensAt,
            closesAt: input.closesAt,
            remindAt: input.remindAt ?? null,
          }),
        );
        const invited = await this.invitees.invite(m, survey);
        await this.audit(m, actor, 'evaluation-survey.created', survey, { invited, wave: survey.wave, versionId: survey.versionId });
        const now = this.clock.now();
        if (survey.opensAt <= now && survey.closesAt > now) {
          await this.mails.send(m, survey, 'invitation', now);
          survey.invitationsSentAt = now;
        }
        return Object.assign(new StaffSurvey(), survey, { invited: await this.invitedCount(m, survey.id), responses: null, ...(await this.contextNames([survey])).get(survey.id) });
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
   * A survey has exactly one context fitting its wave: a cohort (and a module for MODULE), or a
   * short format (EVENT) that is published or held and has ended when the survey opens.
   */
  private async checkContext(input: SurveyInput): Promise<void> {
    if (input.wave === SurveyWave.EVENT) {
      if (!input.shortFormatId || input.cohortId || input.moduleId) throw new EvaluationException(EvaluationErrorCode.SURVEY_CONTEXT_INVALID);
      const [event] = await this.attendees.byIds([input.shortFormatId]);
      if (!event || (event.state !== ShortFormatState.PUBLISHED && event.state !== ShortFormatState.HELD)) throw new EvaluationException(EvaluationErrorCode.SHORT_FORMAT_NOT_FOUND);
      if (input.opensAt < event.endsAt) throw new EvaluationException(EvaluationErrorCode.SURVEY_BEFORE_EVENT_END);
      return;
    }
    if (input.shortFormatId) throw new EvaluationException(EvaluationErrorCode.SURVEY_CONTEXT_INVALID);
    if ((input.wave === SurveyWave.MODULE) !== !!input.moduleId) throw new EvaluationException(EvaluationErrorCode.MODULE_REQUIRED);
    if (!input.cohortId) throw new EvaluationException(EvaluationErrorCode.COHORT_NOT_FOUND);
  }

  private async invitedCount(m: EntityManager, surveyId: string): Promise<number> {
    return (await sqlRows<{ n: number }>(m, `SELECT count(*)::int AS n FROM evaluation_invitations WHERE survey_id = $1`, [surveyId]))[0].n;
  }

  /** What each survey is about, in German and English: the cohort (and module) or the short format. */
  private async contextNames(surveys: Survey[]): Promise<Map<string, { contextName: string; contextNameEn: string }>> {
    const cohortIds = [...new Set(surveys.flatMap((s) => (s.cohortId ? [s.cohortId] : [])))];
    const eventIds = [...new Set(surveys.flatMap((s) => (s.shortFormatId ? [s.shortFormatId] : [])))];
    const cohorts = new Map((cohortIds.length ? await this.cohorts.cohortsByIds(cohortIds) : []).map((c) => [c.id, c]));
    const events = new Map((await this.attendees.byIds(eventIds)).map((e) => [e.id, e]));
    const modules = surveys.some((s) => s.moduleId) ? new Map((await this.programme.modules()).map((p) => [p.id, p.position])) : new Map<string, number>();
    return new Map(
      surveys.map((s) => {
        if (s.shortFormatId) {
          const title = events.get(s.shortFormatId)?.title ?? '—';
          return [s.id, { contextName: title, contextNameEn: title }];
        }
        const cohort = s.cohortId ? cohorts.get(s.cohortId) : undefined;
        const name = cohort?.name ?? '—';
        const nameEn = cohort?.nameEn || name;
        const position = s.moduleId ? modules.get(s.moduleId) : undefined;
        return [s.id, position ? { contextName: `${name} · Modul ${position}`, contextNameEn: `${nameEn} · Module ${position}` } : { contextName: name, contextNameEn: nameEn }];
      }),
    );
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
    const names = await this.contextNames(visible);
    return visible.map((s) => {
      const c = by.get(s.id);
      const responses = c?.responses ?? 0;
      return Object.assign(new StaffSurvey(), s, { invited: c?.invited ?? 0, responses: responses >= minGroup ? responses : null, ...names.get(s.id) });
    });
  }

  /** A survey a trainer or staff member may see results of; anyone else learns nothing about it. */
  async forResults(viewer: AuthUser, surveyId: string): Promise<Survey> {
    const survey = await this.db.manager.findOneBy(Survey, { id: surveyId });
    if (!survey) throw new EvaluationException(EvaluationErrorCode.SURVEY_NOT_FOUND);
    // Trainers see their own cohorts' surveys; short-format surveys belong to the evaluation team.
    if (!seesEverySurvey(viewer) && !(survey.cohortId && (await this.cohorts.canManage(viewer, survey.cohortId)))) throw new EvaluationException(EvaluationErrorCode.SURVEY_NOT_FOUND);
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
      asksForCode: survey.wave === SurveyWave.PRE || survey.wave === SurveyWave.POST,
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
    for (const cohortId of new Set(surveys.flatMap((s) => (s.cohortId ? [s.cohortId] : [])))) {
      if (await this.cohorts.canManage(viewer, cohortId)) allowed.add(cohortId);
    }
    return surveys.filter((s) => s.cohortId && allowed.has(s.cohortId));
  }

  async audit(m: EntityManager, actor: AuthUser, action: string, survey: Survey, after: Record<string, unknown>): Promise<void> {
    const payload: EvaluationAuditedEvent = { actorId: actor.id, action, entityType: 'evaluation_survey', entityId: survey.id, cohortId: survey.cohortId, after };
    await this.events.emitAsync(EvaluationEvents.Audited, { payload, manager: m } satisfies TransactionalEvent<EvaluationAuditedEvent>);
  }
}
