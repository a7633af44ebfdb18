import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Check-in for short formats: a random token per registration for the QR code in the confirmation
 * mail (no personal data; distinct from the personal link's secret, which can cancel), and how the
 * attendance was recorded (list, short code, QR code, or the person's own link for online events).
 */
export class ShortFormatCheckIn1765010000000 implements MigrationInterface {
  name = 'ShortFormatCheckIn1765010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE short_format_registrations ADD COLUMN check_in_token varchar(43)`);
    await q.query(`UPDATE short_format_registrations SET check_in_token = translate(rtrim(encode(gen_random_bytes(32), 'base64'), '='), '+/', '-_')`);
    await q.query(`ALTER TABLE short_format_registrations ALTER COLUMN check_in_token SET NOT NULL`);
    await q.query(`ALTER TABLE short_format_registrations ADD CONSTRAINT short_format_registrations_check_in_token_key UNIQUE (check_in_token)`);
    await q.query(`
      ALTER TABLE short_format_registrations ADD COLUMN checked_in_via varchar(10)
        CHECK (checked_in_via IN ('list', 'code', 'qr', 'self'))`);
    await q.query(`ALTER TABLE short_format_registrations ADD CONSTRAINT short_format_registrations_check_in_via CHECK ((checked_in_at IS NULL) = (checked_in_via IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE short_format_registrations DROP CONSTRAINT short_format_registrations_check_in_via`);
    await q.query(`ALTER TABLE short_format_registrations DROP COLUMN checked_in_via`);
    await q.query(`ALTER TABLE short_format_registrations DROP COLUMN check_in_token`);
  }
}
