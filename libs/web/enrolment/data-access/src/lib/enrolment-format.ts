import type { I18nService } from '@koko/web/shared/util';

/** Sessions take place in NRW; their times are shown in German time wherever the viewer is. */
export const PROGRAMME_TIME_ZONE = 'Europe/Berlin';

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

/** A session's day and time span, e.g. "Mo., 2. März 2026, 09:00–16:00". */
export function formatSessionTime(i18n: I18nService, startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return '';
  const format = new Intl.DateTimeFormat(i18n.intlLocale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: PROGRAMME_TIME_ZONE,
  });
  return format.formatRange(start, end);
}
