import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? ok(a.port) : fail(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not become healthy at ${url}`);
}

/** Starts the production build exactly as `npm start` runs it, on free ports and a throw-away database. */
export default async function globalSetup(): Promise<void> {
  const root = resolve(__dirname, '../../../..');
  const main = join(root, 'dist/apps/api/main.js');
  if (!existsSync(main) || !existsSync(join(root, 'dist/apps/web/browser/index.html'))) {
    throw new Error('Build first: npx nx run-many -t build -p api web (npm test does this).');
  }
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const server = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_URL: url,
      EMBEDDED_PG_PORT: String(await freePort()),
      EMBEDDED_PG_DATA_DIR: mkdtempSync(join(tmpdir(), 'koko-e2e-pg-')),
      DATABASE_URL: '',
      MAIL_POLL_MS: '200',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // Generous: on a loaded CI machine migrations and the demo seed alone can take minutes.
  await waitForHealth(url, server, 300_000);
  process.env['E2E_BASE_URL'] = url;
  (globalThis as { __KOKO_SERVER__?: ChildProcess }).__KOKO_SERVER__ = server;
}
