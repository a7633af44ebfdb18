import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counselling thread (issue 16): messages between a request's requester and its advisors, and
 * confidential notes among the advisors (and admins) that the requester never sees.
 */
export class CounsellingThread1766300100000 implements MigrationInterface {
  name = 'CounsellingThread1766300100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE counselling_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES counselling_requests(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        confidential boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX counselling_messages_request ON counselling_messages (request_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE counselling_messages`);
  }
}
