export * from './lib/my-kommune-section';
export * from './lib/kommune-path-page';
