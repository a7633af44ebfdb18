import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counselling requests through the public contact form (issue 16): the SHA-256 of the sender's
 * client address, for the hourly limit per address (null for requests filed signed in).
 */
export class CounsellingPublicForm1767220000000 implements MigrationInterface {
  name = 'CounsellingPublicForm1767220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE counselling_requests ADD COLUMN client_hash char(64)`);
    await q.query(`CREATE INDEX counselling_requests_client_hash ON counselling_requests (client_hash, created_at) WHERE client_hash IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX counselling_requests_client_hash`);
    await q.query(`ALTER TABLE counselling_requests DROP COLUMN client_hash`);
  }
}
