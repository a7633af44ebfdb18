export * from './lib/i18n/ui-locale';
export * from './lib/i18n/dictionary-de';
export * from './lib/i18n/dictionary-en';
export * from './lib/i18n/i18n.service';
export * from './lib/i18n/translate.pipe';
export * from './lib/i18n/localized-date.pipe';
export * from './lib/i18n/translated-title-strategy';
export * from './lib/i18n/translation-keys';
