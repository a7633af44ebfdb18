import type { AreaTexts } from './area-text-keys';
import type { UiLocale } from './ui-locale';

/**
 * Texts handed in before an `I18nService` exists; each new service starts with them. Unit tests
 * register every area here (`registerAllTexts` in the testing entry point), so components render
 * their texts at once as before, without routes that load them.
 */
export const registeredTexts: Record<UiLocale, Record<string, string>> = { de: {}, en: {} };

export function registerTexts(locale: UiLocale, texts: AreaTexts): void {
  Object.assign(registeredTexts[locale], texts);
}
