import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { AuthUser, SessionStore } from '@koko/api/core/auth';
import { Locale, Role } from '@koko/shared';
import { DataSource, EntityManager } from 'typeorm';
import { UserSession } from '../entities/user-session.entity';
import { sqlRows, sqlRun } from '@koko/api/core/database';

/** How stale `last_seen_at` may get before a request writes it again. */
export const TOUCH_INTERVAL_SECONDS = 60;

/** Server-side sessions: the cookie's JWT is only valid while its row is open. */
@Injectable()
export class SessionService implements SessionStore {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(userId: string, meta: { userAgent?: string; ip?: string }, manager: EntityManager = this.db.manager) {
    const expiresAt = new Date(Date.now() + this.config.auth.sessionMaxHours * 3_600_000);
    const session = manager.create(UserSession, {
      userId,
      lastSeenAt: new Date(),
      expiresAt,
      revokedAt: null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ipAddress: meta.ip?.slice(0, 64) ?? null,
    });
    return manager.save(session);
  }

  /**
   * Checks the session and slides its inactivity window; answers null when the session or its user
   * is no longer valid. The row is written at most once a minute (TOUCH_INTERVAL_SECONDS): a request
   * that finds it fresher only reads, so most signed-in requests cost no write and no WAL flush. The
   * idle timeout therefore counts from at most a minute before the last request.
   */
  async touch(sessionId: string, userId: string): Promise<AuthUser | null> {
    const rows = await sqlRows<{ id: string; email: string; roles: Role[]; locale: Locale }>(
      this.db,
      `WITH valid AS (
         SELECT s.id AS session_id, s.last_seen_at, u.id, u.email, u.roles, u.locale
           FROM user_sessions s JOIN users u ON u.id = s.user_id
          WHERE s.id = $1 AND s.user_id = $2
            AND u.active AND s.revoked_at IS NULL AND s.expires_at > now()
            AND s.last_seen_at > now() - make_interval(mins => $3)
       ), slid AS (
         UPDATE user_sessions s SET last_seen_at = now()
           FROM valid v
          WHERE s.id = v.session_id AND v.last_seen_at < now() - make_interval(secs => $4)
       )
       SELECT id, email, roles, locale FROM valid`,
      [sessionId, userId, this.config.auth.sessionIdleMinutes, TOUCH_INTERVAL_SECONDS],
    );
    const row = rows[0];
    return row ? { id: row.id, sessionId, email: row.email, roles: row.roles, locale: row.locale } : null;
  }

  async revoke(sessionId: string): Promise<void> {
    await sqlRun(this.db, `UPDATE user_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Ends every open session of the user, optionally keeping the current one. */
  async revokeAll(userId: string, manager: EntityManager = this.db.manager, exceptSessionId?: string): Promise<void> {
    await sqlRun(
      manager,
      `UPDATE user_sessions SET revoked_at = now()
        WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [userId, exceptSessionId ?? null],
    );
  }
}
