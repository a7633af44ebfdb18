import { ExecutionContext, ForbiddenException, Injectable, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { Role } from '@koko/shared';
import { AuthUser, SESSION_COOKIE } from './auth-user';
import { IS_PUBLIC, requestOf, ROLES } from './decorators';

/**
 * Global guard: every operation requires a valid session unless marked @Public();
 * @Roles(...) narrows it further. Public operations still learn who is calling, if anyone.
 */
@Injectable()
export class SessionAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    // No session cookie: nothing to check. Answer at once instead of letting passport build (and
    // throw away) a "no auth token" error on every anonymous request.
    const cookies = (requestOf(context) as { cookies?: Record<string, string> }).cookies;
    if (!cookies?.[SESSION_COOKIE]) {
      if (isPublic) return true;
      throw new UnauthorizedException();
    }
    let authenticated = false;
    try {
      authenticated = (await super.canActivate(context)) as boolean;
    } catch (error) {
      // An outage is never "signed out": even a public operation answers "temporarily unavailable".
      if (!isPublic || error instanceof ServiceUnavailableException) throw error;
    }
    if (isPublic) return true;
    if (!authenticated) throw new UnauthorizedException();

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (!roles?.length) return true;
    const user = requestOf(context).user as AuthUser;
    if (!roles.some((r) => user.roles.includes(r))) throw new ForbiddenException();
    return true;
  }

  /**
   * passport-jwt reports a bad, expired or foreign token as "no user"; an error means the session
   * check itself failed (the database is down), which must not look like a sign-out.
   */
  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw new ServiceUnavailableException();
    if (!user) throw new UnauthorizedException();
    return user;
  }
}
