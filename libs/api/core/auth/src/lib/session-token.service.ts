import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import type { CookieOptions, Response } from 'express';
import { SESSION_COOKIE } from './auth-user';

export interface SessionClaims {
  sub: string;
  sid: string;
  iat?: number;
  exp?: number;
}

/**
 * Issues the short-lived JWT that names a server-side session. The token lives as long as the
 * inactivity window and is renewed while the user is active.
 */
@Injectable()
export class SessionTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private cookieOptions(): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.auth.cookieSecure,
      path: '/',
    };
  }

  sign(userId: string, sessionId: string): string {
    return this.jwt.sign({ sub: userId, sid: sessionId } satisfies SessionClaims, {
      expiresIn: this.config.auth.sessionIdleMinutes * 60,
    });
  }

  setCookie(res: Response, userId: string, sessionId: string): void {
    res.cookie(SESSION_COOKIE, this.sign(userId, sessionId), {
      ...this.cookieOptions(),
      maxAge: this.config.auth.sessionIdleMinutes * 60_000,
    });
  }

  clearCookie(res: Response): void {
    res.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }

  /** Renew when a quarter of the token's life has passed, so active users stay signed in. */
  needsRenewal(claims: SessionClaims, now = Date.now()): boolean {
    if (!claims.iat) return true;
    return now / 1000 - claims.iat > (this.config.auth.sessionIdleMinutes * 60) / 4;
  }
}
