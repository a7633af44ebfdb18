export * from './lib/calendar-page';
export * from './lib/detail-page';
export * from './lib/registration-link-page';
export * from './lib/short-format-card';
export * from './lib/upcoming-short-formats';
export * from './lib/my-registrations-page';
