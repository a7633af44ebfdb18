/**
 * Bulk issuing through the job queue while the API keeps answering. Starts the built API
 * (dist/apps/api/main.js, `npx nx run api:build` first) on a throw-away embedded PostgreSQL with the
 * demo data, makes N graduates eligible with SQL, starts one `issueCertificates` batch and, while it
 * runs, measures the latency of a small GraphQL query. Baseline: the same query with the queue idle.
 *
 *   npm run bench -- certificate-queue            (N = 200)
 */
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const N = Number(process.argv.find((a) => a.startsWith('--n='))?.slice(4) ?? 200);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function main(): Promise<void> {
  const [port, pgPort] = [await freePort(), await freePort()];
  const dir = mkdtempSync(join(tmpdir(), 'koko-bench-'));
  chmodSync(dir, 0o777); // embedded PostgreSQL runs initdb as its own user
  const server: ChildProcess = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DATA_DIR: join(dir, 'pg'), STORAGE_DIR: join(dir, 'files'), SEED_DEMO: 'true', LOG_LEVEL: 'warn', JOBS_ENABLED: 'true', WEB_DIST_DIR: join(dir, 'no-web') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 240; i++) {
      try {
        if ((await fetch(`${base}/health`)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const db = new Client({ connectionString: `postgres://koko:koko-local-only@127.0.0.1:${pgPort}/koko` });
    await db.connect().catch(async () => {
      throw new Error('Could not reach the embedded database (user/password/database differ?)');
    });
    const [{ id: cohortId }] = (await db.query(`SELECT id FROM cohorts WHERE name = 'KoKo II – Durchgang 2025'`)).rows;
    const [{ id: municipalityId }] = (await db.query(`SELECT id FROM municipalities WHERE kind <> 'kreis' LIMIT 1`)).rows;
    await db.query(
      `WITH u AS (
         INSERT INTO users (email, display_name, certificate_name, roles, password_hash)
         SELECT 'bench' || g || '@example.org', 'Absolvent:in ' || g, 'Absolvent:in ' || g, '{participant}', NULL FROM generate_series(1, $2) g RETURNING id),
       e AS (
         INSERT INTO enrolments (cohort_id, user_id, municipality_id, job_role, state) SELECT $1, id, $3, 'Bench', 'admitted' FROM u RETURNING id),
       a AS (
         INSERT INTO attendance_records (session_id, enrolment_id, status) SELECT s.id, e.id, 'present' FROM e, cohort_sessions s WHERE s.cohort_id = $1 RETURNING 1)
       INSERT INTO assignment_attempts (enrolment_id, module_id, attempt_no, state, submitted_at, own_work_confirmed_at)
       SELECT e.id, m.id, 1, 'passed', now(), now() FROM e, programme_modules m`,
      [cohortId, N, municipalityId],
    );
    const headers = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
    const signIn = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', variables: { i: { email: 'admin@koko-campus.example', password: 'KoKo-Demo-2026!' } } }) });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    const gql = async (query: string, variables: object = {}) =>
      (await (await fetch(`${base}/graphql`, { method: 'POST', headers: { ...headers, cookie }, body: JSON.stringify({ query, variables }) })).json()) as { data: Record<string, any> };
    const probe = async (): Promise<number> => {
      const t0 = performance.now();
      await gql('{ programmeModules { id title } }');
      return performance.now() - t0;
    };

    const idle: number[] = [];
    for (let i = 0; i < 100; i++) idle.push(await probe());

    const t0 = performance.now();
    const started = await gql('mutation($i: IssueCertificatesInput!) { issueCertificates(input: $i) { id total } }', { i: { cohortId } });
    const batchId = started.data['issueCertificates'].id as string;
    const busy: number[] = [];
    let state = 'queued';
    let done = 0;
    while (state !== 'finished') {
      busy.push(await probe());
      const b = (await gql('query($id: ID!) { certificateBatch(id: $id) { state done failed } }', { id: batchId })).data['certificateBatch'];
      state = b.state;
      done = b.done;
    }
    const seconds = (performance.now() - t0) / 1000;
    const fmt = (v: number) => `${v.toFixed(1)} ms`;
    console.log(`\nBulk issue of ${N} certificates through the job queue (batch of the eligible graduates)`);
    console.log(`  issued: ${done} in ${seconds.toFixed(1)} s (${(done / seconds).toFixed(1)} per second, incl. storage and transactions)`);
    console.log(`  API probe while idle:    median ${fmt(percentile(idle, 50))}, p95 ${fmt(percentile(idle, 95))} (${idle.length} requests)`);
    console.log(`  API probe while issuing: median ${fmt(percentile(busy, 50))}, p95 ${fmt(percentile(busy, 95))} (${busy.length} requests)`);
    console.log(`  ratio (median busy / idle): ${(percentile(busy, 50) / percentile(idle, 50)).toFixed(2)}`);
    await db.end();
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
