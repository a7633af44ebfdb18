import { MigrationInterface, QueryRunner } from 'typeorm';

/** The holder chooses the printed title (Konfliktmanagerin, Konfliktmanager, Konfliktmanager:in); the inclusive form until they do. */
export class CertificateTitle1765300000000 implements MigrationInterface {
  name = 'CertificateTitle1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN certificate_title varchar(20) NOT NULL DEFAULT 'konfliktmanager_in'`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_certificate_title_check CHECK (certificate_title IN ('konfliktmanagerin', 'konfliktmanager', 'konfliktmanager_in'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN certificate_title`);
  }
}
