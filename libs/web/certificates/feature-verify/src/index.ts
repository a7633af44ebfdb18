export * from './lib/verify-page';
