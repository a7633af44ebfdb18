import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports about accessibility barriers (BITV NRW feedback mechanism): anyone may send one, name and
 * e-mail are optional. Only a hash of the sender's network address is kept, for the rate limit.
 */
export class BarrierReports1764842400000 implements MigrationInterface {
  name = 'BarrierReports1764842400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE barrier_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        page_url varchar(500) NOT NULL,
        description text NOT NULL CHECK (length(description) BETWEEN 10 AND 5000),
        name varchar(160),
        email varchar(254),
        locale varchar(2) NOT NULL CHECK (locale IN ('de', 'en')),
        status varchar(12) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'answered')),
        status_changed_at timestamptz,
        status_changed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        client_hash char(64) NOT NULL
      )`);
    await q.query(`CREATE INDEX barrier_reports_created_idx ON barrier_reports (created_at DESC)`);
    await q.query(`CREATE INDEX barrier_reports_client_idx ON barrier_reports (client_hash, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE barrier_reports`);
  }
}
