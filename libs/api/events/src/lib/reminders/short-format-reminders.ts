import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRows, sqlRun } from '@koko/api/core/database';
import { JobsService } from '@koko/api/core/jobs';
import { DataSource, In } from 'typeorm';
import { EventsClock } from '../events-clock';
import { Registration } from '../registration/registration.entity';
import { RegistrationService } from '../registration/registration.service';
import { ShortFormat } from '../short-format.entity';

/** pg-boss job name: hourly, once cluster-wide. */
export const SHORT_FORMAT_REMINDER_JOB = 'short-format-reminders';

export interface SentShortFormatReminder {
  registrationId: string;
  /** Days before the start this reminder stands for (7 or 1 by default). */
  days: number;
}

/**
 * Each reminder (N days before) is due from `starts_at − N days` until the next, later reminder is
 * due (the last one until the start). It goes to confirmed registrants of a published event who
 * were confirmed by then (someone confirming three days before gets the one-day reminder only).
 * Every sent reminder is a row whose primary key (registration, days, start) refuses a second one.
 */
const SEND_DUE = `
  WITH windows AS (
    SELECT days, lead(days, 1, 0) OVER (ORDER BY days DESC) AS until_days FROM unnest($2::int[]) AS d(days)
  ), candidates AS (
    SELECT r.id AS registration_id, w.days, f.starts_at
      FROM short_format_registrations r
      JOIN short_formats f ON f.id = r.short_format_id
      JOIN windows w ON $1::timestamptz >= f.starts_at - make_interval(days => w.days)
                    AND $1::timestamptz < f.starts_at - make_interval(days => w.until_days)
     WHERE f.state = 'published' AND r.state = 'confirmed' AND r.anonymised_at IS NULL
       AND r.confirmed_at <= f.starts_at - make_interval(days => w.days)
  )
  INSERT INTO short_format_reminders (registration_id, days, starts_at)
  SELECT registration_id, days, starts_at FROM candidates ORDER BY registration_id, days
  ON CONFLICT DO NOTHING
  RETURNING registration_id, days`;

/**
 * Reminder mails before short formats, in the registrant's language, with the join link for
 * confirmed registrants of online and hybrid events (the registration service builds the mail).
 */
@Injectable()
export class ShortFormatReminders implements OnModuleInit {
  private readonly logger = new Logger('ShortFormatReminders');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: EventsClock,
    private readonly jobs: JobsService,
    private readonly registrations: RegistrationService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.schedule(SHORT_FORMAT_REMINDER_JOB, '15 * * * *', async () => {
      const sent = await this.sendDue();
      if (sent.length) this.logger.log(`Short-format reminders sent: ${sent.length}`);
    });
  }

  /**
   * Records and mails every reminder due now that was not sent yet; answers those. One transaction,
   * serialised by an advisory lock: the rows and the queued mails commit together.
   */
  async sendDue(now: Date = this.clock.now()): Promise<SentShortFormatReminder[]> {
    const { early, late } = this.config.shortFormats.reminderDays;
    const days = [...new Set([early, late])].sort((a, b) => b - a);
    return this.db.transaction(async (m) => {
      await sqlRun(m, `SELECT pg_advisory_xact_lock(hashtext('events.short-format-reminders'))`);
      const sent = await sqlRows<{ registration_id: string; days: number }>(m, SEND_DUE, [now, days]);
      if (!sent.length) return [];
      const registrations = await m.findBy(Registration, { id: In(sent.map((s) => s.registration_id)) });
      const events = new Map((await m.findBy(ShortFormat, { id: In([...new Set(registrations.map((r) => r.shortFormatId))]) })).map((e) => [e.id, e]));
      for (const r of registrations) {
        const event = events.get(r.shortFormatId);
        if (event) await this.registrations.mail(m, 'reminder', event, r);
      }
      return sent.map((s) => ({ registrationId: s.registration_id, days: s.days }));
    });
  }
}
