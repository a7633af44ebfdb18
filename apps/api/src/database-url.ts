import { AppConfig } from '@koko/api/core/config';
import { RunningPostgres, startEmbeddedPostgres } from '@koko/api/core/database';

/** DATABASE_URL if given; otherwise a local embedded PostgreSQL whose data lives in a git-ignored folder. */
export async function resolveDatabase(config: AppConfig, log: (m: string) => void): Promise<{ url: string; embedded?: RunningPostgres }> {
  if (config.database.url) return { url: config.database.url };
  log(`Starting embedded PostgreSQL on port ${config.database.embeddedPort} (data: ${config.database.embeddedDataDir}) …`);
  const embedded = await startEmbeddedPostgres({
    dataDir: config.database.embeddedDataDir,
    port: config.database.embeddedPort,
    database: 'koko',
    log,
  });
  return { url: embedded.url, embedded };
}
