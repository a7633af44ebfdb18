import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Download all my data" (GDPR Art. 15 and 20): one row per requested export, built in the job
 * queue. The ZIP lives in the file storage under `storage_key` until `expires_at` (7 days).
 */
export class DataExports1764993300000 implements MigrationInterface {
  name = 'DataExports1764993300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        locale varchar(2) NOT NULL CHECK (locale IN ('de', 'en')),
        status varchar(10) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'ready', 'failed')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        requested_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        expires_at timestamptz,
        storage_key varchar(256),
        size_bytes bigint
      )`);
    await q.query(`CREATE INDEX data_exports_user_idx ON data_exports (user_id, requested_at DESC)`);
    await q.query(`CREATE INDEX data_exports_expiry_idx ON data_exports (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE data_exports`);
  }
}
