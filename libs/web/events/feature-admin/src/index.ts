export * from './lib/short-formats-admin-page';
export * from './lib/short-format-admin-page';
