import { createUser, refuseInserts, TestApp } from '@koko/api/testing';
import { createServer } from 'node:net';
import { startApp } from './support/app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;

/** `__type … fields { type { ofType … } }` nests `levels` ofType fields below depth 3. */
function nestedTypeQuery(levels: number): string {
  return `{ __type(name: "User") { fields { type { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } } } }`;
}

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

describe('API conventions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  describe('health', () => {
    it('GET /health answers 200 with the database up, without a session', async () => {
      const res = await t.http().get('/health');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    });
  });

  describe('security headers (helmet)', () => {
    it.each(['/health', '/graphql'])('%s carries them', async (path) => {
      const res =
        path === '/graphql'
          ? await t.http().post(path).set('content-type', 'application/json').send({ query: '{ appInfo { version } }' })
          : await t.http().get(path);
      expect(res.status).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).not.toContain('upgrade-insecure-requests'); // PUBLIC_URL is http:// in tests
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['strict-transport-security']).toBeUndefined();
    });
  });

  describe('request id', () => {
    it('echoes a well-formed x-request-id', async () => {
      const res = await t.http().get('/health').set('x-request-id', 'lb-trace-0123456789');
      expect(res.headers['x-request-id']).toBe('lb-trace-0123456789');
    });

    it('gives every response an id of its own when none (or a malformed one) was sent', async () => {
      const none = await t.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ me { id } }' });
      const other = await t.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ me { id } }' });
      expect(none.headers['x-request-id']).toMatch(UUID);
      expect(other.headers['x-request-id']).toMatch(UUID);
      expect(other.headers['x-request-id']).not.toBe(none.headers['x-request-id']);
      const bad = await t.http().get('/health').set('x-request-id', 'x<script>');
      expect(bad.headers['x-request-id']).toMatch(UUID);
    });
  });

  describe('CSRF prevention', () => {
    it('refuses a "simple" text/plain POST with 400 and does not run it', async () => {
      const user = await createUser(t.db);
      const client = t.client();
      await client.signIn(user.email, user.password);
      const res = await client.agent
        .post('/graphql')
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ query: 'mutation { signOutEverywhere }' }));
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/Cross-Site Request Forgery/);
      // The session survived: the mutation never ran.
      expect(await client.ok(`{ me { id } }`)).toEqual({ me: { id: user.id } });
    });

    it('refuses a GET without a preflight header, answers it with one', async () => {
      const refused = await t.http().get('/graphql').query({ query: '{ me { id } }' });
      expect(refused.status).toBe(400);
      expect(refused.text).toMatch(/Cross-Site Request Forgery/);
      const allowed = await t.http().get('/graphql').query({ query: '{ appInfo { version } }' }).set('apollo-require-preflight', 'true');
      expect(allowed.status).toBe(200);
      expect(allowed.body.data).toEqual({ appInfo: { version: '0.1.0' } });
    });

    it('never runs a mutation over GET', async () => {
      const res = await t.http().get('/graphql').query({ query: 'mutation { signOut }' }).set('apollo-require-preflight', 'true');
      expect(res.status).toBe(405);
    });
  });

  describe('query limits', () => {
    it('answers a query of depth 8, refuses one deeper than 8', async () => {
      const ok = await t.client().run(nestedTypeQuery(4));
      expect(ok.errors).toBeUndefined();
      expect(ok.data).toHaveProperty('__type.fields');

      const deep = await t.client().run(nestedTypeQuery(5));
      expect(deep.data ?? null).toBeNull();
      expect(deep.errors?.[0].message).toBe('Die Abfrage ist zu umfangreich oder zu tief verschachtelt (depth).');
      expect(deep.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
      expect(deep.status).toBe(400);
    });

    it('refuses too many aliases', async () => {
      const query = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: appInfo { version }`).join(' ')} }`;
      const res = await t.client().run(query);
      expect(res.data ?? null).toBeNull();
      expect(res.status).toBe(400);
      expect(res.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
    });
  });

  describe('input validation', () => {
    it('answers BAD_USER_INPUT with a translated message and the failing fields', async () => {
      const de = await t.client('de').error(SIGN_IN, { input: { email: 'keine-adresse', password: 'egal' } });
      expect(de.code).toBe('BAD_USER_INPUT');
      expect(de.message).toBe('Bitte prüfen Sie Ihre Eingaben.');
      expect(de.extensions?.['fields']).toEqual(['email must be an email']);
      const en = await t.client('en').error(SIGN_IN, { input: { email: 'keine-adresse', password: 'egal' } });
      expect(en).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Please check your input.' });
    });

    it('translates the guard errors as well', async () => {
      expect(await t.client('de').error(`mutation { signOut }`)).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Bitte melden Sie sich an.' });
      expect(await t.client('en').error(`mutation { signOut }`)).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Please sign in.' });
    });
  });
});

describe('API conventions in production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-for-the-integration-test-0123456789',
      CERTIFICATE_SIGNATORIES: 'Prof. Dr. Jana Prüferin|Präsidentin;Dr. Ole Leitung|Programmleitung',
      CREDENTIAL_SIGNING_KEY: 'zruzysUQcseBgW1ahJ2Y3QVRM18EsRzY6p84HK74eCjEqG5f4fReJ2TUDF1kMEgPdK1osYymt8c9vZmCpZauELtQD8G',
      MAIL_TRANSPORT: 'smtp',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(await closedPort()),
    });
  });
  afterAll(() => t.close());

  it('unknown errors do not leak details or stack traces', async () => {
    const user = await createUser(t.db);
    await refuseInserts(t.db, 'user_tokens', { message: 'geheimes Detail aus der Datenbank' });
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `mutation($e: String!) { requestPasswordReset(input: { email: $e }) }`, variables: { e: user.email } });
    expect(res.status).toBe(200);
    // The generic message in the caller's language, nothing else.
    expect(res.body.errors).toEqual([
      { message: 'Etwas ist schiefgegangen. Bitte versuchen Sie es später erneut.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(res.text).not.toMatch(/geheim|stacktrace|user_tokens|\.ts:/);
  });

  it('refuses introspection', async () => {
    const res = await t.client().run(`{ __schema { queryType { name } } }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not suggest field names', async () => {
    const res = await t.client().run(`{ mee { id } }`);
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});
