import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Escalation of acute counselling requests (issue 16): when the whole team was reminded that an
 * acute request is still untaken (once per request).
 */
export class CounsellingEscalation1766800100000 implements MigrationInterface {
  name = 'CounsellingEscalation1766800100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE counselling_requests ADD COLUMN escalated_at timestamptz`);
    await q.query(`CREATE INDEX counselling_requests_untaken_acute ON counselling_requests (created_at) WHERE urgency = 'acute' AND status = 'new' AND escalated_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX counselling_requests_untaken_acute`);
    await q.query(`ALTER TABLE counselling_requests DROP COLUMN escalated_at`);
  }
}
