import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A certificate batch that fails outside a single issue (the database goes away, the worker dies)
 * ends `failed` with the reason instead of staying `running`, and can be retried.
 */
export class CertificateBatchFailure1764997200000 implements MigrationInterface {
  name = 'CertificateBatchFailure1764997200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE certificate_batches DROP CONSTRAINT certificate_batches_state_check`);
    await q.query(`ALTER TABLE certificate_batches ADD CONSTRAINT certificate_batches_state_check CHECK (state IN ('queued', 'running', 'finished', 'failed'))`);
    await q.query(`ALTER TABLE certificate_batches ADD COLUMN failure_reason varchar(40) NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE certificate_batches DROP COLUMN failure_reason`);
    await q.query(`UPDATE certificate_batches SET state = 'finished', finished_at = coalesce(finished_at, now()) WHERE state = 'failed'`);
    await q.query(`ALTER TABLE certificate_batches DROP CONSTRAINT certificate_batches_state_check`);
    await q.query(`ALTER TABLE certificate_batches ADD CONSTRAINT certificate_batches_state_check CHECK (state IN ('queued', 'running', 'finished'))`);
  }
}
