import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counselling (Beratung, issue 16): the role "advisor" (Berater:in), counselling requests and
 * which advisors (one or two) accompany each request.
 *
 * A declined request keeps its reason and a closed one its outcome (categories and a summary the
 * requester sees); the CHECKs hold that on every path, not only in the service.
 */
export class Counselling1766300000000 implements MigrationInterface {
  name = 'Counselling1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_roles_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_roles_check
      CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['participant', 'trainer', 'admin', 'evaluation', 'advisor']::text[])`);
    await q.query(`
      CREATE TABLE counselling_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requester_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        topic_id uuid NOT NULL REFERENCES short_format_topics(id),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
        urgency varchar(6) NOT NULL CHECK (urgency IN ('normal', 'soon', 'acute')),
        format varchar(7) NOT NULL CHECK (format IN ('phone', 'online', 'on_site')),
        availability varchar(1000) NOT NULL,
        status varchar(11) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'accepted', 'in_progress', 'closed', 'declined')),
        decline_reason varchar(2000),
        outcome_categories text[] NOT NULL DEFAULT '{}',
        outcome_summary varchar(4000),
        created_at timestamptz NOT NULL DEFAULT now(),
        status_changed_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'declined') = (decline_reason IS NOT NULL)),
        CHECK ((status = 'closed') = (outcome_summary IS NOT NULL)),
        CHECK (outcome_categories <@ ARRAY['advice', 'mediation', 'process_support', 'crisis_intervention', 'referral', 'networking']::text[])
      )`);
    await q.query(`CREATE INDEX counselling_requests_requester ON counselling_requests (requester_id)`);
    await q.query(`CREATE INDEX counselling_requests_status ON counselling_requests (status, created_at)`);
    await q.query(`
      CREATE TABLE counselling_assignments (
        request_id uuid NOT NULL REFERENCES counselling_requests(id) ON DELETE CASCADE,
        advisor_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (request_id, advisor_id)
      )`);
    await q.query(`CREATE INDEX counselling_assignments_advisor ON counselling_assignments (advisor_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE counselling_assignments`);
    await q.query(`DROP TABLE counselling_requests`);
    // An advisor-only account keeps the least role there is.
    await q.query(`UPDATE users SET roles = CASE WHEN roles = ARRAY['advisor'] THEN ARRAY['participant'] ELSE array_remove(roles, 'advisor') END
      WHERE 'advisor' = ANY (roles)`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_roles_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_roles_check
      CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['participant', 'trainer', 'admin', 'evaluation']::text[])`);
  }
}
