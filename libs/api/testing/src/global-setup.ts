import { join } from 'node:path';
import { loadConfig, register } from 'tsconfig-paths';

/**
 * Jest global setup runs outside jest's module system, so the workspace's path aliases are
 * registered here before the database helper (which uses them) is loaded.
 */
export default async function globalSetup(): Promise<void> {
  const loaded = loadConfig(join(__dirname, '../../../../tsconfig.base.json'));
  if (loaded.resultType === 'success') register({ baseUrl: loaded.absoluteBaseUrl, paths: loaded.paths });
  // require, not import(): this file is CommonJS and the helper is TypeScript resolved by tsconfig-paths.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTestPostgres } = require('./lib/test-database') as typeof import('./lib/test-database');
  const stop = await startTestPostgres();
  (globalThis as { __KOKO_STOP_PG__?: () => Promise<void> }).__KOKO_STOP_PG__ = stop;
}
