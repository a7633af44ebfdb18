export * from './lib/provide-graphql';
export * from './lib/api-error';
export * from './lib/api-result';
export * from './lib/generated/graphql';
export * from './lib/session-expiry';
export * from './lib/pages/loader';
export * from './lib/pages/admin-list';
export * from './lib/pages/dialog-form';
