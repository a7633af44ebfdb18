import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revision gets its own due date when it is requested: the cohort says how many days by default
 * (catalogue owns `cohorts`), the new attempt keeps the date the trainer set (assessment owns
 * `assignment_attempts`). A resubmission's lateness is measured against it.
 */
export class RevisionDueDates1764990600000 implements MigrationInterface {
  name = 'RevisionDueDates1764990600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cohorts ADD COLUMN revision_days smallint NOT NULL DEFAULT 14 CHECK (revision_days BETWEEN 1 AND 90)`);
    await q.query(`ALTER TABLE assignment_attempts ADD COLUMN due_at timestamptz NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assignment_attempts DROP COLUMN due_at`);
    await q.query(`ALTER TABLE cohorts DROP COLUMN revision_days`);
  }
}
