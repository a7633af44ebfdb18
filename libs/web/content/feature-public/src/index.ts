export * from './lib/public-page';
export * from './lib/start-page';
export * from './lib/report-barrier-page';
