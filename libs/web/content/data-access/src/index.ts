export * from './lib/content-pages.service';
export * from './lib/public-pages';
export * from './lib/barrier-reports.service';
