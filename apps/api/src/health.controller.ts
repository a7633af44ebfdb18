import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@koko/api/core/auth';
import { JobsService } from '@koko/api/core/jobs';
import { FILE_STORAGE, FileStorage } from '@koko/api/core/storage';
import { Readiness } from './readiness';

/** How long a dependency may take to answer a readiness check before it counts as down. */
const CHECK_TIMEOUT_MS = 3000;

function withinTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Health for load balancers and orchestrators (docs/operations.md):
 * - `/health/live`: the process runs and answers (restart it when this fails); checks nothing else.
 * - `/health/ready`: this instance should get requests: PostgreSQL, the file storage and the job
 *   queue answer, and it is not shutting down (503 otherwise, with the failing part named).
 * - `/health`: the database alone (kept for existing checks and scripts).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    private readonly readiness: Readiness,
    private readonly jobs: JobsService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** 503 when PostgreSQL does not answer. */
  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: CHECK_TIMEOUT_MS })]);
  }

  @Public()
  @Get('live')
  live() {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  @Public()
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => {
        const check = this.indicator.check('instance');
        return this.readiness.shuttingDown ? check.down({ message: 'shutting down' }) : check.up();
      },
      () => this.db.pingCheck('database', { timeout: CHECK_TIMEOUT_MS }),
      async () => {
        const check = this.indicator.check('storage');
        try {
          await withinTimeout(this.storage.probe(), CHECK_TIMEOUT_MS);
          return check.up();
        } catch (error) {
          return check.down({ message: error instanceof Error ? error.message : String(error) });
        }
      },
      () => {
        const check = this.indicator.check('jobs');
        if (!this.jobs.enabled) return check.up({ enabled: false });
        return this.jobs.running ? check.up({ enabled: true }) : check.down({ enabled: true, message: 'the job queue is not running' });
      },
    ]);
  }
}
