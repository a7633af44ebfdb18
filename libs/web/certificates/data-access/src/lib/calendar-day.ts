import { calendarDayInstant, PROGRAMME_TIME_ZONE } from '@koko/web/shared/util';

/** A calendar day of the API ("YYYY-MM-DD") in words, read on Berlin's clock so it never shifts across time zones. */
export function formatCalendarDay(day: string | null | undefined, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  if (!day) return '';
  const date = calendarDayInstant(day);
  if (!date) return day;
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: PROGRAMME_TIME_ZONE }).format(date);
}

/**
 * Certificate numbers look like KOKO-2026-000042, a short format's Teilnahmebescheinigung like
 * KOKO-TB-2026-000123; spaces around and lower case are forgiven.
 */
export const CERTIFICATE_NUMBER_PATTERN = /^KOKO-(TB-)?\d{4}-\d{6}$/;

export function normalizeCertificateNumber(input: string): string {
  return input.trim().toUpperCase();
}
