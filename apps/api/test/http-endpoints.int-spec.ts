import { createUser, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { startApp } from './support/app';

const UNKNOWN = '0b6f1c1e-3c1a-4c7e-9f55-0d9c1e0a4b21';

/** The endpoints outside GraphQL answer malformed ids, methods, ranges and headers with a clear 4xx. */
describe('HTTP endpoints outside GraphQL', () => {
  let t: TestApp;
  let adminCookie: string;
  beforeAll(async () => {
    t = await startApp();
    const admin = await createUser(t.db, { roles: [Role.ADMIN] });
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `mutation($input: SignInInput!) { signIn(input: $input) { id } }`, variables: { input: { email: admin.email, password: admin.password } } });
    adminCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  });
  afterAll(() => t.close());

  it.each([
    ['GET', "/api/files/abc'--"],
    ['GET', '/api/certificates/not-a-uuid.pdf'],
    ['GET', '/api/cohorts/%00/certificates.zip'],
    ['GET', '/api/calendar/cohorts/12.ics'],
    ['GET', '/api/calendar/%E0%A4%A.ics'],
    ['GET', '/api/calendar/unknown-token.ics'],
    ['GET', '/api/short-formats/not-a-uuid.ics'],
    ['GET', `/api/short-formats/${UNKNOWN}.ics`],
    ['GET', '/api/counselling/appointments/not-a-uuid.ics'],
    ['GET', `/api/counselling/files/${UNKNOWN}`],
    ['POST', '/api/counselling/requests/not-a-uuid/files'],
    ['POST', `/api/counselling/requests/${UNKNOWN}/files`],
    ['GET', `/api/counselling/appointments/${UNKNOWN}.ics`],
    ['GET', '/dev/mail/not-a-uuid'],
    ['GET', `/api/files/${UNKNOWN}`],
    ['POST', '/api/attempts/not-a-uuid/files'],
    ['POST', `/api/attempts/${UNKNOWN}/feedback-files`],
    ['DELETE', `/api/files/${UNKNOWN}`],
    ['PUT', '/graphql'],
    ['PATCH', '/health'],
  ])('%s %s answers 4xx with a body, as admin', async (method, path) => {
    const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const res = await t.http()[verb](path)
      .set('cookie', adminCookie)
      .set('range', 'bytes=999-1');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.text.length).toBeGreaterThan(0);
    expect(res.text).not.toMatch(/QueryFailedError|invalid input syntax|relation "/);
    // Apollo's own refusals carry a stack trace outside production by design (production-posture.int-spec.ts).
    if (!path.startsWith('/graphql')) expect(res.text).not.toMatch(/\bat \S+ \(|\.ts:\d+/);
  });

  it('answers an unsupported charset or a wrong content type on /graphql with 4xx', async () => {
    const charset = await t.http().post('/graphql').set('content-type', 'application/json; charset=klingon').send('{"query":"{ appInfo { version } }"}');
    expect(charset.status).toBeGreaterThanOrEqual(400);
    expect(charset.status).toBeLessThan(500);
    const xml = await t.http().post('/graphql').set('content-type', 'application/xml').send('<query/>');
    expect(xml.status).toBeGreaterThanOrEqual(400);
    expect(xml.status).toBeLessThan(500);
  });
});
