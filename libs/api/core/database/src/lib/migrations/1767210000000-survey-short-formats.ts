import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Surveys of a short format (issue 15): a survey's context is a cohort (pre, post, module) or a
 * short format (wave `event`), never both. Its invitations go to the event's checked-in attendees.
 */
export class SurveyShortFormats1767210000000 implements MigrationInterface {
  name = 'SurveyShortFormats1767210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evaluation_surveys
      ALTER COLUMN cohort_id DROP NOT NULL,
      ADD COLUMN short_format_id uuid REFERENCES short_formats(id),
      DROP CONSTRAINT evaluation_surveys_wave_check,
      ADD CONSTRAINT evaluation_surveys_wave_check CHECK (wave IN ('pre', 'post', 'module', 'event')),
      ADD CONSTRAINT evaluation_surveys_context_check CHECK (
        CASE WHEN wave = 'event' THEN short_format_id IS NOT NULL AND cohort_id IS NULL
             ELSE short_format_id IS NULL AND cohort_id IS NOT NULL END)`);
    await q.query(`CREATE INDEX evaluation_surveys_short_format ON evaluation_surveys (short_format_id) WHERE short_format_id IS NOT NULL`);
    await q.query(`ALTER TABLE evaluation_responses
      DROP CONSTRAINT evaluation_responses_wave_check,
      ADD CONSTRAINT evaluation_responses_wave_check CHECK (wave IN ('pre', 'post', 'module', 'event'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM evaluation_surveys WHERE wave = 'event'`);
    await q.query(`ALTER TABLE evaluation_responses
      DROP CONSTRAINT evaluation_responses_wave_check,
      ADD CONSTRAINT evaluation_responses_wave_check CHECK (wave IN ('pre', 'post', 'module'))`);
    await q.query(`DROP INDEX evaluation_surveys_short_format`);
    await q.query(`ALTER TABLE evaluation_surveys
      DROP CONSTRAINT evaluation_surveys_context_check,
      DROP CONSTRAINT evaluation_surveys_wave_check,
      ADD CONSTRAINT evaluation_surveys_wave_check CHECK (wave IN ('pre', 'post', 'module')),
      DROP COLUMN short_format_id,
      ALTER COLUMN cohort_id SET NOT NULL`);
  }
}
