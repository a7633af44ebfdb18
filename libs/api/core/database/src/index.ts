export * from './lib/embedded-postgres';
export * from './lib/data-source-options';
export * from './lib/database.module';
export { MIGRATIONS } from './lib/migrations';
export * from './lib/transactional-event';
export * from './lib/sql';
export { UNLOGGED_PARAMETERS } from './lib/typeorm-logger';
export * from './lib/personal-data';
