export * from './lib/provide-graphql';
export * from './lib/api-error';
export * from './lib/generated/graphql';
export * from './lib/session-expiry';
