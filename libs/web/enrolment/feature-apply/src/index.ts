export * from './lib/open-cohorts-page';
export * from './lib/apply-page';
