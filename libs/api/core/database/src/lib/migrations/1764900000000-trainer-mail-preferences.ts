import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A trainer's submission-mail choice belongs to assessment, which uses it, not to the account
 * (identity owns `users`): it moves from `users.submission_mail` to a table of its own.
 */
export class TrainerMailPreferences1764900000000 implements MigrationInterface {
  name = 'TrainerMailPreferences1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trainer_mail_preferences (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        submission_mail varchar(10) NOT NULL CHECK (submission_mail IN ('immediate', 'digest')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO trainer_mail_preferences (user_id, submission_mail) SELECT id, submission_mail FROM users WHERE submission_mail <> 'immediate'`);
    await q.query(`ALTER TABLE users DROP COLUMN submission_mail`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN submission_mail varchar(10) NOT NULL DEFAULT 'immediate' CHECK (submission_mail IN ('immediate', 'digest'))`);
    await q.query(`UPDATE users u SET submission_mail = p.submission_mail FROM trainer_mail_preferences p WHERE p.user_id = u.id`);
    await q.query(`DROP TABLE trainer_mail_preferences`);
  }
}
