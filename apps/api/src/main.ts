import 'reflect-metadata';
import { AppConfig, ConfigValidationError, loadConfig } from '@koko/api/core/config';
import { dataSourceOptions, RunningPostgres } from '@koko/api/core/database';
import { MunicipalityImportService } from '@koko/api/catalogue';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoSeedService } from '@koko/api/demo';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap';
import { resolveDatabase } from './database-url';

const log = (message: string) => console.log(`[koko] ${message}`);

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
  const stopDatabase = async (e?: RunningPostgres) => e?.stop();

  if (command === 'migrate' || command === 'revert') {
    try {
      await migrate(url, command === 'migrate' ? 'up' : 'down');
    } finally {
      await stopDatabase(embedded);
    }
    return;
  }
  if (command !== 'serve') throw new Error(`Unknown command "${command}". Use serve, migrate or revert.`);

  await migrate(url, 'up');
  const app = await createApp(config, url);
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: stopping …`);
    await app.close().catch((e) => console.error(e));
    await stopDatabase(embedded);
    log('Stopped.');
    process.exit(0);
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
