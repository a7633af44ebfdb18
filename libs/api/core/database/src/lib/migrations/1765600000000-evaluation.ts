import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluation (issue 15): the role "evaluation", questionnaires with frozen versions, surveys,
 * invitations and anonymous responses.
 *
 * Anonymity by construction: `evaluation_responses` and `evaluation_answers` hold no user id,
 * e-mail, address, user agent, referrer or time; response ids are random (v4), so the order of
 * submissions cannot be read from them. Who was invited and who has answered lives in
 * `evaluation_invitations`, which shares no key with the responses (only the survey) and keeps no
 * time either; its one-time token hash is cleared once used.
 */
export class Evaluation1765600000000 implements MigrationInterface {
  name = 'Evaluation1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_roles_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_roles_check
      CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['participant', 'trainer', 'admin', 'evaluation']::text[])`);
    await q.query(`
      CREATE TABLE evaluation_questionnaires (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        title_en varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE evaluation_questionnaire_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        questionnaire_id uuid NOT NULL REFERENCES evaluation_questionnaires(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (questionnaire_id, number)
      )`);
    await q.query(`
      CREATE TABLE evaluation_sections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES evaluation_questionnaire_versions(id) ON DELETE CASCADE,
        position integer NOT NULL,
        title varchar(200) NOT NULL,
        title_en varchar(200) NOT NULL,
        UNIQUE (version_id, position)
      )`);
    await q.query(`
      CREATE TABLE evaluation_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES evaluation_questionnaire_versions(id) ON DELETE CASCADE,
        section_id uuid NOT NULL REFERENCES evaluation_sections(id) ON DELETE CASCADE,
        position integer NOT NULL,
        code varchar(32) NOT NULL CHECK (code ~ '^[A-Za-z][A-Za-z0-9_]{0,31}$'),
        kind varchar(10) NOT NULL CHECK (kind IN ('likert5', 'likert7', 'single', 'multiple', 'numeric', 'text')),
        text varchar(1000) NOT NULL,
        text_en varchar(1000) NOT NULL,
        low_label varchar(100),
        low_label_en varchar(100),
        high_label varchar(100),
        high_label_en varchar(100),
        allow_no_answer boolean NOT NULL DEFAULT false,
        required boolean NOT NULL DEFAULT false,
        options jsonb NOT NULL DEFAULT '[]'::jsonb,
        min_value integer,
        max_value integer,
        UNIQUE (version_id, code),
        UNIQUE (section_id, position)
      )`);
    await q.query(`
      CREATE TABLE evaluation_surveys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES evaluation_questionnaire_versions(id),
        title varchar(200) NOT NULL,
        title_en varchar(200) NOT NULL,
        cohort_id uuid NOT NULL REFERENCES cohorts(id),
        module_id uuid REFERENCES programme_modules(id),
        wave varchar(6) NOT NULL CHECK (wave IN ('pre', 'post', 'module')),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closes_at > opens_at),
        CHECK ((wave = 'module') = (module_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX evaluation_surveys_cohort ON evaluation_surveys (cohort_id)`);
    // No timestamps: when someone answered would line up with the response.
    await q.query(`
      CREATE TABLE evaluation_invitations (
        survey_id uuid NOT NULL REFERENCES evaluation_surveys(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash bytea,
        answered boolean NOT NULL DEFAULT false,
        reminded boolean NOT NULL DEFAULT false,
        PRIMARY KEY (survey_id, user_id),
        CHECK (NOT answered OR token_hash IS NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX evaluation_invitations_token ON evaluation_invitations (token_hash) WHERE token_hash IS NOT NULL`);
    await q.query(`
      CREATE TABLE evaluation_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES evaluation_surveys(id) ON DELETE CASCADE,
        version_id uuid NOT NULL REFERENCES evaluation_questionnaire_versions(id),
        wave varchar(6) NOT NULL CHECK (wave IN ('pre', 'post', 'module')),
        municipality_id uuid REFERENCES municipalities(id) ON DELETE SET NULL,
        code varchar(6) CHECK (code ~ '^[A-Z]{2}[0-9]{2}[A-Z]{2}$')
      )`);
    await q.query(`CREATE INDEX evaluation_responses_survey ON evaluation_responses (survey_id)`);
    await q.query(`
      CREATE TABLE evaluation_answers (
        response_id uuid NOT NULL REFERENCES evaluation_responses(id) ON DELETE CASCADE,
        item_id uuid NOT NULL REFERENCES evaluation_items(id),
        value integer,
        choices integer[],
        text text CHECK (length(text) <= 5000),
        no_answer boolean NOT NULL DEFAULT false,
        not_for_publication boolean NOT NULL DEFAULT false,
        PRIMARY KEY (response_id, item_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE evaluation_answers`);
    await q.query(`DROP TABLE evaluation_responses`);
    await q.query(`DROP TABLE evaluation_invitations`);
    await q.query(`DROP TABLE evaluation_surveys`);
    await q.query(`DROP TABLE evaluation_items`);
    await q.query(`DROP TABLE evaluation_sections`);
    await q.query(`DROP TABLE evaluation_questionnaire_versions`);
    await q.query(`DROP TABLE evaluation_questionnaires`);
    // An evaluation-only account keeps the least role there is.
    await q.query(`UPDATE users SET roles = CASE WHEN roles = ARRAY['evaluation'] THEN ARRAY['participant'] ELSE array_remove(roles, 'evaluation') END
      WHERE 'evaluation' = ANY (roles)`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_roles_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_roles_check
      CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['participant', 'trainer', 'admin']::text[])`);
  }
}
