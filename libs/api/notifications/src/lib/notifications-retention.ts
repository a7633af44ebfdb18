import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRun } from '@koko/api/core/database';
import { daysBefore, RetentionService } from '@koko/api/core/jobs';

/** Sent (or finally failed) mails and captured mails after their periods; pending mails are never touched. */
@Injectable()
export class NotificationsRetention implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly retention: RetentionService,
  ) {}

  onModuleInit(): void {
    const r = this.config.privacy.retention;
    this.retention.register({
      name: 'notifications.captured-mail',
      purge: async (now, m) => (await sqlRun(m, `DELETE FROM captured_mail WHERE created_at < $1`, [daysBefore(now, r.capturedMailDays)])) ?? 0,
    });
    this.retention.register({
      name: 'notifications.sent-mail',
      purge: async (now, m) =>
        (await sqlRun(m, `DELETE FROM mail_outbox WHERE status IN ('sent', 'failed') AND coalesce(sent_at, next_attempt_at, created_at) < $1`, [
          daysBefore(now, r.sentMailDays),
        ])) ?? 0,
    });
  }
}
