import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files in the counselling thread (issue 16), stored like assignment files. A file without a
 * message is uploaded but not sent yet (only its uploader sees it).
 */
export class CounsellingFiles1766800200000 implements MigrationInterface {
  name = 'CounsellingFiles1766800200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE counselling_message_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES counselling_requests(id) ON DELETE CASCADE,
        message_id uuid REFERENCES counselling_messages(id) ON DELETE CASCADE,
        storage_key varchar(200) NOT NULL UNIQUE,
        display_name varchar(200) NOT NULL,
        content_type varchar(100) NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes >= 0),
        sha256 char(64) NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX counselling_message_files_message ON counselling_message_files (message_id)`);
    await q.query(`CREATE INDEX counselling_message_files_pending ON counselling_message_files (request_id, uploaded_by) WHERE message_id IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE counselling_message_files`);
  }
}
