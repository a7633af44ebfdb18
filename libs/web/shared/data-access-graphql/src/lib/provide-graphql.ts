import { provideHttpClient, withFetch } from '@angular/common/http';
import { type EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { I18nService } from '@koko/web/shared/util';
import { provideApollo } from 'apollo-angular';
import { tap } from 'rxjs';
import { HttpLink } from 'apollo-angular/http';
import { isServiceUnavailable, ServiceAvailability } from './service-availability';
import { SessionExpiry } from './session-expiry';
import { ErrorCode } from '@koko/shared';

export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * Apollo client talking to the same-origin API. The session cookie is httpOnly and sent automatically;
 * `apollo-require-preflight` satisfies the server's CSRF prevention; `Accept-Language` carries the UI language
 * so that error messages come back translated.
 */
export function provideGraphql(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(withFetch()),
    provideApollo(() => {
      const httpLink = inject(HttpLink);
      const i18n = inject(I18nService);
      const sessionExpiry = inject(SessionExpiry);
      const availability = inject(ServiceAvailability);
      const expiryLink = new ErrorLink(({ error }) => {
        // "Temporarily unavailable" (database down, 503) is never a sign-out: the shell says so and the user stays.
        if (isServiceUnavailable(error)) {
          availability.report();
          return;
        }
        if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === ErrorCode.UNAUTHENTICATED)) {
          sessionExpiry.notify();
        }
      });
      // Any answer without an unavailable error means the API is back.
      const recoveryLink = new ApolloLink((operation, forward) =>
        forward(operation).pipe(
          tap((result) => {
            if (!isServiceUnavailable(result)) availability.recovered();
          }),
        ),
      );
      const headersLink = new ApolloLink((operation, forward) => {
        operation.setContext((context: { headers?: Record<string, string> }) => ({
          headers: {
            ...(context.headers ?? {}),
            'Accept-Language': i18n.locale(),
            'apollo-require-preflight': 'true',
          },
        }));
        return forward(operation);
      });
      return {
        link: ApolloLink.from([expiryLink, recoveryLink, headersLink, httpLink.create({ uri: GRAPHQL_ENDPOINT, withCredentials: true })]),
        cache: new InMemoryCache(),
        defaultOptions: {
          watchQuery: { fetchPolicy: 'network-only' },
          query: { fetchPolicy: 'network-only' },
        },
      };
    }),
  ]);
}
