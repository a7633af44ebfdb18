import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@koko/web/shared/data-access-graphql/core';
import { SessionStore } from './session.store';

export const SIGN_IN_PATH = '/anmelden';

/** Lets signed-in users through; everyone else goes to the sign-in page (remembering where they wanted to go). */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const user = await session.ensureLoaded();
  if (user) return true;
  // The API could not say (temporarily unavailable): stay where you are; the shell explains why.
  if (session.sessionUnknown()) return false;
  return router.createUrlTree([SIGN_IN_PATH], state.url && state.url !== '/' ? { queryParams: { returnUrl: state.url } } : {});
};

/** For pages that make no sense when signed in (sign-in page): signed-in users go home. */
export const signedOutGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const user = await session.ensureLoaded();
  return user ? router.createUrlTree(['/']) : true;
};

/** Requires one of the given roles; use after `signedInGuard`. */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const session = inject(SessionStore);
    const router = inject(Router);
    const user = await session.ensureLoaded();
    if (!user && session.sessionUnknown()) return false;
    if (!user) return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
    return roles.some((role) => user.roles.includes(role)) ? true : router.createUrlTree(['/']);
  };
}
