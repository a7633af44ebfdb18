/** Formatting for the progress pages: on the programme's clock (Berlin), through the shared formatter. */
import { calendarDayInstant, type I18nService } from '@koko/web/shared/util';

type Formatter = Pick<I18nService, 'formatDate' | 'formatDateRange'>;

/** A calendar day ("YYYY-MM-DD") as an instant that is that day on Berlin's clock; null if malformed. */
export function dayToDate(day: string): Date | null {
  return calendarDayInstant(day);
}

export function formatDay(day: string, i18n: Formatter, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const date = dayToDate(day);
  return date ? i18n.formatDate(date, options) : day;
}

/** "Dienstag, 3. März 2026, 09:00–16:00 Uhr" – one date, a time range; across days both ends in full. */
export function formatSessionTime(startsAt: string, endsAt: string, i18n: Formatter): string {
  return i18n.formatDateRange(startsAt, endsAt, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Short column label for a session: "03.03." in German, "03/03" in English (Berlin's day). */
export function formatSessionDay(startsAt: string, i18n: Formatter): string {
  return i18n.formatDate(startsAt, { day: '2-digit', month: '2-digit' });
}
