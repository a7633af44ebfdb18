export * from './lib/admin-users-page';
