import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey mails (issue 15): an invitation when the survey opens and one reminder (at `remind_at` or
 * sent by hand), each with a one-time link. The survey records when each went out (a time per
 * survey, never per person); an invitation keeps the SHA-256 of each link's token until the person
 * answers, when both are cleared.
 */
export class SurveyMails1766200000000 implements MigrationInterface {
  name = 'SurveyMails1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evaluation_surveys
      ADD COLUMN remind_at timestamptz,
      ADD COLUMN invitations_sent_at timestamptz,
      ADD COLUMN reminder_sent_at timestamptz,
      ADD CONSTRAINT evaluation_surveys_remind_at_check CHECK (remind_at IS NULL OR (remind_at > opens_at AND remind_at < closes_at))`);
    await q.query(`ALTER TABLE evaluation_invitations ADD COLUMN reminder_token_hash bytea`);
    await q.query(`ALTER TABLE evaluation_invitations DROP CONSTRAINT evaluation_invitations_check`);
    await q.query(`ALTER TABLE evaluation_invitations ADD CONSTRAINT evaluation_invitations_check
      CHECK (NOT answered OR (token_hash IS NULL AND reminder_token_hash IS NULL))`);
    await q.query(`CREATE UNIQUE INDEX evaluation_invitations_reminder_token ON evaluation_invitations (reminder_token_hash) WHERE reminder_token_hash IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX evaluation_invitations_reminder_token`);
    await q.query(`ALTER TABLE evaluation_invitations DROP CONSTRAINT evaluation_invitations_check`);
    await q.query(`ALTER TABLE evaluation_invitations DROP COLUMN reminder_token_hash`);
    await q.query(`ALTER TABLE evaluation_invitations ADD CONSTRAINT evaluation_invitations_check CHECK (NOT answered OR token_hash IS NULL)`);
    await q.query(`ALTER TABLE evaluation_surveys DROP CONSTRAINT evaluation_surveys_remind_at_check,
      DROP COLUMN reminder_sent_at, DROP COLUMN invitations_sent_at, DROP COLUMN remind_at`);
  }
}
