/** Languages the portal speaks. German first, English second. */
export enum Locale {
  DE = 'de',
  EN = 'en',
}

export const DEFAULT_LOCALE = Locale.DE;

/** Picks the best supported locale from an Accept-Language style value. */
export function pickLocale(value: string | null | undefined, fallback: Locale = DEFAULT_LOCALE): Locale {
  if (!value) return fallback;
  for (const part of value.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('de')) return Locale.DE;
    if (tag.startsWith('en')) return Locale.EN;
  }
  return fallback;
}

/** Programme content written in both languages (English may be empty). */
export interface LocalizedText {
  de: string;
  en: string;
}

/** Programme content in the reader's language: the English text where one is written, else the German one. */
export function localized(german: string, english: string, locale: Locale | `${Locale}`): string {
  return locale === Locale.EN && english.trim() !== '' ? english : german;
}
