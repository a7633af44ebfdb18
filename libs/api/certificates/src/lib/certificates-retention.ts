import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRun } from '@koko/api/core/database';
import { daysBefore, RetentionService } from '@koko/api/core/jobs';

/** Counting windows of the public verification limit, once they are long past. */
@Injectable()
export class CertificatesRetention implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly retention: RetentionService,
  ) {}

  onModuleInit(): void {
    this.retention.register({
      name: 'certificates.request-throttle',
      purge: async (now, m) =>
        (await sqlRun(m, `DELETE FROM request_throttle WHERE window_start < $1`, [daysBefore(now, this.config.privacy.retention.throttleDays)])) ?? 0,
    });
  }
}
