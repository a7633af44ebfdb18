import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Transfer assignments: rubrics per module, attempts with write-up and files, feedback with rubric
 * scores and a release step, individual extensions, reminder bookkeeping and trainers' mail choice.
 */
export class Assessment1764230400000 implements MigrationInterface {
  name = 'Assessment1764230400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rubric_criteria (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL REFERENCES programme_modules(id),
        position smallint NOT NULL CHECK (position BETWEEN 1 AND 20),
        title varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        required boolean NOT NULL DEFAULT true,
        UNIQUE (module_id, position)
      )`);
    await q.query(`
      CREATE TABLE rubric_levels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        criterion_id uuid NOT NULL REFERENCES rubric_criteria(id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position BETWEEN 1 AND 10),
        label varchar(100) NOT NULL,
        points smallint NOT NULL CHECK (points BETWEEN 0 AND 100),
        descriptor text NOT NULL DEFAULT '',
        UNIQUE (criterion_id, position)
      )`);
    await q.query(`ALTER TABLE cohort_modules ADD COLUMN submission_cutoff_at timestamptz`);
    await q.query(`ALTER TABLE cohort_modules ADD COLUMN max_attempts smallint NOT NULL DEFAULT 3 CHECK (max_attempts BETWEEN 1 AND 10)`);
    await q.query(`ALTER TABLE users ADD COLUMN submission_mail varchar(10) NOT NULL DEFAULT 'immediate' CHECK (submission_mail IN ('immediate', 'digest'))`);
    await q.query(`
      CREATE TABLE assignment_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrolment_id uuid NOT NULL REFERENCES enrolments(id),
        module_id uuid NOT NULL REFERENCES programme_modules(id),
        attempt_no smallint NOT NULL CHECK (attempt_no BETWEEN 1 AND 10),
        state varchar(20) NOT NULL DEFAULT 'draft'
          CHECK (state IN ('draft', 'submitted', 'passed', 'revision_requested', 'failed')),
        body text NOT NULL DEFAULT '',
        draft_saved_at timestamptz,
        own_work_confirmed_at timestamptz,
        submitted_at timestamptz,
        late boolean NOT NULL DEFAULT false,
        claimed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        claimed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (enrolment_id, module_id, attempt_no),
        CHECK ((state = 'draft') = (submitted_at IS NULL))
      )`);
    // At most one open attempt (draft or awaiting a verdict) per participant and module.
    await q.query(`CREATE UNIQUE INDEX assignment_attempts_one_open ON assignment_attempts (enrolment_id, module_id) WHERE state IN ('draft', 'submitted')`);
    await q.query(`CREATE INDEX assignment_attempts_queue_idx ON assignment_attempts (state, submitted_at)`);
    await q.query(`
      CREATE TABLE attempt_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        attempt_id uuid NOT NULL REFERENCES assignment_attempts(id) ON DELETE CASCADE,
        purpose varchar(10) NOT NULL CHECK (purpose IN ('submission', 'feedback')),
        storage_key varchar(200) NOT NULL UNIQUE,
        display_name varchar(200) NOT NULL,
        content_type varchar(100) NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
        sha256 char(64) NOT NULL,
        uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX attempt_files_attempt_idx ON attempt_files (attempt_id)`);
    await q.query(`
      CREATE TABLE attempt_feedback (
        attempt_id uuid PRIMARY KEY REFERENCES assignment_attempts(id) ON DELETE CASCADE,
        grader_id uuid REFERENCES users(id) ON DELETE SET NULL,
        verdict varchar(20) CHECK (verdict IN ('passed', 'revision_requested', 'failed')),
        text text NOT NULL DEFAULT '',
        scores jsonb NOT NULL DEFAULT '{}'::jsonb,
        released_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (released_at IS NULL OR verdict IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE assignment_extensions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrolment_id uuid NOT NULL REFERENCES enrolments(id),
        module_id uuid NOT NULL REFERENCES programme_modules(id),
        due_at timestamptz NOT NULL,
        reason text NOT NULL,
        granted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        granted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX assignment_extensions_idx ON assignment_extensions (enrolment_id, module_id, granted_at DESC)`);
    // A reminder is sent once per participant, module and kind, however many instances run.
    await q.query(`
      CREATE TABLE assignment_reminders (
        enrolment_id uuid NOT NULL REFERENCES enrolments(id),
        module_id uuid NOT NULL REFERENCES programme_modules(id),
        kind varchar(4) NOT NULL CHECK (kind IN ('7d', '1d')),
        due_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrolment_id, module_id, kind, due_at)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['assignment_reminders', 'assignment_extensions', 'attempt_feedback', 'attempt_files', 'assignment_attempts', 'rubric_levels', 'rubric_criteria']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE users DROP COLUMN submission_mail`);
    await q.query(`ALTER TABLE cohort_modules DROP COLUMN max_attempts`);
    await q.query(`ALTER TABLE cohort_modules DROP COLUMN submission_cutoff_at`);
  }
}
