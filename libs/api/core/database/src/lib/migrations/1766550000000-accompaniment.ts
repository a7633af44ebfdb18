import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accompaniment (Begleitung, issue 16 items 4–7): each participating Kommune's development path
 * towards its local conflict-management system (an editable, ordered list of milestones with
 * status, date, note and evidence) and the advisors (Berater:innen) who accompany the Kommune.
 *
 * Evidence is a link, or a transfer assignment (enrolment + module) that its participant shared
 * themselves: sharing is their consent, and `evidence_shared_by` names them so they can withdraw
 * it and their data export lists it. Kommunen that already have participants get the default path.
 */
export class Accompaniment1766550000000 implements MigrationInterface {
  name = 'Accompaniment1766550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE accompaniment_milestones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 1),
        title varchar(120) NOT NULL CHECK (length(title) >= 1),
        title_en varchar(120),
        status varchar(11) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'reached')),
        dated_on date,
        note varchar(4000),
        note_by uuid REFERENCES users(id) ON DELETE SET NULL,
        evidence_url varchar(2000) CHECK (evidence_url IS NULL OR evidence_url ~ '^https?://'),
        evidence_enrolment_id uuid REFERENCES enrolments(id) ON DELETE SET NULL,
        evidence_module_id uuid REFERENCES programme_modules(id),
        evidence_shared_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        CHECK ((evidence_enrolment_id IS NULL) = (evidence_module_id IS NULL)),
        UNIQUE (municipality_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await q.query(`
      CREATE TABLE accompaniment_advisors (
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        advisor_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_id, advisor_id)
      )`);
    await q.query(`CREATE INDEX accompaniment_advisors_advisor ON accompaniment_advisors (advisor_id)`);
    await q.query(`CREATE INDEX accompaniment_milestones_shared_by ON accompaniment_milestones (evidence_shared_by) WHERE evidence_shared_by IS NOT NULL`);
    await q.query(`CREATE INDEX accompaniment_milestones_note_by ON accompaniment_milestones (note_by) WHERE note_by IS NOT NULL`);
    // Kommunen whose staff already take part get the default path.
    await q.query(`
      INSERT INTO accompaniment_milestones (municipality_id, position, title, title_en)
      SELECT m.id, d.position, d.title, d.title_en
        FROM (SELECT DISTINCT municipality_id AS id FROM enrolments WHERE state IN ('admitted', 'completed')) m
       CROSS JOIN (VALUES (1, 'Bestandsaufnahme', 'Stocktaking'), (2, 'Konfliktanalyse', 'Conflict analysis'),
                          (3, 'Akteursnetzwerk', 'Network of actors'), (4, 'Verfahren und Zuständigkeiten', 'Procedures and responsibilities'),
                          (5, 'Krisenplan', 'Crisis plan'), (6, 'Verankerung in der Verwaltung', 'Anchoring in the administration')) AS d(position, title, title_en)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE accompaniment_advisors`);
    await q.query(`DROP TABLE accompaniment_milestones`);
  }
}
