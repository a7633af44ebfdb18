import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/**
 * Connection options shared by the app, the migration commands and the tests.
 * The schema changes only through migrations; every session runs in UTC.
 */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    uuidExtension: 'pgcrypto',
    extra: { options: '-c timezone=UTC', max: 10 },
    ...extra,
  } as DataSourceOptions;
}
