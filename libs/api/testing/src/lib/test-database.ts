import { dataSourceOptions, startEmbeddedPostgres } from '@koko/api/core/database';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

export const TEMPLATE_DB = 'koko_template';
const ENV_KEY = 'KOKO_TEST_PG_ADMIN_URL';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Jest global setup: one PostgreSQL for the whole run (an external one via TEST_DATABASE_URL, else an
 * embedded one on a free port), with a template database migrated once. Only migrations are loaded
 * here, never entities.
 */
export async function startTestPostgres(): Promise<() => Promise<void>> {
  let adminUrl: string;
  let stop: () => Promise<void> = async () => undefined;
  const external = process.env['TEST_DATABASE_URL'];
  if (external) {
    adminUrl = external;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'koko-test-pg-'));
    const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres', log: () => undefined });
    adminUrl = pg.url;
    stop = async () => {
      await pg.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const ds = new DataSource(dataSourceOptions(withDatabase(adminUrl, TEMPLATE_DB)));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  process.env[ENV_KEY] = adminUrl;
  return stop;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A fresh database for one test file, cloned from the migrated template (about a second). */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env[ENV_KEY];
  if (!adminUrl) throw new Error(`${ENV_KEY} is not set: run integration tests with jest.integration.config.ts`);
  const name = `koko_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
