export * from './lib/programme/programme-page';
export * from './lib/municipalities/municipalities-page';
export * from './lib/cohorts/cohorts-page';
export * from './lib/cohort-detail/cohort-detail-page';
