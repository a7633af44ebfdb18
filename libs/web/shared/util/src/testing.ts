export * from './lib/testing/settle';
export * from './lib/i18n/all-texts';
