import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRows, sqlRun, TransactionalEvent } from '@koko/api/core/database';
import { AssessmentEvents, SubmissionDigestDueEvent, WebRoute, webUrl } from '@koko/shared';
import { DataSource } from 'typeorm';

export interface SentDigest {
  trainerId: string;
  day: string;
  submissions: number;
}

interface DigestRow {
  user_id: string;
  day: string;
  covered_from: Date;
  covered_until: Date;
}

interface SubmissionRow {
  trainer_id: string;
  attempt_id: string;
  attempt_no: number;
  submitted_at: Date;
  late: boolean;
  cohort_id: string;
  module_id: string;
  module_position: number;
  participant_id: string;
}

/**
 * Trainers who chose the digest and have submissions in their cohorts since their last digest (at
 * most the last 24 hours). Whether an account can still be written to (deactivated, anonymised) is
 * the mail's decision, made when it loads the recipient. One trainer_digests row per trainer and local day: a second run on the
 * same day finds it and sends nothing; the next day's window starts where this one ended.
 * $1 = now, $2 = the portal's time zone (the day is the local one).
 */
const RECORD_DIGESTS = `
  WITH trainers AS (
    SELECT p.user_id AS id,
           greatest($1::timestamptz - interval '24 hours',
                    coalesce((SELECT max(d.covered_until) FROM trainer_digests d WHERE d.user_id = p.user_id), '-infinity')) AS since
      FROM trainer_mail_preferences p
     WHERE p.submission_mail = 'digest'
       AND EXISTS (SELECT 1 FROM cohort_trainers ct WHERE ct.user_id = p.user_id)
  ), counted AS (
    SELECT t.id, t.since,
           (SELECT count(*) FROM assignment_attempts a
              JOIN enrolments e ON e.id = a.enrolment_id
              JOIN cohort_trainers ct ON ct.cohort_id = e.cohort_id AND ct.user_id = t.id
             WHERE a.submitted_at > t.since AND a.submitted_at <= $1::timestamptz) AS submissions
      FROM trainers t
  ), inserted AS (
    INSERT INTO trainer_digests (user_id, day, covered_from, covered_until, submissions)
    SELECT id, ($1::timestamptz AT TIME ZONE $2)::date, since, $1::timestamptz, submissions
      FROM counted WHERE submissions > 0 ORDER BY id
    ON CONFLICT DO NOTHING
    RETURNING user_id, day, covered_from, covered_until
  )
  SELECT i.user_id, to_char(i.day, 'YYYY-MM-DD') AS day, i.covered_from, i.covered_until
    FROM inserted i
   ORDER BY i.user_id`;

/** The submissions each recorded digest covers, oldest first. $1 = trainer ids, $2 = the day. */
const DIGEST_SUBMISSIONS = `
  SELECT d.user_id AS trainer_id, a.id AS attempt_id, a.attempt_no, a.submitted_at, a.late,
         e.cohort_id, a.module_id, pm.position AS module_position, e.user_id AS participant_id
    FROM trainer_digests d
    JOIN cohort_trainers ct ON ct.user_id = d.user_id
    JOIN enrolments e ON e.cohort_id = ct.cohort_id
    JOIN assignment_attempts a ON a.enrolment_id = e.id AND a.submitted_at > d.covered_from AND a.submitted_at <= d.covered_until
    JOIN programme_modules pm ON pm.id = a.module_id
   WHERE d.user_id = ANY($1::uuid[]) AND d.day = $2::date
   ORDER BY d.user_id, a.submitted_at, a.id`;

/** The daily submission digest for trainers who chose it instead of a mail per submission. */
@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventEmitter2,
  ) {}

  /** Records and announces the digests due at `now`; answers those sent. Same guarantees as the reminders. */
  async sendDigests(now: Date = new Date()): Promise<SentDigest[]> {
    return this.db.transaction(async (m) => {
      await sqlRun(m, `SELECT pg_advisory_xact_lock(hashtext('assessment.submission-digests'))`);
      const digests = await sqlRows<DigestRow>(m, RECORD_DIGESTS, [now, this.config.timeZone]);
      if (!digests.length) return [];
      const rows = await sqlRows<SubmissionRow>(m, DIGEST_SUBMISSIONS, [digests.map((d) => d.user_id), digests[0].day]);
      const sent: SentDigest[] = [];
      for (const digest of digests) {
        const submissions = rows
          .filter((r) => r.trainer_id === digest.user_id)
          .map((r) => ({
            attemptId: r.attempt_id,
            attemptNo: r.attempt_no,
            cohortId: r.cohort_id,
            moduleId: r.module_id,
            modulePosition: r.module_position,
            participantId: r.participant_id,
            submittedAt: r.submitted_at.toISOString(),
            late: r.late,
            gradingUrl: webUrl(this.config.publicUrl, WebRoute.GRADING_ATTEMPT, { attemptId: r.attempt_id }),
          }));
        const payload: SubmissionDigestDueEvent = {
          trainerId: digest.user_id,
          since: digest.covered_from.toISOString(),
          until: digest.covered_until.toISOString(),
          submissions,
          queueUrl: webUrl(this.config.publicUrl, WebRoute.GRADING_QUEUE),
        };
        await this.events.emitAsync(AssessmentEvents.SubmissionDigestDue, { payload, manager: m } satisfies TransactionalEvent<SubmissionDigestDueEvent>);
        sent.push({ trainerId: digest.user_id, day: digest.day, submissions: submissions.length });
      }
      return sent;
    });
  }
}
