import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { isServiceUnavailable, ServiceAvailability } from './service-availability';

describe('isServiceUnavailable', () => {
  it('recognises the GraphQL code SERVICE_UNAVAILABLE and HTTP 503, in whatever wrapper', () => {
    const graphql = new CombinedGraphQLErrors({ errors: [{ message: 'KoKo Campus ist vorübergehend nicht erreichbar.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    expect(isServiceUnavailable(graphql)).toBe(true);
    expect(isServiceUnavailable({ data: { me: null }, errors: [{ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE' } }] })).toBe(true);
    expect(isServiceUnavailable(new ServerError('Service unavailable', { response: { status: 503 } as Response, bodyText: '' }))).toBe(true);
    expect(isServiceUnavailable({ name: 'HttpErrorResponse', status: 503 })).toBe(true);
    expect(isServiceUnavailable({ cause: { statusCode: 503 } })).toBe(true);
  });

  it('does not mistake a sign-out, another error or a normal answer for an outage', () => {
    expect(isServiceUnavailable(new CombinedGraphQLErrors({ errors: [{ message: 'Bitte melden Sie sich an.', extensions: { code: 'UNAUTHENTICATED' } }] }))).toBe(false);
    expect(isServiceUnavailable({ name: 'HttpErrorResponse', status: 500 })).toBe(false);
    expect(isServiceUnavailable({ data: { me: { id: 'u1' } } })).toBe(false);
    expect(isServiceUnavailable(null)).toBe(false);
    expect(isServiceUnavailable('SERVICE_UNAVAILABLE')).toBe(false);
  });
});

describe('ServiceAvailability', () => {
  it('is set by an unavailable answer and cleared by the next good one', () => {
    const availability = new ServiceAvailability();
    expect(availability.unavailable()).toBe(false);
    availability.report();
    expect(availability.unavailable()).toBe(true);
    availability.recovered();
    expect(availability.unavailable()).toBe(false);
  });
});
