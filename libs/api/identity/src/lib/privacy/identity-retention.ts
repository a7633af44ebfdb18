import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRun } from '@koko/api/core/database';
import { daysBefore, RetentionService } from '@koko/api/core/jobs';
import { DataExportService } from './data-export.service';

/** Retention of identity's records (docs/privacy.md): used or expired links, ended sessions, throttle rows, old exports. */
@Injectable()
export class IdentityRetention implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly retention: RetentionService,
    private readonly exports: DataExportService,
  ) {}

  onModuleInit(): void {
    const r = this.config.privacy.retention;
    this.retention.register({
      name: 'identity.links',
      purge: async (now, m) =>
        (await sqlRun(m, `DELETE FROM user_tokens WHERE coalesce(used_at, expires_at) < $1`, [daysBefore(now, r.expiredTokenDays)])) ?? 0,
    });
    this.retention.register({
      name: 'identity.sessions',
      // A session ends when revoked, at its absolute expiry, or after the inactivity window.
      purge: async (now, m) =>
        (await sqlRun(
          m,
          `DELETE FROM user_sessions
            WHERE coalesce(revoked_at, least(expires_at, last_seen_at + make_interval(mins => $2))) < $1`,
          [daysBefore(now, r.endedSessionDays), this.config.auth.sessionIdleMinutes],
        )) ?? 0,
    });
    this.retention.register({
      name: 'identity.login-throttle',
      purge: async (now, m) =>
        (await sqlRun(m, `DELETE FROM login_throttle WHERE updated_at < $1 AND (locked_until IS NULL OR locked_until < $2)`, [
          daysBefore(now, r.throttleDays),
          now,
        ])) ?? 0,
    });
    this.retention.register({ name: 'identity.data-exports', purge: (now) => this.exports.purgeExpired(now) });
  }
}
