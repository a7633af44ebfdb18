import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates issued on behalf of Hochschule Niederrhein: gap-free numbers per year, the stored PDF
 * and its SHA-256, revocation and reissue history, bulk runs, and a throttle for public lookups.
 */
export class Certificates1764403200000 implements MigrationInterface {
  name = 'Certificates1764403200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certificate_counters (
        year smallint PRIMARY KEY,
        last_number integer NOT NULL CHECK (last_number >= 0)
      )`);
    await q.query(`
      CREATE TABLE certificates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number varchar(20) NOT NULL UNIQUE CHECK (number ~ '^KOKO-[0-9]{4}-[0-9]{6}$'),
        year smallint NOT NULL,
        sequence integer NOT NULL,
        enrolment_id uuid REFERENCES enrolments(id) ON DELETE SET NULL,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        cohort_id uuid REFERENCES cohorts(id) ON DELETE SET NULL,
        printed_name varchar(200) NOT NULL,
        verification_code varchar(64) NOT NULL UNIQUE,
        state varchar(12) NOT NULL DEFAULT 'valid' CHECK (state IN ('valid', 'revoked', 'superseded')),
        issued_at timestamptz NOT NULL DEFAULT now(),
        issued_by uuid REFERENCES users(id) ON DELETE SET NULL,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        revocation_reason varchar(30) CHECK (revocation_reason IN ('issued_in_error', 'requirements_not_met', 'misconduct', 'other')),
        revocation_note text,
        supersedes_id uuid REFERENCES certificates(id),
        superseded_by_id uuid REFERENCES certificates(id) DEFERRABLE INITIALLY DEFERRED,
        reissue_reason text,
        storage_key varchar(200) NOT NULL,
        sha256 char(64) NOT NULL,
        size_bytes integer NOT NULL,
        document jsonb NOT NULL,
        UNIQUE (year, sequence),
        CHECK ((state = 'revoked') = (revoked_at IS NOT NULL)),
        CHECK ((state = 'superseded') = (superseded_by_id IS NOT NULL))
      )`);
    // One valid certificate per enrolment, whatever runs in parallel.
    await q.query(`CREATE UNIQUE INDEX certificates_one_valid ON certificates (enrolment_id) WHERE state = 'valid'`);
    await q.query(`CREATE INDEX certificates_cohort_idx ON certificates (cohort_id)`);
    await q.query(`CREATE INDEX certificates_user_idx ON certificates (user_id)`);
    await q.query(`CREATE INDEX certificates_sha_idx ON certificates (sha256)`);
    await q.query(`ALTER TABLE cohorts ADD COLUMN auto_issue_certificates boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE certificate_batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohorts(id),
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        enrolment_ids uuid[] NOT NULL,
        total integer NOT NULL,
        done integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        state varchar(10) NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'finished')),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE request_throttle (
        key varchar(200) PRIMARY KEY,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE request_throttle`);
    await q.query(`DROP TABLE certificate_batches`);
    await q.query(`ALTER TABLE cohorts DROP COLUMN auto_issue_certificates`);
    await q.query(`DROP TABLE certificates`);
    await q.query(`DROP TABLE certificate_counters`);
  }
}
