import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { Metrics } from '@koko/api/core/metrics';
import type { Counter } from 'prom-client';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { SqlRunner, sqlRows } from '@koko/api/core/database';

/** The PostgreSQL schema pg-boss creates and migrates itself (outside the app's migrations). */
export const JOBS_SCHEMA = 'pgboss';
/** Connections pg-boss keeps besides the app's pool: worker polling, cron monitor, maintenance. */
const POOL_SIZE = 4;
/** How long a shutdown waits for running jobs before pg-boss marks them failed (they are retried). */
const STOP_TIMEOUT_MS = 20_000;

export type JobData = Record<string, unknown>;
export type JobHandler<T extends object = JobData> = (data: T) => Promise<unknown>;

interface JobDefinition {
  name: string;
  handler: JobHandler<object>;
  /** Set for scheduled jobs; read in `tz`. */
  cron: string | null;
  tz: string;
}

/**
 * Background jobs on pg-boss, in the app's own PostgreSQL. Modules register handlers at any time
 * (usually in onModuleInit); they are attached when the queue starts at application bootstrap.
 *
 * Several API instances are safe: pg-boss evaluates each cron schedule in one instance per minute
 * and hands each job to exactly one worker (SELECT … FOR UPDATE SKIP LOCKED). Handlers must still be
 * idempotent: a job whose instance dies is retried.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly definitions = new Map<string, JobDefinition>();
  private readonly attached = new Set<string>();
  private readonly workerIds = new Map<string, string>();
  private boss: PgBoss | null = null;
  private startup: Promise<PgBoss> | null = null;
  private readonly outcomes: Counter<'queue' | 'outcome'> | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    @Optional() @Inject(Metrics) metrics: Metrics | null = null,
  ) {
    this.outcomes = metrics?.counter('koko_jobs_processed_total', 'Jobs this instance ran, by queue and outcome (completed, failed; a failed job is retried up to 3 times)', ['queue', 'outcome']) ?? null;
    // Read from the shared queue tables: every instance reports the same cluster-wide figures (use max()).
    metrics?.gauge('koko_jobs', 'Jobs in the queue (cluster-wide) by queue and state: created and retry = waiting, active = running, failed = gave up (kept until pg-boss archives them)', ['queue', 'state'], async () =>
      this.running ? (await this.queueCounts()).map((r) => ({ labels: { queue: r.queue, state: r.state }, value: r.count })) : [],
    );
  }

  /** Jobs not yet done or given up, per queue and state, across all instances. */
  async queueCounts(): Promise<{ queue: string; state: string; count: number }[]> {
    return sqlRows<{ queue: string; state: string; count: number }>(
      this.db,
      `SELECT name AS queue, state::text AS state, count(*)::int AS count FROM ${JOBS_SCHEMA}.job
        WHERE state IN ('created', 'retry', 'active', 'failed') GROUP BY name, state ORDER BY name, state`,
    );
  }

  /** Whether the queue is meant to run in this instance (JOBS_ENABLED). */
  get enabled(): boolean {
    return this.config.jobs.enabled;
  }

  /** True between a successful start and the shutdown. */
  get running(): boolean {
    return this.boss !== null;
  }

  /** The registered job names (whether or not the queue runs). */
  get names(): string[] {
    return [...this.definitions.keys()];
  }

  /**
   * Runs `handler` on `cron` (five fields, read in TIME_ZONE unless `tz` is given), once per tick
   * across all instances. The job can also be started by hand with `send(name)`.
   */
  schedule<T extends object = JobData>(name: string, cron: string, handler: JobHandler<T>, options: { tz?: string } = {}): Promise<void> {
    return this.register({ name, handler: handler as JobHandler<object>, cron, tz: options.tz ?? this.config.timeZone });
  }

  /** Runs `handler` for every job sent to `name`. */
  work<T extends object = JobData>(name: string, handler: JobHandler<T>): Promise<void> {
    return this.register({ name, handler: handler as JobHandler<object>, cron: null, tz: this.config.timeZone });
  }

  /** Queues a job for a registered handler; answers the job id. Refused while the queue is not running. */
  async send(name: string, data: object = {}): Promise<string> {
    if (!this.definitions.has(name)) throw new Error(`No job "${name}" is registered`);
    const boss = this.startup ? await this.startup : null;
    if (!boss || !this.boss) throw new Error(`Jobs are not running (JOBS_ENABLED=false or the app is shutting down): cannot send "${name}"`);
    const id = await boss.send(name, data);
    if (!id) throw new Error(`pg-boss did not accept a job for "${name}"`);
    // Wake this instance's worker instead of waiting for its next poll.
    const workerId = this.workerIds.get(name);
    if (workerId) boss.notifyWorker(workerId);
    return id;
  }

  /**
   * Queues a job inside the caller's transaction (pg-boss writes through the same connection), so the
   * job exists only if the change that caused it commits. With jobs off (JOBS_ENABLED=false) nothing
   * is queued and the answer is false.
   */
  async sendInTransaction(manager: SqlRunner, name: string, data: object = {}): Promise<boolean> {
    if (!this.definitions.has(name)) throw new Error(`No job "${name}" is registered`);
    const boss = this.startup ? await this.startup : null;
    if (!boss || !this.boss) return false;
    const id = await boss.send(name, data, {
      db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await sqlRows(manager, text, values) }) },
    });
    return id !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.enabled) {
      this.logger.log(`Scheduled jobs are off (JOBS_ENABLED=false); registered: ${this.names.join(', ') || 'none'}`);
      return;
    }
    this.startup = this.start();
    await this.startup;
  }

  /**
   * Before the database pool closes (onApplicationShutdown): stop fetching, let running jobs finish
   * (up to STOP_TIMEOUT_MS), then close pg-boss's connections.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    this.boss = null;
    this.startup = null;
    await boss.stop({ graceful: true, wait: true, close: true, timeout: STOP_TIMEOUT_MS });
    this.attached.clear();
    this.workerIds.clear();
    this.logger.log('Job queue stopped');
  }

  private async start(): Promise<PgBoss> {
    const boss = new PgBoss({
      connectionString: this.databaseUrl(),
      schema: JOBS_SCHEMA,
      max: POOL_SIZE,
      application_name: 'koko-jobs',
    });
    boss.on('error', (error: Error & { queue?: string }) =>
      this.logger.error(`pg-boss${error.queue ? ` (${error.queue})` : ''}: ${error.message}`),
    );
    await boss.start();
    for (const definition of [...this.definitions.values()]) await this.attach(boss, definition);
    this.boss = boss;
    this.logger.log(`Job queue started (schema ${JOBS_SCHEMA}): ${this.names.join(', ') || 'no jobs'}`);
    return boss;
  }

  private async register(definition: JobDefinition): Promise<void> {
    if (this.definitions.has(definition.name)) throw new Error(`Job "${definition.name}" is registered twice`);
    this.definitions.set(definition.name, definition);
    // Registered after the start (or during it): attach now.
    if (this.startup) await this.attach(await this.startup, definition);
  }

  private async attach(boss: PgBoss, definition: JobDefinition): Promise<void> {
    if (this.attached.has(definition.name)) return;
    this.attached.add(definition.name);
    const { name, handler, cron, tz } = definition;
    await this.createQueue(boss, name);
    const workerId = await boss.work<object>(name, { batchSize: 1 }, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler(job.data ?? {});
          this.outcomes?.inc({ queue: name, outcome: 'completed' });
        } catch (error) {
          this.outcomes?.inc({ queue: name, outcome: 'failed' });
          this.logger.error(`Job ${name} (${job.id}) failed: ${error instanceof Error ? error.message : String(error)}`);
          throw error;
        }
      }
    });
    this.workerIds.set(name, workerId);
    // An upsert keyed by name: every instance may (re)write it, pg-boss still sends one job per tick.
    if (cron) await boss.schedule(name, cron, {}, { tz });
  }

  /** Idempotent; instances starting together may race on pg-boss's DDL, so it is retried once. */
  private async createQueue(boss: PgBoss, name: string): Promise<void> {
    const options = { name, retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 30 * 60 };
    try {
      await boss.createQueue(name, options);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
      await boss.createQueue(name, options);
    }
  }

  /** The database the app itself uses (DATABASE_URL or the embedded one). */
  private databaseUrl(): string {
    const url = (this.db.options as { url?: string }).url ?? this.config.database.url;
    if (!url) throw new Error('Jobs need the database URL, but the data source has none');
    return url;
  }
}
