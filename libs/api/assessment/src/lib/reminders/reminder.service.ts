import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRows, sqlRun, TransactionalEvent } from '@koko/api/core/database';
import { AssessmentEvents, ReminderDueEvent, WebRoute, webUrl } from '@koko/shared';
import { DataSource } from 'typeorm';

export type ReminderKind = '7d' | '1d';

export interface SentReminder {
  enrolmentId: string;
  moduleId: string;
  kind: ReminderKind;
  dueAt: Date;
}

interface ReminderRow {
  enrolment_id: string;
  module_id: string;
  kind: ReminderKind;
  due_at: Date;
  extended: boolean;
  cohort_id: string;
  module_position: number;
  participant_id: string;
}

/**
 * Participants who must still submit: admitted, with an effective due date (the latest extension,
 * else the cohort's) within the next 7 days, and no attempt beyond a draft for that module.
 * '1d' when the date is at most a day away, '7d' before that. Each (enrolment, module, kind, due
 * date) is recorded in assignment_reminders; a row that already exists is skipped, so a reminder
 * goes out once, and again only when an extension moves the date. Whether the person can be
 * written to (deactivated, anonymised) is the mail's decision.
 */
const SEND_DUE_REMINDERS = `
  WITH due AS (
    SELECT e.id AS enrolment_id, e.cohort_id, e.user_id, cm.module_id,
           coalesce(x.due_at, cm.assignment_due_at) AS due_at, x.due_at IS NOT NULL AS extended
      FROM enrolments e
      JOIN cohort_modules cm ON cm.cohort_id = e.cohort_id
      LEFT JOIN LATERAL (
        SELECT ae.due_at FROM assignment_extensions ae
         WHERE ae.enrolment_id = e.id AND ae.module_id = cm.module_id
         ORDER BY ae.granted_at DESC LIMIT 1
      ) x ON true
     WHERE e.state = 'admitted'
  ), candidates AS (
    SELECT d.*, CASE WHEN d.due_at <= $1::timestamptz + interval '1 day' THEN '1d' ELSE '7d' END AS kind
      FROM due d
     WHERE d.due_at > $1::timestamptz AND d.due_at <= $1::timestamptz + interval '7 days'
       AND NOT EXISTS (SELECT 1 FROM assignment_attempts a
                        WHERE a.enrolment_id = d.enrolment_id AND a.module_id = d.module_id AND a.state <> 'draft')
  ), inserted AS (
    INSERT INTO assignment_reminders (enrolment_id, module_id, kind, due_at)
    SELECT enrolment_id, module_id, kind, due_at FROM candidates ORDER BY enrolment_id, module_id, kind
    ON CONFLICT DO NOTHING
    RETURNING enrolment_id, module_id, kind, due_at
  )
  SELECT i.enrolment_id, i.module_id, i.kind, i.due_at, c.extended, c.cohort_id,
         pm.position AS module_position, c.user_id AS participant_id
    FROM inserted i
    JOIN candidates c USING (enrolment_id, module_id, kind)
    JOIN programme_modules pm ON pm.id = i.module_id
   ORDER BY i.enrolment_id, pm.position, i.kind`;

/** Deadline reminders for transfer assignments; run by the hourly job, safe to run anywhere, any time. */
@Injectable()
export class ReminderService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * Records and announces every reminder due at `now` that was not sent yet; answers those.
   * One transaction: the bookkeeping rows and the queued mails commit together. Runs are
   * serialised by an advisory lock (no deadlock between overlapping inserts, and a second run sees
   * the first one's rows); the primary key would refuse a duplicate even without it.
   */
  async sendDueReminders(now: Date = new Date()): Promise<SentReminder[]> {
    return this.db.transaction(async (m) => {
      await sqlRun(m, `SELECT pg_advisory_xact_lock(hashtext('assessment.deadline-reminders'))`);
      const rows = await sqlRows<ReminderRow>(m, SEND_DUE_REMINDERS, [now]);
      for (const row of rows) {
        const payload: ReminderDueEvent = {
          enrolmentId: row.enrolment_id,
          cohortId: row.cohort_id,
          moduleId: row.module_id,
          modulePosition: row.module_position,
          participantId: row.participant_id,
          kind: row.kind,
          dueAt: row.due_at.toISOString(),
          extended: row.extended,
          assignmentUrl: webUrl(this.config.publicUrl, WebRoute.ASSIGNMENT, { position: row.module_position }, { enrolment: row.enrolment_id }),
        };
        await this.events.emitAsync(AssessmentEvents.ReminderDue, { payload, manager: m } satisfies TransactionalEvent<ReminderDueEvent>);
      }
      return rows.map((r) => ({ enrolmentId: r.enrolment_id, moduleId: r.module_id, kind: r.kind, dueAt: r.due_at }));
    });
  }
}
