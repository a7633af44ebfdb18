/**
 * The API against a hand-written baseline (issue 17, items 1–3). `npm run bench:api`:
 *
 * 1. builds the API (nx, cached when nothing changed) unless --no-build;
 * 2. starts a throw-away embedded PostgreSQL with pg_stat_statements, the built API on it (migrations,
 *    demo data) and bulk-inserts the large data set (tools/bench/api/seed.ts);
 * 3. starts the baseline (tools/bench/api/baseline/: node:http + pg) as a second process on the
 *    same database;
 * 4. drives every scenario (tools/bench/api/scenarios.ts) with autocannon, API and baseline one
 *    after the other, in two rounds of alternating order; the write runs last in each round;
 * 5. prints the medians as a Markdown table (also tmp/bench-api.md and tmp/bench-api.json).
 *
 * Options: --duration=5 (seconds per run) --rounds=2 --connections=16 --only=me,myProgress
 *          --no-build --cpu-prof (writes the API's CPU profile to tmp/cpu-prof/ at its exit)
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { startBenchDatabase } from './api/database';
import { HalfRateFigures, halfRateTable, markdownTable, median, RunFigures, ScenarioFigures } from './api/report';
import { Scenario, SCENARIOS } from './api/scenarios';
import { seedLargeDataSet } from './api/seed';
import { benchCookies } from './api/sessions';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const flag = (name: string) => process.argv.includes(`--${name}`);
const DURATION = Number(arg('duration', '5'));
const ROUNDS = Number(arg('rounds', '2'));
const CONNECTIONS = Number(arg('connections', '16'));
const ONLY = arg('only', '').split(',').filter(Boolean);
const JWT_SECRET = 'bench-only-secret-0123456789-abcdefghijklmnopqrstuvwxyz';
const root = join(__dirname, '..', '..');

interface AutocannonResult {
  requests: { total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
const autocannon = require('autocannon') as (options: object) => Promise<AutocannonResult>;
// autocannon reports p90 and p97.5; p95 needs our own histogram (hdr-histogram-js, autocannon's own).
const hdr = require(require.resolve('hdr-histogram-js', { paths: [dirname(require.resolve('autocannon'))] })) as {
  build(o: object): { getValueAtPercentile(p: number): number; reset(): void };
};

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url, { method: 'GET' })).status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not start`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => {
    child.once('exit', () => r());
    child.kill('SIGTERM');
  });
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; NaN elsewhere). */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime in clock ticks of 1/100 s
  } catch {
    return Number.NaN;
  }
}

/**
 * Waits until a server has worked off what autocannon left in flight when its time was up (a slow
 * operation at 16 connections leaves seconds of work behind), so the next run starts on an idle
 * server: until it used under 10 % of a core and PostgreSQL ran none of its statements for two
 * 250 ms periods in a row, at most 60 s.
 */
async function settle(pid: number | undefined, db: Client): Promise<void> {
  let quiet = 0;
  for (let i = 0; i < 240 && quiet < 2; i++) {
    const before = cpuMs(pid);
    await new Promise((r) => setTimeout(r, 250));
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'`);
    quiet = cpuMs(pid) - before < 25 && rows[0].n === 0 ? quiet + 1 : 0;
  }
}

const log = (m: string) => console.log(`[bench:api] ${m}`);

