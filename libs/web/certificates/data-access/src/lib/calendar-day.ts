/** A calendar day of the API ("YYYY-MM-DD") in words, read as a local day so it never shifts across time zones. */
export function formatCalendarDay(day: string | null | undefined, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  if (!day) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** Certificate numbers look like KOKO-2026-000042; spaces around and lower case are forgiven. */
export const CERTIFICATE_NUMBER_PATTERN = /^KOKO-\d{4}-\d{6}$/;

export function normalizeCertificateNumber(input: string): string {
  return input.trim().toUpperCase();
}
