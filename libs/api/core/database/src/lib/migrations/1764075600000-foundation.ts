import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, one-time tokens, sign-in throttling and the mail outbox. */
export class Foundation1764075600000 implements MigrationInterface {
  name = 'Foundation1764075600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        display_name varchar(120) NOT NULL,
        certificate_name varchar(160) NOT NULL DEFAULT '',
        locale varchar(2) NOT NULL DEFAULT 'de' CHECK (locale IN ('de', 'en')),
        roles text[] NOT NULL DEFAULT '{participant}'
          CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['participant', 'trainer', 'admin']::text[]),
        active boolean NOT NULL DEFAULT true,
        password_hash text,
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_unique ON users (lower(email))`);
    await q.query(`CREATE INDEX users_roles_idx ON users USING gin (roles)`);

    await q.query(`
      CREATE TABLE user_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent varchar(300),
        ip_address varchar(64)
      )`);
    await q.query(`CREATE INDEX user_sessions_user_open_idx ON user_sessions (user_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE user_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(20) NOT NULL CHECK (kind IN ('invitation', 'password_reset')),
        token_hash char(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX user_tokens_user_kind_idx ON user_tokens (user_id, kind)`);

    await q.query(`
      CREATE TABLE login_throttle (
        key varchar(320) PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient varchar(254) NOT NULL,
        locale varchar(2) NOT NULL CHECK (locale IN ('de', 'en')),
        template varchar(64) NOT NULL,
        context jsonb NOT NULL DEFAULT '{}',
        status varchar(12) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'pending'`);

    await q.query(`
      CREATE TABLE captured_mail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        outbox_id uuid REFERENCES mail_outbox(id) ON DELETE SET NULL,
        recipient varchar(254) NOT NULL,
        subject varchar(300) NOT NULL,
        html text NOT NULL,
        text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX captured_mail_recipient_idx ON captured_mail (lower(recipient), created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE captured_mail`);
    await q.query(`DROP TABLE mail_outbox`);
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`DROP TABLE user_tokens`);
    await q.query(`DROP TABLE user_sessions`);
    await q.query(`DROP TABLE users`);
  }
}
