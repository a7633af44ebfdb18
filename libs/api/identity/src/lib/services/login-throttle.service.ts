import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { ErrorCode } from '@koko/shared';
import { DataSource } from 'typeorm';
import { IdentityException } from '../identity.exception';
import { sqlRows, sqlRun } from '@koko/api/core/database';

/**
 * Slows down password guessing: after too many failures an account (by e-mail, whether or not it
 * exists) or a client address is locked for a time that doubles with each further failure.
 * Kept in PostgreSQL so every API instance sees the same counts.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(email: string, ip: string | undefined) {
    return [
      { key: `account:${email}`, max: this.config.auth.loginMaxFailures },
      { key: `address:${ip ?? 'unknown'}`, max: this.config.auth.loginMaxFailuresPerAddress },
    ];
  }

  async assertNotLocked(email: string, ip: string | undefined): Promise<void> {
    const rows = await sqlRows<{ seconds: number }>(
      this.db,
      `SELECT ceil(extract(epoch FROM (locked_until - now())))::int AS seconds
         FROM login_throttle WHERE key = ANY($1) AND locked_until > now()
        ORDER BY locked_until DESC LIMIT 1`,
      [this.keys(email, ip).map((k) => k.key)],
    );
    if (rows.length) {
      throw new IdentityException(ErrorCode.TOO_MANY_ATTEMPTS, { minutes: Math.max(1, Math.ceil(rows[0].seconds / 60)) });
    }
  }

  async recordFailure(email: string, ip: string | undefined): Promise<void> {
    for (const { key, max } of this.keys(email, ip)) {
      await sqlRun(
        this.db,
        `INSERT INTO login_throttle (key, failures, updated_at) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN login_throttle.updated_at < now() - interval '1 day' THEN 1 ELSE login_throttle.failures + 1 END,
           updated_at = now(),
           locked_until = CASE
             WHEN login_throttle.failures + 1 >= $2
             THEN now() + make_interval(mins => LEAST(60, power(2, login_throttle.failures + 1 - $2)::int))
             ELSE login_throttle.locked_until END`,
        [key, max],
      );
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await sqlRun(this.db, `DELETE FROM login_throttle WHERE key = $1`, [`account:${email}`]);
  }
}
