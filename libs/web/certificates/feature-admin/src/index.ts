export * from './lib/cohort-certificates-page';
