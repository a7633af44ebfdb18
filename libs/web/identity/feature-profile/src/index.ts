export * from './lib/profile-page';
export * from './lib/my-data-page';
