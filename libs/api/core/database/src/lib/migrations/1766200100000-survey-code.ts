import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The self-generated pre/post code gets five elements after Pöge (2008): first letter of the
 * mother's and of the father's first name, day of birth, first letter of the place of birth, number
 * of older siblings ("MJ07K2"). The first slice's three-part codes ("MA12KR") cannot be compared
 * element by element with these; they are cleared (the responses themselves stay).
 */
export class SurveyCode1766200100000 implements MigrationInterface {
  name = 'SurveyCode1766200100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evaluation_responses DROP CONSTRAINT evaluation_responses_code_check`);
    await q.query(`UPDATE evaluation_responses SET code = NULL WHERE code !~ '^[A-Z]{2}(0[1-9]|[12][0-9]|3[01])[A-Z][0-9]$'`);
    await q.query(`ALTER TABLE evaluation_responses ADD CONSTRAINT evaluation_responses_code_check
      CHECK (code ~ '^[A-Z]{2}(0[1-9]|[12][0-9]|3[01])[A-Z][0-9]$')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evaluation_responses DROP CONSTRAINT evaluation_responses_code_check`);
    await q.query(`UPDATE evaluation_responses SET code = NULL`);
    await q.query(`ALTER TABLE evaluation_responses ADD CONSTRAINT evaluation_responses_code_check CHECK (code ~ '^[A-Z]{2}[0-9]{2}[A-Z]{2}$')`);
  }
}