async function main(): Promise<void> {
  const scenarios = SCENARIOS.filter((s) => !ONLY.length || ONLY.includes(s.name)).sort((a, b) => Number(!!a.write) - Number(!!b.write));
  if (!flag('no-build')) {
    log('building the API …');
    const build = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error('API build failed');
  }
  const started = Date.now();
  const loadBefore = loadavg();
  const [pgPort, apiPort, basePort] = [await freePort(), await freePort(), await freePort()];
  const dir = mkdtempSync(join(tmpdir(), 'koko-bench-api-'));
  const db = await startBenchDatabase(pgPort, log);
  const children: ChildProcess[] = [];
  try {
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const common = { DATABASE_URL: db.url, JWT_SECRET, DB_POOL_SIZE: '10', SESSION_IDLE_MINUTES: '30', VERIFY_MAX_PER_MINUTE: '10000' };
    const profDir = join(root, 'tmp', 'cpu-prof');
    if (flag('cpu-prof')) mkdirSync(profDir, { recursive: true });
    const api = spawn(process.execPath, [...(flag('cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []), 'dist/apps/api/main.js'], {
      cwd: root,
      env: {
        ...process.env,
        ...common,
        NODE_ENV: 'development',
        PORT: String(apiPort),
        HOST: '127.0.0.1',
        SEED_DEMO: 'true',
        JOBS_ENABLED: 'false',
        LOG_LEVEL: 'warn',
        STORAGE_DIR: join(dir, 'files'),
        CREDENTIAL_KEY_FILE: join(dir, 'credential-key.json'),
        WEB_DIST_DIR: join(dir, 'no-web'),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(api);
    const apiBase = `http://127.0.0.1:${apiPort}`;
    await waitFor(`${apiBase}/health`, api, 'API');
    log(`API up (migrated, demo data) after ${((Date.now() - started) / 1000).toFixed(1)} s; seeding the large data set …`);
    const t0 = Date.now();
    const { fixture, counts } = await seedLargeDataSet(admin);
    const seedSeconds = (Date.now() - t0) / 1000;
    log(`seeded in ${seedSeconds.toFixed(1)} s: ${JSON.stringify(counts)}`);

    const baseline = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', join(__dirname, 'api', 'baseline-main.ts')], {
      cwd: root,
      env: { ...process.env, ...common, PORT: String(basePort), TS_NODE_PROJECT: join(root, 'tools', 'tsconfig.json'), TS_NODE_TRANSPILE_ONLY: 'true' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(baseline);
    const baseUrl = `http://127.0.0.1:${basePort}`;
    await waitFor(`${baseUrl}/`, baseline, 'baseline');

    const cookies = await benchCookies(admin, fixture, JWT_SECRET);
    const sqlCalls = async (): Promise<number> =>
      Number(
        (
          await admin.query(
            `SELECT coalesce(sum(calls), 0) AS n FROM pg_stat_statements
              WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`,
          )
        ).rows[0].n,
      );

    const drive = async (target: 'api' | 'baseline', s: Scenario, seconds: number, overallRate?: number): Promise<RunFigures> => {
      const url = target === 'api' ? `${apiBase}/graphql` : `${baseUrl}/baseline/${s.baseline ?? s.name}`;
      const latencies = hdr.build({ bitBucketSize: 64, autoResize: true, lowestDiscernibleValue: 1, highestTrackableValue: 10000, numberOfSignificantValueDigits: 5 });
      let graphqlErrors = 0;
      let n = 0;
      await admin.query('SELECT pg_stat_statements_reset()');
      const pid = (target === 'api' ? api : baseline).pid;
      const cpuBefore = cpuMs(pid);
      const result = await autocannon({
        url,
        connections: s.connections ?? CONNECTIONS,
        duration: seconds,
        ...(overallRate ? { overallRate } : {}),
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(cookies[s.role] ? { cookie: cookies[s.role] } : {}) },
        body: JSON.stringify({ query: s.query, variables: s.variables(fixture) }),
        histograms: { latencies },
        requests: [
          {
            // Public lookups are limited per client address: spread the load over 1,000 addresses.
            setupRequest: (req: { headers?: Record<string, string> }) => ({ ...req, headers: { ...req.headers, 'x-forwarded-for': `10.0.${(n >> 8) & 3}.${n++ & 255}` } }),
            onResponse: (status: number, body: string) => {
              if (status === 200 && body.includes('"errors"')) graphqlErrors++;
            },
          },
        ],
      });
      const cpu = cpuMs(pid) - cpuBefore;
      const calls = await sqlCalls();
      await settle(pid, admin);
      const answered = result.requests.total;
      return {
        rps: answered / seconds,
        p50: latencies.getValueAtPercentile(50),
        p95: latencies.getValueAtPercentile(95),
        p99: latencies.getValueAtPercentile(99),
        requests: answered,
        errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
        sqlPerRequest: answered ? calls / answered : Number.NaN,
        cpuMsPerRequest: answered ? cpu / answered : Number.NaN,
      };
    };

    log(`warming up (1 s per scenario and server) …`);
    for (const s of scenarios) for (const t of ['api', 'baseline'] as const) await drive(t, s, 1);
    const figures: ScenarioFigures[] = scenarios.map((s) => ({ name: s.name, label: s.label, api: [], baseline: [] }));
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (['api', 'baseline'] as const) : (['baseline', 'api'] as const);
      for (const [i, s] of scenarios.entries()) {
        for (const target of order) {
          const f = await drive(target, s, DURATION);
          figures[i][target].push(f);
          log(`round ${round + 1} ${s.name.padEnd(20)} ${target.padEnd(8)} ${Math.round(f.rps)} rps, p50 ${f.p50} ms, p95 ${f.p95} ms, ${f.sqlPerRequest.toFixed(1)} SQL/req, ${f.cpuMsPerRequest.toFixed(2)} CPU ms/req, ${f.errors} errors`);
        }
      }
    }
    // Item 4: the API at half its measured maximum (median rps of the rounds): p95 there, goal ≤ 50 ms.
    const halfRate: HalfRateFigures[] = [];
    for (const [i, s] of scenarios.entries()) {
      const max = median(figures[i].api.map((f) => f.rps));
      const rate = Math.max(1, Math.round(max / 2));
      const f = await drive('api', s, DURATION, rate);
      halfRate.push({ label: s.label, maxRps: max, rate, figures: f });
      log(`half rate ${s.name.padEnd(20)} ${rate} rps offered, ${Math.round(f.rps)} answered, p50 ${f.p50} ms, p95 ${f.p95} ms, ${f.errors} errors`);
    }
    const loadAfter = loadavg();
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
    const table = `${markdownTable(figures)}\n\n${halfRateTable(halfRate)}`;
    const header =
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}; load average (1/5/15 min) before ${loadBefore.map((l) => l.toFixed(1)).join(' / ')}, ` +
      `after ${loadAfter.map((l) => l.toFixed(1)).join(' / ')}. autocannon, ${CONNECTIONS} connections, ${DURATION} s per run, ${ROUNDS} rounds (medians); ` +
      `data set ${JSON.stringify(counts)} seeded in ${seedSeconds.toFixed(1)} s; whole run ${Math.round((Date.now() - started) / 1000)} s.`;
    console.log(`\n${header}\n\n${table}\n`);
    mkdirSync(join(root, 'tmp'), { recursive: true });
    writeFileSync(join(root, 'tmp', 'bench-api.md'), `${header}\n\n${table}\n`);
    writeFileSync(join(root, 'tmp', 'bench-api.json'), JSON.stringify({ header, counts, figures, halfRate }, null, 2));
    await admin.end();
  } finally {
    for (const c of children.reverse()) await stop(c);
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
