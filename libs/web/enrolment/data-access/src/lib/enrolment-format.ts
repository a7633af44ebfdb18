import type { I18nService } from '@koko/web/shared/util';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day (`YYYY-MM-DD`) as a Date at UTC midnight, or null if it is not one. */
export function parseDay(day: string | null | undefined): Date | null {
  const match = day ? DAY.exec(day) : null;
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** Formats a calendar day in the UI language without shifting it through the viewer's time zone. */
export function formatDay(i18n: I18nService, day: string | null | undefined): string {
  const date = parseDay(day);
  return date ? i18n.formatDate(date, { dateStyle: 'long', timeZone: 'UTC' }) : '';
}

/** "1. März 2026 – 30. Juni 2026" (or the English equivalent). */
export function formatDayRange(i18n: I18nService, from: string, to: string): string {
  const start = parseDay(from);
  const end = parseDay(to);
  if (!start || !end) return [formatDay(i18n, from), formatDay(i18n, to)].filter(Boolean).join(' – ');
  return new Intl.DateTimeFormat(i18n.intlLocale(), { dateStyle: 'long', timeZone: 'UTC' }).formatRange(start, end);
}

/** A session's day and time span on Berlin's clock, e.g. "Mo., 2. März 2026, 09:00–16:00 Uhr" (labelled on a device elsewhere). */
export function formatSessionTime(i18n: I18nService, startsAt: string, endsAt: string): string {
  if (Number.isNaN(new Date(startsAt).getTime()) || Number.isNaN(new Date(endsAt).getTime())) return '';
  return i18n.formatDateRange(startsAt, endsAt, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
