import { parseConfig } from '@koko/api/core/config';
import { createUser, TestApp } from '@koko/api/testing';
import { createServer } from 'node:net';
import { startApp } from './support/app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function addressKeys(t: TestApp): Promise<string[]> {
  const rows: { key: string }[] = await t.db.query(`SELECT key FROM login_throttle WHERE key LIKE 'address:%' ORDER BY key`);
  return rows.map((r) => r.key);
}

const PRODUCTION = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://campus.test',
  TRUST_PROXY: '10.1.2.3',
  JWT_SECRET: 'a-production-secret-for-the-posture-test-0123456789',
  CERTIFICATE_SIGNATORIES: 'Prof. Dr. Jana Prüferin|Präsidentin;Dr. Ole Leitung|Programmleitung',
  CREDENTIAL_SIGNING_KEY: 'zruzysUQcseBgW1ahJ2Y3QVRM18EsRzY6p84HK74eCjEqG5f4fReJ2TUDF1kMEgPdK1osYymt8c9vZmCpZauELtQD8G',
  MAIL_TRANSPORT: 'smtp',
  SMTP_HOST: 'smtp.campus.test',
};

/** NODE_ENV=production behind https, the proxy not trusted (the test client is 127.0.0.1). */
describe('production posture', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({
      ...PRODUCTION,
      MAIL_TRANSPORT: 'smtp',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(await closedPort()),
    });
  });
  afterAll(() => t.close());

  it('refuses to start without real certificate signatories, like without JWT_SECRET', () => {
    const withoutSignatories: Partial<typeof PRODUCTION> = { ...PRODUCTION };
    delete withoutSignatories.CERTIFICATE_SIGNATORIES;
    expect(() => parseConfig(PRODUCTION)).not.toThrow();
    expect(() => parseConfig(withoutSignatories)).toThrow(/CERTIFICATE_SIGNATORIES: required in production/);
    expect(t.config.certificates.signatories).toEqual([
      { name: 'Prof. Dr. Jana Prüferin', role: 'Präsidentin' },
      { name: 'Dr. Ole Leitung', role: 'Programmleitung' },
    ]);
  });

  it('sends HSTS and upgrades insecure requests when PUBLIC_URL is https', async () => {
    const res = await t.http().get('/health');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
  });

  it('marks the session cookie Secure (and httpOnly, SameSite=Lax)', async () => {
    const user = await createUser(t.db);
    const res = await t.client().run(SIGN_IN, { input: { email: user.email, password: user.password } });
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join(';');
    expect(cookie).toMatch(/koko_session=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('refuses introspection and serves no landing page', async () => {
    const res = await t.client().run(`{ __schema { queryType { name } } }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const page = await t.http().get('/graphql').set('accept', 'text/html');
    expect(page.status).toBe(400);
    expect(page.text).not.toMatch(/<html|<!doctype/i);
  });

  it('answers errors without stack traces or internal detail', async () => {
    const bad = await t.client().run(`{ cohort(id: "x") { id } }`);
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id', reason: 'invalidId' });
    const unauthenticated = await t.http().post('/graphql').set('content-type', 'application/json').send({ query: `{ myEnrolments { id } }` });
    expect(unauthenticated.body.errors[0].message).toBe('Bitte melden Sie sich an.');
    expect(unauthenticated.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy: throttling keys on the real address', async () => {
    for (const spoofed of ['203.0.113.7', '198.51.100.9']) {
      const res = await t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-forwarded-for', spoofed)
        .send({ query: SIGN_IN, variables: { input: { email: 'niemand@example.org', password: 'falsch-falsch' } } });
      expect(res.body.errors[0].extensions.code).toBe('INVALID_CREDENTIALS');
    }
    const keys = await addressKeys(t);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^address:(::ffff:)?127\.0\.0\.1$|^address:::1$/);
    const [{ failures }] = await t.db.query(`SELECT failures FROM login_throttle WHERE key = $1`, [keys[0]]);
    expect(failures).toBe(2);
  });
});

describe('behind a trusted proxy (TRUST_PROXY=loopback)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ TRUST_PROXY: 'loopback' });
  });
  afterAll(() => t.close());

  it('keys sign-in throttling on the client address the proxy forwards', async () => {
    await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', '203.0.113.7')
      .send({ query: SIGN_IN, variables: { input: { email: 'niemand@example.org', password: 'falsch-falsch' } } });
    expect(await addressKeys(t)).toEqual(['address:203.0.113.7']);
  });
});
