import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRows, sqlRun, TransactionalEvent } from '@koko/api/core/database';
import { JobsService } from '@koko/api/core/jobs';
import { EvaluationEvents, SurveyMailEvent, WebRoute, webUrl } from '@koko/shared';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { EvaluationClock } from '../evaluation-clock';
import { Survey } from '../survey.entity';
import { SurveyInvitees } from '../survey-invitees';

/** pg-boss job name: every ten minutes, once cluster-wide. */
export const SURVEY_MAIL_JOB = 'evaluation-survey-mails';

/** The SHA-256 of a link token, the only form the database keeps. */
export function surveyTokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function newToken(): { token: string; hashHex: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hashHex: surveyTokenHash(token).toString('hex') };
}

/**
 * Survey mails: the invitation when a survey opens and the one reminder (at `remind_at`, or by
 * hand), each only to invited people who have not answered, in their language, each with a fresh
 * one-time link. A link answers the survey once without signing in; its token rides in the URL
 * fragment, so no server or proxy log ever sees it.
 */
@Injectable()
export class SurveyMails implements OnModuleInit {
  private readonly logger = new Logger('SurveyMails');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: EvaluationClock,
    private readonly jobs: JobsService,
    private readonly events: EventEmitter2,
    private readonly invitees: SurveyInvitees,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.schedule(SURVEY_MAIL_JOB, '*/10 * * * *', async () => {
      const sent = await this.sendDue();
      if (sent.invitations || sent.reminders) this.logger.log(`Survey mails sent: ${sent.invitations} invitations, ${sent.reminders} reminders`);
    });
  }

  /**
   * Mails every invitation of a survey that has opened and every reminder that is due, each once
   * (the survey's sent-at column). One transaction under an advisory lock: the marks and the queued
   * mails commit together.
   */
  async sendDue(now: Date = this.clock.now()): Promise<{ invitations: number; reminders: number }> {
    return this.db.transaction(async (m) => {
      await sqlRun(m, `SELECT pg_advisory_xact_lock(hashtext('evaluation.survey-mails'))`);
      let invitations = 0;
      let reminders = 0;
      const opening = await m
        .createQueryBuilder(Survey, 's')
        .where('s.invitations_sent_at IS NULL AND s.opens_at <= :now AND s.closes_at > :now', { now })
        .orderBy('s.opens_at')
        .getMany();
      for (const survey of opening) invitations += await this.send(m, survey, 'invitation', now);
      const reminding = await m
        .createQueryBuilder(Survey, 's')
        .where('s.reminder_sent_at IS NULL AND s.invitations_sent_at IS NOT NULL AND s.remind_at <= :now AND s.closes_at > :now', { now })
        .orderBy('s.remind_at')
        .getMany();
      for (const survey of reminding) reminders += await this.send(m, survey, 'reminder', now);
      return { invitations, reminders };
    });
  }

  /**
   * Gives every invitation of `survey` that is not answered a new token (the invitation's or the
   * reminder's; the other stays valid), marks the survey and queues the mails. Answers how many.
   */
  async send(m: EntityManager, survey: Survey, kind: SurveyMailEvent['kind'], now: Date): Promise<number> {
    // At the opening, people who joined the context since the survey was made are invited too.
    if (kind === 'invitation') await this.invitees.invite(m, survey);
    const pending = await sqlRows<{ user_id: string }>(m, `SELECT user_id FROM evaluation_invitations WHERE survey_id = $1 AND NOT answered ORDER BY user_id FOR UPDATE`, [survey.id]);
    const tokens = pending.map(() => newToken());
    const column = kind === 'invitation' ? 'token_hash' : 'reminder_token_hash';
    if (pending.length) {
      await sqlRun(
        m,
        `UPDATE evaluation_invitations i SET ${column} = decode(t.hash, 'hex')
           FROM unnest($2::uuid[], $3::text[]) AS t(user_id, hash)
          WHERE i.survey_id = $1 AND i.user_id = t.user_id`,
        [survey.id, pending.map((p) => p.user_id), tokens.map((t) => t.hashHex)],
      );
    }
    await m.update(Survey, { id: survey.id }, kind === 'invitation' ? { invitationsSentAt: now } : { reminderSentAt: now });
    if (!pending.length) return 0;
    const link = webUrl(this.config.publicUrl, WebRoute.SURVEY_LINK);
    const payload: SurveyMailEvent = {
      kind,
      title: survey.title,
      titleEn: survey.titleEn,
      closesAt: survey.closesAt.toISOString(),
      minGroup: Math.max(3, this.config.evaluation.minGroup),
      recipients: pending.map((p, i) => ({ userId: p.user_id, answerUrl: `${link}#${tokens[i].token}` })),
    };
    await this.events.emitAsync(EvaluationEvents.SurveyMail, { payload, manager: m } satisfies TransactionalEvent<SurveyMailEvent>);
    return pending.length;
  }
}
