import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Teilnahmebescheinigungen of short formats: one per checked-in registration, numbered
 * KOKO-TB-<year>-NNNNNN from a per-year counter locked in the issuing transaction (gap-free like
 * certificate numbers), rendered once and stored with its SHA-256 for the public verification.
 */
export class AttendanceConfirmations1765200000000 implements MigrationInterface {
  name = 'AttendanceConfirmations1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE short_format_confirmation_counters (
        year smallint PRIMARY KEY,
        last_number integer NOT NULL CHECK (last_number >= 0)
      )`);
    await q.query(`
      CREATE TABLE short_format_attendance_confirmations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registration_id uuid NOT NULL UNIQUE REFERENCES short_format_registrations(id) ON DELETE CASCADE,
        short_format_id uuid NOT NULL REFERENCES short_formats(id) ON DELETE CASCADE,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        number varchar(24) NOT NULL UNIQUE,
        year smallint NOT NULL,
        sequence integer NOT NULL CHECK (sequence > 0),
        printed_name varchar(200) NOT NULL,
        event_title varchar(200) NOT NULL,
        event_date date NOT NULL,
        verification_code varchar(64) NOT NULL UNIQUE,
        issued_at timestamptz NOT NULL,
        storage_key varchar(200) NOT NULL,
        sha256 char(64) NOT NULL,
        size_bytes integer NOT NULL,
        UNIQUE (year, sequence)
      )`);
    await q.query(`CREATE INDEX short_format_attendance_confirmations_event ON short_format_attendance_confirmations (short_format_id)`);
    await q.query(`CREATE INDEX short_format_attendance_confirmations_user ON short_format_attendance_confirmations (user_id) WHERE user_id IS NOT NULL`);
    await q.query(`CREATE INDEX short_format_attendance_confirmations_sha256 ON short_format_attendance_confirmations (sha256)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE short_format_attendance_confirmations`);
    await q.query(`DROP TABLE short_format_confirmation_counters`);
  }
}
