import { MunicipalityImportService } from '@koko/api/catalogue';
import { DemoSeedService } from '@koko/api/demo';
import { TestApp } from '@koko/api/testing';
import type { AddressInfo } from 'node:net';
import { Client, Pool } from 'pg';
import { BenchFixture, BenchRole, benchCookies, createBaselineServer, SCENARIOS, seedLargeDataSet, sessionCookie } from '@koko/tools/bench-api';
import { startApp } from './support/app';

/**
 * Keeps `npm run bench:api` from rotting: its bulk seed still fits the schema, its session cookies
 * still open the API, and for every scenario the hand-written baseline answers exactly what the API
 * answers (a baseline that did less work would flatter the ratio).
 */
describe('API benchmark: the baseline answers what the API answers', () => {
  let t: TestApp;
  let db: Client;
  let pool: Pool;
  let baseline: ReturnType<typeof createBaselineServer>;
  let fixture: BenchFixture;
  let cookies: Record<BenchRole, string>;

  beforeAll(async () => {
    t = await startApp({ VERIFY_MAX_PER_MINUTE: '10000' });
    await t.app.get(MunicipalityImportService).loadDefaultListIfEmpty();
    await t.app.get(DemoSeedService).seed();
    const url = String(t.config.database.url);
    db = new Client({ connectionString: url });
    await db.connect();
    ({ fixture } = await seedLargeDataSet(db));
    const secret = t.config.auth.jwtSecret;
    cookies = await benchCookies(db, fixture, secret);
    pool = new Pool({ connectionString: url, max: 4 });
    baseline = createBaselineServer({ pool, jwtSecret: secret, sessionIdleMinutes: t.config.auth.sessionIdleMinutes, verifyPerMinute: 10_000 });
    await new Promise<void>((r) => baseline.listen(0, '127.0.0.1', r));
  }, 180_000);

  afterAll(async () => {
    baseline.closeAllConnections();
    await new Promise((r) => baseline.close(r));
    await pool.end();
    await db.end();
    await t.close();
  });

  /** Rows whose order the API leaves to PostgreSQL are compared in a fixed order; a write's new version and time are left out. */
  const comparable = (body: unknown) =>
    JSON.parse(JSON.stringify(body, (key, value) => (key === 'version' || key === 'draftSavedAt' ? typeof value : value)), (key, value) =>
      key === 'cohortProgress' && Array.isArray(value) ? [...value].sort((a, b) => a.enrolmentId.localeCompare(b.enrolmentId)) : value,
    );

  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const body = { query: scenario.query, variables: scenario.variables(fixture) };
    const cookie = cookies[scenario.role];
    const api = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('apollo-require-preflight', 'true')
      .set(cookie ? { cookie } : {})
      .send(body);
    const port = (baseline.address() as AddressInfo).port;
    const answer = await fetch(`http://127.0.0.1:${port}/baseline/${scenario.baseline ?? scenario.name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    const base = await answer.json();
    expect(api.status).toBe(200);
    expect(api.body.errors).toBeUndefined();
    expect(base.errors).toBeUndefined();
    // Not trivially equal: every scenario answers data from the large data set.
    if (!scenario.floor) expect(JSON.stringify(api.body.data).length).toBeGreaterThan(60);
    expect(comparable(base)).toEqual(comparable(api.body));
  });

  it('refuses a cookie whose session was ended, as the API does', async () => {
    const cookie = await sessionCookie(db, fixture.participantId, t.config.auth.jwtSecret);
    const { sid } = JSON.parse(Buffer.from(cookie.split('.')[1], 'base64url').toString('utf8')) as { sid: string };
    await db.query(`UPDATE user_sessions SET revoked_at = now() WHERE id = $1`, [sid]);
    const port = (baseline.address() as AddressInfo).port;
    const base = await (
      await fetch(`http://127.0.0.1:${port}/baseline/myProgress`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{}' })
    ).json();
    const api = await t.http().post('/graphql').set('content-type', 'application/json').set('cookie', cookie).send({ query: '{ myProgress { enrolmentId } }' });
    expect(base.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(api.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
