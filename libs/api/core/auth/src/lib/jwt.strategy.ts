import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import type { Request } from 'express';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AuthUser, SESSION_COOKIE, SESSION_STORE, SessionStore } from './auth-user';
import { SessionClaims, SessionTokenService } from './session-token.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fromCookie(req: Request): string | null {
  const cookies = (req as Request & { cookies?: Record<string, string> }).cookies;
  return cookies?.[SESSION_COOKIE] ?? null;
}

/** Reads the session JWT from the httpOnly cookie and checks its session row. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(SESSION_STORE) private readonly sessions: SessionStore,
    private readonly tokens: SessionTokenService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([fromCookie]),
      // A KeyObject, made once: given the string, jsonwebtoken first tries it as a PEM public key on
      // every request and builds (and catches) an exception each time before taking it as a secret.
      // (The typings name only string and Buffer; jsonwebtoken takes a KeyObject as it is.)
      secretOrKey: createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8')) as unknown as Buffer,
      ignoreExpiration: false,
      algorithms: ['HS256'],
      passReqToCallback: true,
    });
  }

  async validate(req: Request, claims: SessionClaims): Promise<AuthUser | false> {
    // Only a token signed with our secret gets here; ids that are no UUIDs are refused all the same.
    if (!UUID.test(String(claims.sid)) || !UUID.test(String(claims.sub))) return false;
    const user = await this.sessions.touch(claims.sid, claims.sub);
    if (!user) return false;
    if (req.res && this.tokens.needsRenewal(claims)) this.tokens.setCookie(req.res, user.id, user.sessionId);
    return user;
  }
}
