import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open Badges 3.0 credentials (issue 19): one signed credential per issued document (certificate,
 * later Teilnahmebescheinigung), stored as issued. Each holds one position in a Bitstring Status
 * List; `revoked_at` set means the bit is on. Positions come from a sequence (gaps are harmless).
 */
export class Credentials1766400000000 implements MigrationInterface {
  name = 'Credentials1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE credential_status_positions AS integer MINVALUE 0 START 0`);
    await q.query(`
      CREATE TABLE credentials (
        id uuid PRIMARY KEY,
        document_kind varchar(40) NOT NULL CHECK (document_kind IN ('certificate', 'attendance_confirmation')),
        document_id uuid NOT NULL,
        status_list integer NOT NULL CHECK (status_list >= 1),
        status_index integer NOT NULL CHECK (status_index >= 0),
        verification_method varchar(300) NOT NULL,
        credential jsonb NOT NULL,
        issued_at timestamptz NOT NULL,
        revoked_at timestamptz,
        UNIQUE (document_kind, document_id),
        UNIQUE (status_list, status_index)
      )`);
    await q.query(`CREATE INDEX credentials_revoked ON credentials (status_list) WHERE revoked_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE credentials`);
    await q.query(`DROP SEQUENCE credential_status_positions`);
  }
}
