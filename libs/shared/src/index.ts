export * from './lib/roles';
export * from './lib/locale';
export * from './lib/error-codes';
export * from './lib/password-policy';
export * from './lib/events';
export * from './lib/public-pages';
export * from './lib/web-routes';
export * from './lib/assessment-states';
