import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { Role } from '@koko/shared';
import type { Request } from 'express';
import { verify } from 'jsonwebtoken';
import { createSecretKey, KeyObject } from 'node:crypto';
import { AuthUser, SESSION_COOKIE, SESSION_STORE, SessionStore } from './auth-user';
import { IS_PUBLIC, requestOf, ROLES } from './decorators';
import { SessionClaims, SessionTokenService } from './session-token.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type SessionRequest = Request & { cookies?: Record<string, string>; user?: AuthUser };

/**
 * Global guard: every operation requires a valid session unless marked @Public();
 * @Roles(...) narrows it further. Public operations still learn who is calling, if anyone.
 *
 * The session is the JWT in the httpOnly cookie (HS256, our secret, not expired) naming an open
 * session row of an active user, which the session store checks and slides. Checked once per
 * request, however many top-level fields the operation asks for.
 */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  /** A KeyObject, made once: given the string, jsonwebtoken would first try it as a PEM public key on every request. */
  private readonly key: KeyObject;
  private readonly checked = new WeakMap<Request, Promise<AuthUser | null>>();

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(SESSION_STORE) private readonly sessions: SessionStore,
    private readonly tokens: SessionTokenService,
  ) {
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const req = requestOf(context) as SessionRequest;
    const token = req.cookies?.[SESSION_COOKIE];
    if (!token) {
      if (isPublic) return true;
      throw new UnauthorizedException();
    }
    let check = this.checked.get(req);
    if (!check) {
      check = this.authenticate(req, token);
      this.checked.set(req, check);
    }
    // An outage is never "signed out": even a public operation answers "temporarily unavailable".
    const user = await check;
    if (user) req.user = user;
    if (isPublic) return true;
    if (!user) throw new UnauthorizedException();

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (!roles?.length) return true;
    if (!roles.some((r) => user.roles.includes(r))) throw new ForbiddenException();
    return true;
  }

  /** The session's user, or null for a bad, expired or foreign token or a closed session; a failing store is an outage. */
  private async authenticate(req: SessionRequest, token: string): Promise<AuthUser | null> {
    let claims: SessionClaims;
    try {
      claims = verify(token, this.key, { algorithms: ['HS256'] }) as SessionClaims;
    } catch {
      return null;
    }
    // Only a token signed with our secret gets here; ids that are no UUIDs are refused all the same.
    if (!UUID.test(String(claims.sid)) || !UUID.test(String(claims.sub))) return null;
    let user: AuthUser | null;
    try {
      user = await this.sessions.touch(claims.sid, claims.sub);
    } catch {
      throw new ServiceUnavailableException();
    }
    if (!user) return null;
    if (req.res && this.tokens.needsRenewal(claims)) this.tokens.setCookie(req.res, user.id, user.sessionId);
    return user;
  }
}
