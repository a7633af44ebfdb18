import { inject, Injectable } from '@angular/core';
import { I18nService } from '@koko/web/shared/util';
import { isServiceUnavailable } from './service-availability';

/** A failed API call reduced to what the UI needs: a stable code and a (server-translated) message. */
export interface ApiError {
  code: string;
  message: string;
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: { code?: unknown; reason?: unknown } | null;
}

function firstGraphQLError(error: unknown, depth = 0): GraphQLErrorLike | undefined {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const candidate = error as { errors?: unknown; result?: unknown; error?: unknown; cause?: unknown };
  if (Array.isArray(candidate.errors) && candidate.errors.length > 0) {
    return candidate.errors[0] as GraphQLErrorLike;
  }
  return (
    firstGraphQLError(candidate.result, depth + 1) ??
    firstGraphQLError(candidate.error, depth + 1) ??
    firstGraphQLError(candidate.cause, depth + 1)
  );
}

function isNetworkError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: unknown; status?: unknown; statusCode?: unknown };
  return e.name === 'HttpErrorResponse' || e.name === 'ServerError' || e.status === 0 || typeof e.statusCode === 'number';
}

/**
 * Extracts `extensions.code` and `message` from GraphQL errors (Apollo `CombinedGraphQLErrors`, HTTP error bodies).
 * Falls back to the given message when the error carries none.
 */
export function extractApiError(error: unknown, fallback: ApiError): ApiError {
  const gql = firstGraphQLError(error);
  if (gql) {
    const code = typeof gql.extensions?.code === 'string' ? gql.extensions.code : fallback.code;
    const message = typeof gql.message === 'string' && gql.message.trim() ? gql.message : fallback.message;
    return { code, message };
  }
  return fallback;
}

/** Turns any thrown API error into a displayable `ApiError` in the current UI language. */
@Injectable({ providedIn: 'root' })
export class ApiErrorService {
  private readonly i18n = inject(I18nService);

  describe(error: unknown): ApiError {
    const fallback: ApiError = isServiceUnavailable(error)
      ? { code: 'SERVICE_UNAVAILABLE', message: this.i18n.t('error.unavailable') }
      : isNetworkError(error)
      ? { code: 'NETWORK', message: this.i18n.t('error.network') }
      : { code: 'UNKNOWN', message: this.i18n.t('error.generic') };
    // Ids only ever come from links: a malformed one is a broken link, shown as "not found".
    if (firstGraphQLError(error)?.extensions?.reason === 'invalidId') return { code: 'NOT_FOUND', message: this.i18n.t('error.brokenLink') };
    return extractApiError(error, fallback);
  }
}
