export * from './lib/test-database';
export * from './lib/test-app';
export * from './lib/graphql-client';
export * from './lib/factories';
export * from './lib/programme-fixtures';
export * from './lib/factories/index';
export * from './lib/sign-in';
export * from './lib/refuse-inserts';
