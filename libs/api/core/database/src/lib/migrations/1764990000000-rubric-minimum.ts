import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A required rubric criterion may name the fewest points a "passed" needs (e.g. "erfüllt" rather
 * than "teilweise erfüllt"). Without one, only its lowest level contradicts a pass.
 */
export class RubricMinimum1764990000000 implements MigrationInterface {
  name = 'RubricMinimum1764990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rubric_criteria ADD COLUMN minimum_points smallint NULL CHECK (minimum_points BETWEEN 0 AND 100)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rubric_criteria DROP COLUMN minimum_points`);
  }
}
