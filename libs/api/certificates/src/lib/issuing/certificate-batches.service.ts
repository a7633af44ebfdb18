import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { JobsService } from '@koko/api/core/jobs';
import { CohortService } from '@koko/api/catalogue';
import { EnrolmentQueryService } from '@koko/api/enrolment';
import { UserDirectory } from '@koko/api/identity';
import { Role } from '@koko/shared';
import { DataSource, EntityManager } from 'typeorm';
import { CertificateErrorCode, CertificateException } from '../certificates.exception';
import { CertificateBatch } from './certificate-batch.entity';
import { CertificateIssuerService } from './certificate-issuer.service';

export const ISSUE_BATCH_JOB = 'certificates-issue-batch';
export const AUTO_ISSUE_JOB = 'certificates-auto-issue';

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08003', '08006']);

/** A short, stable reason for the admin page; the details go to the log only. */
function failureReason(error: unknown): string {
  const e = error as { code?: unknown; driverError?: { code?: unknown }; message?: unknown };
  const code = String(e?.driverError?.code ?? e?.code ?? '');
  const message = typeof e?.message === 'string' ? e.message : '';
  return CONNECTION_ERRORS.has(code) || /Connection terminated|connect ECONNREFUSED/i.test(message) ? 'DATABASE_UNAVAILABLE' : 'INTERNAL';
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
    private readonly cohorts: CohortService,
    private readonly enrolments: EnrolmentQueryService,
    private readonly users: UserDirectory,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<{ batchId: string }>(ISSUE_BATCH_JOB, ({ batchId }) => this.run(batchId));
    await this.jobs.work<{ enrolmentId: string }>(AUTO_ISSUE_JOB, ({ enrolmentId }) => this.autoIssue(enrolmentId));
  }

  async start(actor: AuthUser, cohortId: string, enrolmentIds: string[]): Promise<CertificateBatch> {
    const batch = await this.db.transaction(async (m) => {
      if (!(await this.cohorts.cohortsByIds([cohortId], m)).length) throw new CertificateException(CertificateErrorCode.COHORT_NOT_FOUND);
      const ids = (await this.enrolments.byIds(enrolmentIds, m)).filter((e) => e.cohortId === cohortId).map((e) => e.id);
      const row = await m.save(m.create(CertificateBatch, { cohortId, requestedBy: actor.id, enrolmentIds: ids, total: ids.length }));
      const queued = await this.jobs.sendInTransaction(m, ISSUE_BATCH_JOB, { batchId: row.id });
      return { id: row.id, queued };
    });
    if (!batch.queued) this.runInProcess(batch.id);
    return this.get(actor, batch.id);
  }

  /** A failed batch goes back to the queue and continues where it stopped (done and failed counts stay). */
  async retry(actor: AuthUser, id: string): Promise<CertificateBatch> {
    await this.get(actor, id);
    const queued = await this.db.transaction(async (m) => {
      const reset = await m
        .createQueryBuilder()
        .update(CertificateBatch)
        .set({ state: 'queued', failureReason: null, finishedAt: null })
        .where('id = :id AND state = :failed', { id, failed: 'failed' })
        .execute();
      if (!reset.affected) throw new CertificateException(CertificateErrorCode.BATCH_NOT_FAILED);
      return this.jobs.sendInTransaction(m, ISSUE_BATCH_JOB, { batchId: id });
    });
    if (!queued) this.runInProcess(id);
    return this.get(actor, id);
  }

  private runInProcess(batchId: string): void {
    // Jobs are off (JOBS_ENABLED=false): still do the work outside the request, in this process.
    this.logger.warn('Job queue is off: running the certificate batch in this process');
    setImmediate(() => void this.run(batchId).catch(() => undefined));
  }

  async get(actor: AuthUser, id: string): Promise<CertificateBatch> {
    if (!actor.roles.includes(Role.ADMIN)) throw new CertificateException(CertificateErrorCode.FORBIDDEN);
    const row = await this.db.manager.findOneBy(CertificateBatch, { id });
    if (!row) throw new CertificateException(CertificateErrorCode.BATCH_NOT_FOUND);
    return row;
  }

  /**
   * Issues one by one, counting progress; an ineligible or already certified participant counts as
   * failed. A failure outside a single issue ends the batch `failed` with the reason (and fails the
   * job, so the queue retries it); a rerun continues after the last counted participant.
   */
  async run(batchId: string): Promise<void> {
    try {
      await this.issueRemaining(batchId);
    } catch (error) {
      this.logger.error(`Certificate batch ${batchId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      await this.db.manager
        .update(CertificateBatch, { id: batchId, state: 'running' }, { state: 'failed', failureReason: failureReason(error), finishedAt: () => 'now()' })
        .catch((markError: unknown) => this.logger.error(`Certificate batch ${batchId} could not be marked failed: ${String(markError)}`));
      throw error;
    }
  }

  private async issueRemaining(batchId: string): Promise<void> {
    const claimed = await this.db
      .createQueryBuilder()
      .update(CertificateBatch)
      .set({ state: 'running', failureReason: null })
      .where('id = :batchId AND state <> :finished', { batchId, finished: 'finished' })
      .returning('enrolment_ids AS "enrolmentIds", requested_by AS "requestedBy", done, failed')
      .execute();
    const batch = (claimed.raw as Pick<CertificateBatch, 'enrolmentIds' | 'requestedBy' | 'done' | 'failed'>[])[0];
    if (!batch) return;
    const actor = batch.requestedBy ? await this.users.actingAs(batch.requestedBy, 'job') : null;
    for (const enrolmentId of batch.enrolmentIds.slice(batch.done + batch.failed)) {
      let ok = true;
      try {
        await this.issuer.issue(enrolmentId, actor);
      } catch (error) {
        if (!(error instanceof CertificateException)) this.logger.error(error);
        ok = false;
      }
      await this.db.manager.increment(CertificateBatch, { id: batchId }, ok ? 'done' : 'failed', 1);
    }
    await this.db.manager.update(CertificateBatch, { id: batchId }, { state: 'finished', finishedAt: () => 'now()' });
  }

  /** Queued in the transaction that may have completed the last module (see the listener). */
  async autoIssue(enrolmentId: string): Promise<void> {
    if (!(await this.autoIssueEnabled(this.db.manager, enrolmentId))) return;
    try {
      await this.issuer.issue(enrolmentId, null, { automatic: true });
    } catch (error) {
      if (!(error instanceof CertificateException)) throw error;
    }
  }

  /** For listeners: queue an eligibility check with the change that may have completed the last module. */
  async queueAutoIssue(m: EntityManager, enrolmentId: string): Promise<void> {
    if (await this.autoIssueEnabled(m, enrolmentId)) await this.jobs.sendInTransaction(m, AUTO_ISSUE_JOB, { enrolmentId });
  }

  private async autoIssueEnabled(m: EntityManager, enrolmentId: string): Promise<boolean> {
    const [enrolment] = await this.enrolments.byIds([enrolmentId], m);
    if (!enrolment) return false;
    const [cohort] = await this.cohorts.cohortsByIds([enrolment.cohortId], m);
    return cohort?.autoIssueCertificates ?? false;
  }
}
