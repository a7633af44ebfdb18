import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { AuthUser, SessionStore } from '@koko/api/core/auth';
import { Locale, Role } from '@koko/shared';
import { DataSource, EntityManager } from 'typeorm';
import { UserSession } from '../entities/user-session.entity';
import { sqlRows, sqlRun } from '@koko/api/core/database';

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

  /** Slides the inactivity window; answers null when the session or its user is no longer valid. */
  async touch(sessionId: string, userId: string): Promise<AuthUser | null> {
    const rows = await sqlRows<{ id: string; email: string; roles: Role[]; locale: Locale }>(
      this.db,
      `UPDATE user_sessions s SET last_seen_at = now()
         FROM users u
        WHERE s.id = $1 AND s.user_id = $2 AND u.id = s.user_id
          AND u.active AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $3)
        RETURNING u.id, u.email, u.roles, u.locale`,
      [sessionId, userId, this.config.auth.sessionIdleMinutes],
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
