import { Injectable, signal } from '@angular/core';
import { ErrorCode } from '@koko/shared';

interface ErrorShape {
  errors?: unknown;
  extensions?: { code?: unknown } | null;
  status?: unknown;
  statusCode?: unknown;
  result?: unknown;
  error?: unknown;
  cause?: unknown;
}

/**
 * True when the API said it is temporarily unavailable: the GraphQL code `SERVICE_UNAVAILABLE` (the
 * database is down) or an HTTP 503. Such an answer is never a sign-out.
 */
export function isServiceUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as ErrorShape;
  if (e.status === 503 || e.statusCode === 503) return true;
  if (e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isServiceUnavailable(inner, depth + 1))) return true;
  return isServiceUnavailable(e.result, depth + 1) || isServiceUnavailable(e.error, depth + 1) || isServiceUnavailable(e.cause, depth + 1);
}

/**
 * Whether the API is reachable, as the last answers said: set by an unavailable answer, cleared by the
 * next successful one. The shell shows a notice while it is set; nobody is sent to the sign-in page.
 */
@Injectable({ providedIn: 'root' })
export class ServiceAvailability {
  private readonly state = signal(false);
  readonly unavailable = this.state.asReadonly();

  report(): void {
    this.state.set(true);
  }

  recovered(): void {
    if (this.state()) this.state.set(false);
  }
}
