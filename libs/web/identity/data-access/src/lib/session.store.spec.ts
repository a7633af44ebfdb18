import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, UrlTree, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import { ServiceAvailability } from '@koko/web/shared/data-access-graphql';
import { Apollo } from 'apollo-angular';
import { of, throwError } from 'rxjs';
import { roleGuard, signedInGuard } from './guards';
import { SessionStore } from './session.store';

const user = { __typename: 'User', id: 'u1', email: 'anna@example.org', displayName: 'Anna', certificateName: 'Anna', certificateTitle: 'INCLUSIVE', locale: 'DE', roles: ['PARTICIPANT'] };
const appInfo = { __typename: 'AppInfo', devMail: false, defaultLocale: 'de', version: '1', uploadMaxBytes: 1024, uploadMaxFiles: 2 };
const unavailable = { errors: [{ message: 'KoKo Campus ist vorübergehend nicht erreichbar.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] };
const signedOut = { errors: [{ message: 'Bitte melden Sie sich an.', extensions: { code: 'UNAUTHENTICATED' } }] };

function setup(answers: unknown[]) {
  const query = jest.fn(() => {
    const next = answers.shift();
    return next && typeof next === 'object' && 'errors' in next ? throwError(() => next) : of({ data: next });
  });
  TestBed.configureTestingModule({
    providers: [provideRouter([]), { provide: Apollo, useValue: { query, client: { clearStore: jest.fn(async () => undefined) } } }],
  });
  const run = (guard: typeof signedInGuard) =>
    TestBed.runInInjectionContext(() => guard({} as ActivatedRouteSnapshot, { url: '/mein-weg' } as RouterStateSnapshot)) as Promise<boolean | UrlTree>;
  return { session: TestBed.inject(SessionStore), availability: TestBed.inject(ServiceAvailability), router: TestBed.inject(Router), run };
}

describe('SessionStore while the API is unavailable', () => {
  it('keeps a signed-in user signed in and where they are, and says the session is unknown', async () => {
    const { session, availability, run } = setup([{ me: user, appInfo }, unavailable, unavailable]);
    expect(await session.ensureLoaded()).toMatchObject({ id: 'u1' });
    expect(await session.ensureLoaded(true)).toMatchObject({ id: 'u1' });
    expect(session.signedIn()).toBe(true);
    expect(session.sessionUnknown()).toBe(true);
    expect(availability.unavailable()).toBe(true);
    expect(session.appInfo()).toMatchObject({ uploadMaxFiles: 2 });
    expect(await run(signedInGuard)).toBe(true);
  });

  it('never sends anyone to the sign-in page on a first load during the outage, and does once the API says so', async () => {
    const { session, router, run } = setup([unavailable, unavailable, signedOut]);
    expect(await run(signedInGuard)).toBe(false);
    expect(await run(roleGuard('ADMIN'))).toBe(false);
    expect(session.sessionUnknown()).toBe(true);
    const tree = await run(signedInGuard);
    expect(tree instanceof UrlTree && router.serializeUrl(tree)).toBe('/anmelden?returnUrl=%2Fmein-weg');
    expect(session.sessionUnknown()).toBe(false);
  });

  it('clears the unknown state with the next answer', async () => {
    const { session, run } = setup([unavailable, { me: user, appInfo }]);
    expect(await run(signedInGuard)).toBe(false);
    expect(await session.ensureLoaded()).toMatchObject({ id: 'u1' });
    expect(session.sessionUnknown()).toBe(false);
  });
});
