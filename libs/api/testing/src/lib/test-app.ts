import { INestApplication } from '@nestjs/common';
import { AppConfig, parseConfig } from '@koko/api/core/config';
import { getDataSourceToken } from '@nestjs/typeorm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './test-database';
import { GraphQLClient } from './graphql-client';

export type AppFactory = (config: AppConfig, databaseUrl: string) => Promise<INestApplication>;

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  db: DataSource;
  /** A new browser-like client with its own cookie jar. */
  client(locale?: 'de' | 'en'): GraphQLClient;
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The real Nest app over HTTP on its own database cloned from the migrated template. */
export async function createTestApp(factory: AppFactory, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // Each app stores uploads in its own temporary folder, removed on close.
  const storageDir = mkdtempSync(join(tmpdir(), 'koko-test-files-'));
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    MAIL_POLL_MS: '100',
    SEED_DEMO: 'false',
    PUBLIC_URL: 'http://campus.test',
    WEB_DIST_DIR: '/nonexistent',
    STORAGE_DIR: storageDir,
    // A fresh credential signing key per app (generated on start, like in development), beside the
    // storage folder: never inside it, where the orphan clean-up would take it for a stray file.
    CREDENTIAL_KEY_FILE: `${storageDir}.credential-key.json`,
    // No cron ticks inside unrelated tests; a test about jobs passes JOBS_ENABLED: 'true'.
    JOBS_ENABLED: 'false',
    ...env,
    DATABASE_URL: database.url,
  });
  const app = await factory(config, database.url);
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    config,
    db: app.get<DataSource>(getDataSourceToken()),
    client: (locale = 'de') => new GraphQLClient(request.agent(server), locale),
    http: () => request(server),
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(storageDir, { recursive: true, force: true });
      rmSync(`${storageDir}.credential-key.json`, { force: true });
    },
  };
}
