import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders to confirmed registrants of short formats (by default 7 days and 1 day before). One row
 * per registration, reminder (days before) and start time: the primary key makes a reminder go out
 * once even when runs overlap, and again only when the event is moved.
 */
export class ShortFormatReminders1765200100000 implements MigrationInterface {
  name = 'ShortFormatReminders1765200100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE short_format_reminders (
        registration_id uuid NOT NULL REFERENCES short_format_registrations(id) ON DELETE CASCADE,
        days smallint NOT NULL CHECK (days >= 0),
        starts_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (registration_id, days, starts_at)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE short_format_reminders`);
  }
}
