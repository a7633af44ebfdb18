import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { JobsService } from '@koko/api/core/jobs';
import { Cohort } from '@koko/api/catalogue';
import { Role } from '@koko/shared';
import { DataSource, EntityManager } from 'typeorm';
import { CertificateErrorCode, CertificateException } from '../certificates.exception';
import { CertificateIssuerService } from './certificate-issuer.service';

export const ISSUE_BATCH_JOB = 'certificates-issue-batch';
export const AUTO_ISSUE_JOB = 'certificates-auto-issue';

export interface CertificateBatchRow {
  id: string;
  cohortId: string;
  total: number;
  done: number;
  failed: number;
  state: 'queued' | 'running' | 'finished';
  createdAt: Date;
  finishedAt: Date | null;
}

/**
 * Issuing many certificates (and issuing automatically) runs in the job queue, not in the request:
 * the API answers at once with a batch whose progress the admin page polls.
 */
@Injectable()
export class CertificateBatchesService implements OnModuleInit {
  private readonly logger = new Logger('Certificates');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly issuer: CertificateIssuerService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<{ batchId: string }>(ISSUE_BATCH_JOB, ({ batchId }) => this.run(batchId));
    await this.jobs.work<{ enrolmentId: string }>(AUTO_ISSUE_JOB, ({ enrolmentId }) => this.autoIssue(enrolmentId));
  }

  async start(actor: AuthUser, cohortId: string, enrolmentIds: string[]): Promise<CertificateBatchRow> {
    const batch = await this.db.transaction(async (m) => {
      if (!(await m.existsBy(Cohort, { id: cohortId }))) throw new CertificateException(CertificateErrorCode.COHORT_NOT_FOUND);
      const ids: string[] = (
        await m.query(`SELECT id FROM enrolments WHERE cohort_id = $1 AND id = ANY($2::uuid[])`, [cohortId, [...new Set(enrolmentIds)]])
      ).map((r: { id: string }) => r.id);
      const [row] = await m.query(
        `INSERT INTO certificate_batches (cohort_id, requested_by, enrolment_ids, total) VALUES ($1, $2, $3, $4) RETURNING id`,
        [cohortId, actor.id, ids, ids.length],
      );
      const queued = await this.jobs.sendInTransaction(m, ISSUE_BATCH_JOB, { batchId: row.id });
      return { id: row.id as string, queued };
    });
    if (!batch.queued) {
      // Jobs are off (JOBS_ENABLED=false): still do the work outside the request, in this process.
      this.logger.warn('Job queue is off: running the certificate batch in this process');
      setImmediate(() => void this.run(batch.id).catch((e) => this.logger.error(e)));
    }
    return this.get(actor, batch.id);
  }

  async get(actor: AuthUser, id: string): Promise<CertificateBatchRow> {
    if (!actor.roles.includes(Role.ADMIN)) throw new CertificateException(CertificateErrorCode.FORBIDDEN);
    const [row] = await this.db.query(
      `SELECT id, cohort_id AS "cohortId", total, done, failed, state, created_at AS "createdAt", finished_at AS "finishedAt" FROM certificate_batches WHERE id = $1`,
      [id],
    );
    if (!row) throw new CertificateException(CertificateErrorCode.BATCH_NOT_FOUND);
    return row;
  }

  /** Issues one by one, counting progress; an ineligible or already certified participant counts as failed. */
  async run(batchId: string): Promise<void> {
    // TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affected], not with the rows.
    const [[batch]] = await this.db.query(`UPDATE certificate_batches SET state = 'running' WHERE id = $1 AND state <> 'finished' RETURNING enrolment_ids, requested_by`, [batchId]);
    if (!batch) return;
    const actorRow = batch.requested_by ? (await this.db.query(`SELECT id, email, roles, locale FROM users WHERE id = $1`, [batch.requested_by]))[0] : null;
    const actor: AuthUser | null = actorRow ? { id: actorRow.id, sessionId: 'job', email: actorRow.email, roles: actorRow.roles, locale: actorRow.locale } : null;
    for (const enrolmentId of batch.enrolment_ids as string[]) {
      let ok = true;
      try {
        await this.issuer.issue(enrolmentId, actor);
      } catch (error) {
        if (!(error instanceof CertificateException)) this.logger.error(error);
        ok = false;
      }
      await this.db.query(`UPDATE certificate_batches SET ${ok ? 'done = done + 1' : 'failed = failed + 1'} WHERE id = $1`, [batchId]);
    }
    await this.db.query(`UPDATE certificate_batches SET state = 'finished', finished_at = now() WHERE id = $1`, [batchId]);
  }

  /** Queued in the transaction that may have completed the last module (see the listener). */
  async autoIssue(enrolmentId: string): Promise<void> {
    const [row] = await this.db.query(
      `SELECT c.auto_issue_certificates AS auto FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id WHERE e.id = $1`,
      [enrolmentId],
    );
    if (!row?.auto) return;
    try {
      await this.issuer.issue(enrolmentId, null, { automatic: true });
    } catch (error) {
      if (!(error instanceof CertificateException)) throw error;
    }
  }

  /** For listeners: queue an eligibility check with the change that may have completed the last module. */
  async queueAutoIssue(m: EntityManager, enrolmentId: string): Promise<void> {
    const [row] = await m.query(
      `SELECT c.auto_issue_certificates AS auto FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id WHERE e.id = $1`,
      [enrolmentId],
    );
    if (row?.auto) await this.jobs.sendInTransaction(m, AUTO_ISSUE_JOB, { enrolmentId });
  }
}
