import 'reflect-metadata';
import { AppConfig, ConfigValidationError, loadConfig } from '@koko/api/core/config';
import { dataSourceOptions, RunningPostgres } from '@koko/api/core/database';
import { MunicipalityImportService } from '@koko/api/catalogue';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoSeedService } from '@koko/api/demo';
import type { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap';
import { resolveDatabase } from './database-url';
import { Readiness } from './readiness';
import { runStorageMigration } from './storage-migrate';
import { BackupError, runBackup, runRestore } from './backup';

const log = (message: string) => console.log(`[koko] ${message}`);

/** How long a stop waits for requests in flight before it cuts their connections. */
const DRAIN_MS = 10_000;

/**
 * Stops listening and waits until every request in flight is answered, at most `ms`. Connections
 * that fall idle (keep-alive) are closed as soon as they do; after `ms` the rest are cut.
 */
function drainHttp(server: Server, ms: number): Promise<void> {
  return new Promise((done) => {
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const cut = setTimeout(() => server.closeAllConnections(), ms);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(cut);
      done();
    });
  });
}

async function migrate(url: string, direction: 'up' | 'down'): Promise<void> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    if (direction === 'up') {
      const ran = await ds.runMigrations({ transaction: 'each' });
      log(ran.length ? `Applied migrations: ${ran.map((m) => m.name).join(', ')}` : 'Database schema is up to date.');
    } else {
      await ds.undoLastMigration({ transaction: 'each' });
      log('Reverted the last migration.');
    }
  } finally {
    await ds.destroy();
  }
}

function banner(config: AppConfig, seeded: boolean): void {
  const lines = [
    '',
    '  KoKo Campus is running.',
    `  Open ${config.publicUrl} in your browser (GraphQL: ${config.publicUrl}/graphql).`,
  ];
  if (seeded) {
    lines.push('', `  Demo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.roles.join('+').padEnd(12)} ${a.email.padEnd(36)} ${a.displayName}`);
  }
  if (config.mail.transport === 'capture' && !config.isProduction) {
    lines.push('', `  Mails are captured, not sent: read them at ${config.publicUrl}/dev/mail (as admin).`);
  }
  lines.push('', '  Stop with Ctrl-C.', '');
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const command = process.argv[2] ?? 'serve';
  const config = loadConfig();
  const { url, embedded } = await resolveDatabase(config, log);
  let stopping = false;
  // `smart`: pools end their connections without waiting for the server's goodbye, so a `fast` stop
  // right after them could still cut one off ("terminating connection due to administrator command").
  const stopDatabase = async (e?: RunningPostgres) => e?.stop('smart');

  if (command === 'migrate' || command === 'revert') {
    try {
      await migrate(url, command === 'migrate' ? 'up' : 'down');
    } finally {
      await stopDatabase(embedded);
    }
    return;
  }
  if (command === 'backup' || command === 'restore') {
    try {
      if (command === 'backup') {
        const result = await runBackup(config, url, process.argv[3] ?? 'backups');
        log(`Backup written to ${result.folder} (${result.files} files${config.storage.s3 ? ' listed in the bucket' : ''}); check it with: cd ${result.folder} && sha256sum -c SHA256SUMS`);
      } else {
        if (!process.argv[3]) throw new BackupError('Usage: restore <backup folder>');
        const result = await runRestore(config, url, process.argv[3]);
        log(`Restored the database and ${result.files} files.`);
        if (result.missingObjects.length) {
          log(`The bucket no longer holds ${result.missingObjects.length} listed objects (restore them from the bucket's versions):\n${result.missingObjects.map((k) => `  - ${k}`).join('\n')}`);
          process.exitCode = 1;
        }
      }
    } finally {
      await stopDatabase(embedded);
    }
    return;
  }
  if (command === 'storage:migrate') {
    try {
      const report = await runStorageMigration(config, url, log);
      log(
        `Storage migration: ${report.files} files in the folder, ${report.copied} copied (${(report.bytesCopied / 1024 ** 2).toFixed(1)} MiB), ` +
          `${report.alreadyPresent} already in the bucket, ${report.verified} checked against their recorded SHA-256.`,
      );
      if (report.problems.length) {
        log(`${report.problems.length} problems (nothing was overwritten; fix them and run again):\n${report.problems.map((p) => `  - ${p}`).join('\n')}`);
        process.exitCode = 1;
      } else {
        log('Every file is in the bucket: restart the instances with STORAGE_DRIVER=s3 (keep the folder until they run).');
      }
    } finally {
      await stopDatabase(embedded);
    }
    return;
  }
  if (command !== 'serve') throw new Error(`Unknown command "${command}". Use serve, migrate, revert, storage:migrate, backup or restore.`);

  await migrate(url, 'up');
  const app = await createApp(config, url);
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: stopping …`);
    let code = 0;
    try {
      // 0. Readiness answers 503, so a load balancer that checks it takes this instance out first.
      app.get(Readiness).beginShutdown();
      if (config.shutdown.readinessDelayMs > 0) {
        log(`Not ready any more; waiting ${config.shutdown.readinessDelayMs} ms before closing the port.`);
        await new Promise((resolve) => setTimeout(resolve, config.shutdown.readinessDelayMs));
      }
      // 1. No new requests; those in flight finish (bounded).
      await drainHttp(app.getHttpServer(), DRAIN_MS);
      // 2. Mail worker and job queue (beforeApplicationShutdown), then the pool (onApplicationShutdown).
      await app.close();
    } catch (error) {
      console.error('[koko] Stopping the app failed:', error);
      code = 1;
    }
    // 3. Last, the embedded PostgreSQL: nothing is connected any more, so nothing is cut off.
    await stopDatabase(embedded);
    log('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.init();
  await app.get(MunicipalityImportService).loadDefaultListIfEmpty();
  if (config.seedDemo) await app.get(DemoSeedService).seed();
  await app.listen(config.port, config.host);
  banner(config, config.seedDemo);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigValidationError) {
    console.error(`[koko] ${error.message}`);
  } else {
    console.error('[koko] Start failed:', error instanceof Error ? error.message : error);
    if (error instanceof Error && error.stack) console.error(error.stack);
  }
  process.exit(1);
});
