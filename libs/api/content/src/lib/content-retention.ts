import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRun } from '@koko/api/core/database';
import { daysBefore, RetentionService } from '@koko/api/core/jobs';

/** Barrier reports after `RETENTION_ANSWERED_BARRIER_REPORT_DAYS` from being answered; open ones stay. */
@Injectable()
export class ContentRetention implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly retention: RetentionService,
  ) {}

  onModuleInit(): void {
    this.retention.register({
      name: 'content.answered-barrier-reports',
      purge: async (now, m) =>
        (await sqlRun(m, `DELETE FROM barrier_reports WHERE status = 'answered' AND status_changed_at < $1`, [
          daysBefore(now, this.config.privacy.retention.answeredBarrierReportDays),
        ])) ?? 0,
    });
  }
}
