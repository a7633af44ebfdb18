/**
 * Bulk issuing through the job queue while participants look at their dashboard (issue 17, item 9).
 * Starts the built API (dist/apps/api/main.js, `npx nx run api:build` first) on a throw-away embedded
 * PostgreSQL with the demo data, makes N graduates of one cohort eligible with SQL, and runs the
 * dashboard (`myProgress` of a demo participant) from C clients in a loop: first for a while with the
 * queue idle (after a warm-up of the same length), then while one `issueCertificates` batch issues
 * the N certificates, then idle again (both idle phases together are the baseline).
 * Reports the dashboard's p50/p95 in both phases and their ratio (goal: p95 at most 1.5×), and the
 * batch's throughput (one cohort: issuing is serialised per cohort).
 *
 *   npm run bench -- certificate-queue [--n=1000] [--clients=4] [--idle-seconds=15]
 */
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const option = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const N = option('n', 1000);
const CLIENTS = option('clients', 4);
const IDLE_SECONDS = option('idle-seconds', 15);
const DASHBOARD = '{ myProgress { enrolmentId completedModules overallPercent cohort { id name } modules { moduleId position status attendancePercent assignmentState assignmentDueAt } } }';

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
    const signIn = async (email: string) => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', variables: { i: { email, password: 'KoKo-Demo-2026!' } } }) });
      return (res.headers.get('set-cookie') ?? '').split(';')[0];
    };
    const gql = async <T>(cookie: string, query: string, variables: object = {}): Promise<T> => {
      const body = (await (await fetch(`${base}/graphql`, { method: 'POST', headers: { ...headers, cookie }, body: JSON.stringify({ query, variables }) })).json()) as { data: T; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const admin = await signIn('admin@koko-campus.example');
    const participant = await signIn('lukasz.zolc@kleve.example');
    if (!(await gql<{ myProgress: unknown[] }>(participant, DASHBOARD)).myProgress.length) throw new Error('The demo participant has no dashboard to show');

    /** C clients asking for the dashboard one after the other until `until()` says stop; the latencies. */
    const dashboardLoad = async (until: () => boolean): Promise<number[]> => {
      const latencies: number[] = [];
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (!until()) {
            const t0 = performance.now();
            await gql<unknown>(participant, DASHBOARD);
            latencies.push(performance.now() - t0);
          }
        }),
      );
      return latencies;
    };

    const forSeconds = (seconds: number) => {
      const end = performance.now() + seconds * 1000;
      return () => performance.now() > end;
    };
    // Warm-up (JIT, pools, the start-up's own work) is not part of either phase.
    await dashboardLoad(forSeconds(IDLE_SECONDS));
    const idle = await dashboardLoad(forSeconds(IDLE_SECONDS));

    const t0 = performance.now();
    const started = await gql<{ issueCertificates: { id: string } }>(admin, 'mutation($i: IssueCertificatesInput!) { issueCertificates(input: $i) { id total } }', { i: { cohortId } });
    const batchId = started.issueCertificates.id;
    let state = 'queued';
    let done = 0;
    let failed = 0;
    const poll = (async () => {
      while (state !== 'finished' && state !== 'failed') {
        await new Promise((r) => setTimeout(r, 500));
        type Batch = { certificateBatch: { state: string; done: number; failed: number } };
        const b = (await gql<Batch>(admin, 'query($id: ID!) { certificateBatch(id: $id) { state done failed } }', { id: batchId })).certificateBatch;
        ({ state, done, failed } = b);
      }
    })();
    const busy = await dashboardLoad(() => state === 'finished' || state === 'failed');
    await poll;
    const seconds = (performance.now() - t0) / 1000;
    // The idle phase once more after the batch: the machine's load may have changed meanwhile.
    const after = await dashboardLoad(forSeconds(IDLE_SECONDS));
    const fmt = (v: number) => `${v.toFixed(1)} ms`;
    const line = (what: string, v: number[]) => `  ${what} p50 ${fmt(percentile(v, 50))}, p95 ${fmt(percentile(v, 95))}, p99 ${fmt(percentile(v, 99))} (${v.length} requests, ${CLIENTS} clients)`;
    console.log(`\nBulk issue of ${N} certificates through the job queue while the dashboard is asked (one cohort)`);
    console.log(`  issued: ${done} (${failed} failed) in ${seconds.toFixed(1)} s: ${(done / seconds).toFixed(1)} certificates per second for the cohort, incl. PDF, storage and transactions`);
    console.log(line('dashboard, queue idle:   ', idle));
    console.log(line('dashboard, while issuing:', busy));
    console.log(line('dashboard, idle after:   ', after));
    // Against the quieter idle phase: pooling both would let a slow phase (start-up work, other load)
    // hide part of the rise.
    const quiet = percentile(idle, 95) <= percentile(after, 95) ? idle : after;
    const ratio = (v: number[], p: number) => (percentile(v, p) / percentile(quiet, p)).toFixed(2);
    console.log(`  p95 while issuing ÷ the quieter idle phase (${quiet === idle ? 'before' : 'after'}): ${ratio(busy, 95)} (goal ≤ 1.5), p50: ${ratio(busy, 50)}`);
    console.log(`  p95 while issuing ÷ idle before / after: ${(percentile(busy, 95) / percentile(idle, 95)).toFixed(2)} / ${(percentile(busy, 95) / percentile(after, 95)).toFixed(2)}`);
    console.log(`  load average (1/5/15 min) at the end: ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
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
