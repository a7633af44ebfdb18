import { Locale } from '@koko/shared';

/** Programme content in the reader's language: the English text where one is written, else the German one. */
export function localized(german: string, english: string, locale: Locale): string {
  return locale === Locale.EN && english.trim() !== '' ? english : german;
}
