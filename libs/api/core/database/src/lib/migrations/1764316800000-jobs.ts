import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bookkeeping for scheduled jobs. pg-boss keeps its own tables in the schema `pgboss`, which it
 * creates and migrates itself at start; only what the domain needs to stay idempotent is here.
 */
export class Jobs1764316800000 implements MigrationInterface {
  name = 'Jobs1764316800000';

  async up(q: QueryRunner): Promise<void> {
    // One submission digest per trainer and local day, however many instances run the job; the
    // covered window makes the next digest start where this one ended.
    await q.query(`
      CREATE TABLE trainer_digests (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        day date NOT NULL,
        covered_from timestamptz NOT NULL,
        covered_until timestamptz NOT NULL,
        submissions integer NOT NULL CHECK (submissions > 0),
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, day),
        CHECK (covered_from < covered_until)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE trainer_digests`);
  }
}
