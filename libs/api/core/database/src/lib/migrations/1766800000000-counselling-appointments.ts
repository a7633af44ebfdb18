import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counselling appointments (issue 16): the team or a request's advisors plan a date with the
 * requester (phone, online or on site). `sequence` counts the changes an iCal client must see
 * (RFC 5545 SEQUENCE); `reminded_for` is the start a reminder was sent for, so a moved appointment
 * is reminded again. Mails may carry attachments (the .ics of an appointment).
 */
export class CounsellingAppointments1766800000000 implements MigrationInterface {
  name = 'CounsellingAppointments1766800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE counselling_appointments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES counselling_requests(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
        format varchar(7) NOT NULL CHECK (format IN ('phone', 'online', 'on_site')),
        location varchar(500),
        sequence integer NOT NULL DEFAULT 0,
        planned_by uuid NOT NULL REFERENCES users(id),
        cancelled_at timestamptz,
        reminded_for timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX counselling_appointments_request ON counselling_appointments (request_id, starts_at)`);
    await q.query(`CREATE INDEX counselling_appointments_due ON counselling_appointments (starts_at) WHERE cancelled_at IS NULL`);
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE captured_mail ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE captured_mail DROP COLUMN attachments`);
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN attachments`);
    await q.query(`DROP TABLE counselling_appointments`);
  }
}
