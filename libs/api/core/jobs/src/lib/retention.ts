import { Inject, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { DataSource, EntityManager } from 'typeorm';
import { JobsModule } from './jobs.module';
import { JobsService } from './jobs.service';

export const RETENTION_JOB = 'privacy.retention';

/**
 * One kind of record that is deleted after its period (docs/privacy.md). The owning domain
 * registers it; `purge` deletes what is due at `now` (the job passes the wall clock, tests a
 * controlled one) and answers how many records went.
 */
export interface RetentionTask {
  name: string;
  purge(now: Date, manager: EntityManager): Promise<number>;
}

/**
 * Runs every registered retention task once a night (`JOBS_CRON_RETENTION`, once cluster-wide),
 * each in a transaction of its own, so one failing task does not hold back the others.
 */
@Injectable()
export class RetentionService implements OnModuleInit {
  private readonly logger = new Logger('Retention');
  private readonly tasks = new Map<string, RetentionTask>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.schedule(RETENTION_JOB, this.config.privacy.retentionCron, () => this.run(new Date()));
  }

  register(task: RetentionTask): void {
    this.tasks.set(task.name, task);
  }

  get names(): string[] {
    return [...this.tasks.keys()];
  }

  /** Runs every task at `now`; answers the number of deleted records per task. */
  async run(now: Date): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    let failed: unknown = null;
    for (const task of this.tasks.values()) {
      try {
        result[task.name] = await this.db.transaction((m) => task.purge(now, m));
      } catch (error) {
        this.logger.error(`Retention task ${task.name} failed: ${String(error)}`);
        failed ??= error;
      }
    }
    this.logger.log(`Retention at ${now.toISOString()}: ${JSON.stringify(result)}`);
    // A failed task fails the job, so pg-boss retries it and the failure is visible.
    if (failed) throw failed;
    return result;
  }
}

/** Import it where a retention task is registered; one instance per application. */
@Module({ imports: [JobsModule], providers: [RetentionService], exports: [RetentionService] })
export class RetentionModule {}

/** `now` minus whole days. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}
