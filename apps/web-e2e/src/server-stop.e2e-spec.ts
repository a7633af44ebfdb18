import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A clean stop of the built server, as `npm start` runs it: SIGTERM (a service manager) and SIGINT
 * (Ctrl-C). It stops accepting connections, answers the request in flight, stops the mail worker and
 * the job queue, closes the pool, stops the embedded PostgreSQL last, exits 0 and logs no error.
 */
const root = resolve(__dirname, '../../..');
const main = join(root, 'dist/apps/api/main.js');
const QUERY = JSON.stringify({ query: '{ shortFormatTopics { id } }' });

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? ok(a.port) : fail(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Server {
  url: string;
  child: ChildProcess;
  /** Everything it wrote, stdout and stderr, one entry per line. */
  lines: string[];
  dataDir: string;
  exited: Promise<number | null>;
}

async function startServer(): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'koko-stop-pg-'));
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      EMBEDDED_PG_PORT: String(await freePort()),
      EMBEDDED_PG_DATA_DIR: dataDir,
      STORAGE_DIR: join(dataDir, 'files'),
      DATABASE_URL: '',
      SEED_DEMO: 'false',
      JOBS_ENABLED: 'true',
      MAIL_POLL_MS: '100',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const until = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${lines.join('\n')}`);
    if (Date.now() > until) throw new Error(`The server did not become healthy:\n${lines.join('\n')}`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok && lines.some((l) => l.includes('Job queue started'))) return { url, child, lines, dataDir, exited };
    await sleep(250);
  }
}

/** Sends the query's first bytes now and the rest when `finish` is called: a request in flight. */
function slowRequest(url: string): { finish: () => void; answer: Promise<{ status: number; body: string }> } {
  const body = Buffer.from(QUERY);
  let finish = () => undefined as void;
  const answer = new Promise<{ status: number; body: string }>((ok, fail) => {
    const req = request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', fail);
    req.write(body.subarray(0, 10));
    finish = () => req.end(body.subarray(10));
  });
  return { finish: () => finish(), answer };
}

/** Lines at `level` or above (pino's JSON: 40 warn, 50 error, 60 fatal), and any plain line that reads like an error. */
function linesAtLeast(lines: string[], level: number): string[] {
  return lines.filter((line) => {
    if (/terminating connection/i.test(line)) return true;
    try {
      return ((JSON.parse(line) as { level?: number }).level ?? 0) >= level;
    } catch {
      return /\b(error|failed)\b/i.test(line);
    }
  });
}

describe.each(['SIGTERM', 'SIGINT'] as const)('stopping the built server with %s', (signal) => {
  let server: Server | undefined;

  beforeAll(() => {
    if (!existsSync(main)) throw new Error('Build first: npx nx build api (npm test does this).');
  });
  afterEach(() => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    if (server) rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('answers the request in flight, refuses new ones, stops everything in order and exits 0 without an error line', async () => {
    server = await startServer();
    const inFlight = slowRequest(server.url);
    await sleep(300);
    const signalled = server.lines.length;
    server.child.kill(signal);

    // No new connections once the signal is handled; the one in flight is still served.
    const until = Date.now() + 5_000;
    let refused = false;
    while (!refused && Date.now() < until) {
      refused = await fetch(`${server.url}/health`).then(() => false, () => true);
      if (!refused) await sleep(100);
    }
    expect(refused).toBe(true);
    inFlight.finish();
    const answer = await inFlight.answer;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { shortFormatTopics: expect.any(Array) } });

    expect(await server.exited).toBe(0);
    const after = server.lines.slice(signalled);
    const at = (text: string) => after.findIndex((l) => l.includes(text));
    expect(at(`${signal} received`)).toBeGreaterThanOrEqual(0);
    expect(at('Job queue stopped')).toBeGreaterThan(at(`${signal} received`));
    expect(at('Stopped.')).toBeGreaterThan(at('Job queue stopped'));
    expect(linesAtLeast(server.lines, 50)).toEqual([]);
    // Not even a warning while stopping (today's "terminating connection due to administrator command").
    expect(linesAtLeast(after, 40)).toEqual([]);
    // PostgreSQL shut down cleanly (it removes its lock file) instead of being left running.
    expect(existsSync(join(server.dataDir, 'postmaster.pid'))).toBe(false);
  });
});
