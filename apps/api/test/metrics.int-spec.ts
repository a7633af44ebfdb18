import { JobsService } from '@koko/api/core/jobs';
import { completeModules, createCertificate, createRunningCohort, createUser, TestApp } from '@koko/api/testing';
import { startApp } from './support/app';

const TOKEN = 'metrics-token-0123456789abcdef0123456789';
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;

/** Prometheus' text format: `name{a="x",b="y"} value` (help and type lines skipped). */
function samples(text: string): { name: string; labels: Record<string, string>; value: number }[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m) throw new Error(`Not a sample line: ${line}`);
      const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
      return { name: m[1], labels, value: Number(m[3]) };
    });
}

/** The value of the sample with this name whose labels include `labels`; undefined when there is none. */
function valueOf(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  return samples(text).find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}

describe('metrics', () => {
  let t: TestApp;
  const scrape = async () => {
    const res = await t.http().get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    return res.text;
  };
  /** Scrapes until `check` holds (jobs run in the background), at most 15 s. */
  const eventually = async (check: (text: string) => boolean) => {
    const until = Date.now() + 15_000;
    for (;;) {
      const text = await scrape();
      if (check(text) || Date.now() > until) return text;
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  beforeAll(async () => {
    // The mail worker never polls during the test, so a queued mail stays in the outbox.
    t = await startApp({ METRICS_TOKEN: TOKEN, JOBS_ENABLED: 'true', MAIL_POLL_MS: '600000' });
  });
  afterAll(() => t.close());

  it('refuses a scrape without the token or with a wrong one (401), and answers the right one in the text format', async () => {
    const none = await t.http().get('/metrics');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(none.text).not.toContain('koko_');
    const wrong = await t.http().get('/metrics').set('authorization', `Bearer ${TOKEN.slice(0, -1)}x`);
    expect(wrong.status).toBe(401);
    const basic = await t.http().get('/metrics').set('authorization', `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}`);
    expect(basic.status).toBe(401);

    const ok = await t.http().get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toMatch(/^text\/plain; .*version=0\.0\.4/);
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(ok.text).toContain('# TYPE koko_graphql_request_duration_seconds histogram');
    expect(valueOf(ok.text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts and times GraphQL requests per operation, and errors by code', async () => {
    const user = await createUser(t.db);
    const client = t.client();
    await client.signIn(user.email, user.password);
    await client.ok(`{ me { id } }`);
    await client.ok(`{ me { id } }`);
    expect((await t.client().error(SIGN_IN, { input: { email: user.email, password: 'wrong-password-1!' } })).code).toBe('INVALID_CREDENTIALS');
    expect((await t.client().error(`{ noSuchField }`)).code).toBe('GRAPHQL_VALIDATION_FAILED');
    // A client-chosen operation name does not become a label: the root field does.
    await client.agent.post('/graphql').set('content-type', 'application/json').send({ query: 'query Invented123 { me { id } }', operationName: 'Invented123' });

    const text = await scrape();
    expect(valueOf(text, 'koko_graphql_requests_total', { operation: 'signIn', type: 'mutation', outcome: 'ok' })).toBe(1);
    expect(valueOf(text, 'koko_graphql_requests_total', { operation: 'signIn', type: 'mutation', outcome: 'error' })).toBe(1);
    expect(valueOf(text, 'koko_graphql_requests_total', { operation: 'me', type: 'query', outcome: 'ok' })).toBe(3);
    expect(valueOf(text, 'koko_graphql_requests_total', { operation: '(invalid)', outcome: 'error' })).toBe(1);
    expect(text).not.toContain('Invented123');
    expect(valueOf(text, 'koko_graphql_request_duration_seconds_count', { operation: 'me', type: 'query' })).toBe(3);
    expect(valueOf(text, 'koko_graphql_request_duration_seconds_bucket', { operation: 'me', type: 'query', le: '+Inf' })).toBe(3);
    expect(valueOf(text, 'koko_graphql_request_duration_seconds_sum', { operation: 'me', type: 'query' })).toBeGreaterThan(0);
    expect(valueOf(text, 'koko_graphql_errors_total', { code: 'INVALID_CREDENTIALS' })).toBe(1);
    expect(valueOf(text, 'koko_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(valueOf(text, 'koko_http_responses_total', { area: 'graphql', status: '2xx' })).toBeGreaterThanOrEqual(4);
    expect(valueOf(text, 'koko_http_responses_total', { area: 'metrics', status: '4xx' })).toBeGreaterThanOrEqual(3);
  });

  it('reports the database pool of this instance', async () => {
    const text = await scrape();
    expect(valueOf(text, 'koko_db_pool_max')).toBe(t.config.database.poolSize);
    expect(valueOf(text, 'koko_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    // The scrape's own queries (outbox, job queue) run while the pool is read: some may wait for a connection.
    expect(valueOf(text, 'koko_db_pool_connections', { state: 'waiting' })).toBeGreaterThanOrEqual(0);
    expect(valueOf(text, 'koko_db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(0);
  });

  it('reports the mail outbox backlog and the age of its oldest mail', async () => {
    const before = await scrape();
    expect(valueOf(before, 'koko_mail_outbox_pending')).toBe(0);
    expect(valueOf(before, 'koko_mail_outbox_oldest_pending_age_seconds')).toBe(0);
    const user = await createUser(t.db);
    await t.client().ok(`mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`, { input: { email: user.email } });
    await new Promise((r) => setTimeout(r, 1100));

    const text = await scrape();
    expect(valueOf(text, 'koko_mail_outbox_pending')).toBe(1);
    expect(valueOf(text, 'koko_mail_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, 'koko_mail_outbox_failed')).toBe(0);
  });

  it('reports job queue depth by queue and state, and failed jobs', async () => {
    const jobs = t.app.get(JobsService);
    let release = () => undefined as void;
    const released = new Promise<void>((r) => (release = r));
    await jobs.work('metrics-test.slow', () => released);
    await jobs.work('metrics-test.broken', async () => {
      throw new Error('broken on purpose');
    });
    await jobs.send('metrics-test.slow');
    await jobs.send('metrics-test.slow');
    await jobs.send('metrics-test.broken');

    const text = await eventually(
      (s) =>
        valueOf(s, 'koko_jobs', { queue: 'metrics-test.slow', state: 'active' }) === 1 &&
        valueOf(s, 'koko_jobs_processed_total', { queue: 'metrics-test.broken', outcome: 'failed' }) === 1,
    );
    release();
    expect(valueOf(text, 'koko_jobs', { queue: 'metrics-test.slow', state: 'active' })).toBe(1);
    expect(valueOf(text, 'koko_jobs', { queue: 'metrics-test.slow', state: 'created' })).toBe(1);
    expect(valueOf(text, 'koko_jobs_processed_total', { queue: 'metrics-test.broken', outcome: 'failed' })).toBe(1);
    // Failed once, waiting for its retry.
    expect(valueOf(text, 'koko_jobs', { queue: 'metrics-test.broken', state: 'retry' })).toBe(1);

    const done = await eventually((s) => valueOf(s, 'koko_jobs_processed_total', { queue: 'metrics-test.slow', outcome: 'completed' }) === 2);
    expect(valueOf(done, 'koko_jobs_processed_total', { queue: 'metrics-test.slow', outcome: 'completed' })).toBe(2);
    expect(valueOf(done, 'koko_jobs', { queue: 'metrics-test.slow', state: 'created' })).toBeUndefined();
  });

  it('counts certificates issued', async () => {
    expect(valueOf(await scrape(), 'koko_certificates_issued_total', { kind: 'first', mode: 'manual' })).toBeUndefined();
    const f = await createRunningCohort(t.db, { participants: 2 });
    await completeModules(t.db, f, f.enrolmentIds);
    await createCertificate(t, f.enrolmentIds[0]);
    await createCertificate(t, f.enrolmentIds[1]);
    expect(valueOf(await scrape(), 'koko_certificates_issued_total', { kind: 'first', mode: 'manual' })).toBe(2);
  });
});

describe('metrics without METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('are switched off: /metrics answers 404, also with a token', async () => {
    expect((await t.http().get('/metrics')).status).toBe(404);
    expect((await t.http().get('/metrics').set('authorization', `Bearer ${TOKEN}`)).status).toBe(404);
  });
});
