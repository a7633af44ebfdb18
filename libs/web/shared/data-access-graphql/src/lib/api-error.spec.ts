import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { I18nService } from '@koko/web/shared/util';
import { ApiErrorService, extractApiError } from './api-error';

const fallback = { code: 'UNKNOWN', message: 'Fehler' };

describe('extractApiError', () => {
  it('reads code and translated message from Apollo CombinedGraphQLErrors', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'E-Mail-Adresse oder Passwort ist nicht korrekt.', extensions: { code: 'INVALID_CREDENTIALS' } }],
    });
    expect(extractApiError(error, fallback)).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'E-Mail-Adresse oder Passwort ist nicht korrekt.',
    });
  });

  it('reads GraphQL errors from an HTTP error body (e.g. 400 BAD_USER_INPUT)', () => {
    const error = { name: 'HttpErrorResponse', status: 400, error: { errors: [{ message: 'Bitte prüfen Sie Ihre Eingaben.', extensions: { code: 'BAD_USER_INPUT' } }] } };
    expect(extractApiError(error, fallback)).toEqual({ code: 'BAD_USER_INPUT', message: 'Bitte prüfen Sie Ihre Eingaben.' });
  });

  it('falls back when the error carries no GraphQL errors', () => {
    expect(extractApiError(new Error('boom'), fallback)).toEqual(fallback);
    expect(extractApiError(undefined, fallback)).toEqual(fallback);
  });
});

describe('ApiErrorService', () => {
  beforeEach(() => localStorage.clear());

  it('uses a translated network message when the server is unreachable', () => {
    const service = TestBed.inject(ApiErrorService);
    expect(service.describe({ name: 'HttpErrorResponse', status: 0 })).toEqual({
      code: 'NETWORK',
      message: 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    });
    TestBed.inject(I18nService).setLocale('en');
    expect(service.describe(new Error('x')).message).toBe('Something went wrong. Please try again.');
  });
});

describe('ApiErrorService and broken links', () => {
  beforeEach(() => localStorage.clear());

  it('turns a malformed id from a link into "not found" instead of a technical input message', () => {
    const service = TestBed.inject(ApiErrorService);
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Das Feld „id“ enthält keine gültige Kennung.', extensions: { code: 'BAD_USER_INPUT', reason: 'invalidId', field: 'id' } }],
    });
    expect(service.describe(error)).toEqual({ code: 'NOT_FOUND', message: expect.stringContaining('Diesen Eintrag gibt es nicht') });
    const other = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Das Feld „name“ ist zu lang.', extensions: { code: 'BAD_USER_INPUT', reason: 'tooLong' } }] });
    expect(service.describe(other)).toEqual({ code: 'BAD_USER_INPUT', message: 'Das Feld „name“ ist zu lang.' });
  });
});
