import { Locale, Role } from '@koko/shared';

/** Who is calling: set on the request by the session guard. */
export interface AuthUser {
  id: string;
  sessionId: string;
  email: string;
  roles: Role[];
  locale: Locale;
}

/**
 * Implemented by the identity domain: checks that a session is still open, its user still active,
 * and slides its inactivity window.
 */
export interface SessionStore {
  touch(sessionId: string, userId: string): Promise<AuthUser | null>;
}

export const SESSION_STORE = Symbol('SESSION_STORE');
export const SESSION_COOKIE = 'koko_session';
