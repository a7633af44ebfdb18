/** Locale-aware formatting for the progress pages (Intl, in the browser's time zone). */

/** A calendar day ("YYYY-MM-DD") as local midnight, so it never shifts to the previous day west of UTC. */
export function dayToDate(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function formatDay(day: string, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const date = dayToDate(day);
  return date ? new Intl.DateTimeFormat(locale, options).format(date) : day;
}

/** "Dienstag, 3. März 2026, 09:00–16:00" – one date, a time range; across days both ends in full. */
export function formatSessionTime(startsAt: string, endsAt: string, locale: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  if (Number.isNaN(start.getTime())) return '';
  if (Number.isNaN(end.getTime()) || end <= start) return format.format(start);
  return format.formatRange(start, end);
}

/** Short column label for a session: "03.03." in German, "3 Mar" in English. */
export function formatSessionDay(startsAt: string, locale: string): string {
  const date = new Date(startsAt);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit' }).format(date);
}
