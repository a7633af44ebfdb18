/** Languages the user interface speaks; German is the default. */
export type UiLocale = 'de' | 'en';

export const UI_LOCALES: readonly UiLocale[] = ['de', 'en'];
export const DEFAULT_UI_LOCALE: UiLocale = 'de';
export const LOCALE_STORAGE_KEY = 'koko.locale';

export function isUiLocale(value: unknown): value is UiLocale {
  return value === 'de' || value === 'en';
}
