import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Debian's PostgreSQL 15 (package postgresql-15; `.ci/run` installs it), started in a temporary
 * folder on a free port: the server version whose pg_dump and pg_restore Debian 12 ships, so the
 * backup tests use the same tools an operator has. (The embedded PostgreSQL of the other tests is
 * 18, which Debian 12's pg_dump 15 refuses to dump.) As root, the server runs as user postgres.
 */
const BIN = '/usr/lib/postgresql/15/bin';

export interface DebianPostgres {
  url(database: string): string;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? ok(a.port) : fail(new Error('no port'))));
    });
  });
}

export async function startDebianPostgres(): Promise<DebianPostgres> {
  if (!existsSync(join(BIN, 'postgres'))) throw new Error('PostgreSQL 15 is not installed (needed for the backup tests): apt-get install -y --no-install-recommends postgresql-15');
  const dir = mkdtempSync(join(tmpdir(), 'koko-pg15-'));
  chmodSync(dir, 0o755);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const ids = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  const run = (tool: string, args: string[]) => execFileSync(asRoot ? 'runuser' : join(BIN, tool), asRoot ? ['-u', 'postgres', '--', join(BIN, tool), ...args] : args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await freePort();
  run('initdb', ['-D', join(dir, 'data'), '-U', 'koko', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', ['-D', join(dir, 'data'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', join(dir, 'server.log'), '-w', '-t', '120', 'start']);
  const url = (database: string) => `postgresql://koko@127.0.0.1:${port}/${database}`;
  return {
    url,
    createDatabase: async (name) => {
      const admin = new Client({ connectionString: url('postgres') });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      return url(name);
    },
    stop: async () => {
      try {
        run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', '-t', '60', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
