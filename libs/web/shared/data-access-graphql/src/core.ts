/**
 * What the app's shell needs before any page: the Apollo set-up, error and availability handling and
 * the schema's types, without the pages' documents and helpers (the full entry point re-exports these too).
 */
export * from './lib/provide-graphql';
export * from './lib/api-error';
export * from './lib/api-result';
export * from './lib/session-expiry';
export * from './lib/service-availability';
export * from './lib/generated/schema';
