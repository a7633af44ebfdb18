export * from './lib/trainer-cohorts-page';
export * from './lib/attendance-page';
export * from './lib/progress-matrix-page';
export * from './lib/audit-trail-page';
