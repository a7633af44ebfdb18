import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '@koko/shared';
import type { Request } from 'express';
import { AuthUser } from './auth-user';

export const IS_PUBLIC = 'koko:isPublic';
export const ROLES = 'koko:roles';

/** Open to anonymous callers. Everything else requires a signed-in user. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only users holding at least one of these roles may call it. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export function requestOf(context: ExecutionContext): Request {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}

/** The signed-in user (undefined on public operations called anonymously). */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext) => (requestOf(context) as Request & { user?: AuthUser }).user,
);
