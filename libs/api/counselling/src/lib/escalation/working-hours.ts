import Holidays from 'date-holidays';

/** Office hours on a working day, on Berlin's clock: 08:00 to 17:00. */
export const OFFICE_OPENS = 8;
export const OFFICE_CLOSES = 17;
const ZONE = 'Europe/Berlin';
const MINUTE = 60_000;

const holidaysNrw = new Holidays('DE', 'NW');
const holidayCache = new Map<number, Set<string>>();

/** NRW's public holidays of a year as calendar days (YYYY-MM-DD), from the date-holidays library. */
export function nrwPublicHolidays(year: number): Set<string> {
  let days = holidayCache.get(year);
  if (!days) {
    days = new Set(holidaysNrw.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    holidayCache.set(year, days);
  }
  return days;
}

/** The calendar day and weekday (0 = Sunday) of an instant on Berlin's clock. */
function berlinDay(instant: Date): { day: string; weekday: number; year: number; month: number; date: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' }).formatToParts(instant).map((p) => [p.type, p.value]),
  );
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts['weekday']);
  return { day: `${parts['year']}-${parts['month']}-${parts['day']}`, weekday, year: Number(parts['year']), month: Number(parts['month']), date: Number(parts['day']) };
}

/** The instant at which Berlin's clock shows `hour`:00 on the given day (the day's own UTC offset). */
function berlinAt(year: number, month: number, date: number, hour: number): Date {
  const guess = Date.UTC(year, month - 1, date, hour);
  const shown = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
    .formatToParts(new Date(guess))
    .reduce<Record<string, number>>((acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: Number(p.value) }), {});
  const offset = Date.UTC(shown['year'], shown['month'] - 1, shown['day'], shown['hour'], shown['minute']) - guess;
  return new Date(guess - offset);
}

/** Monday to Friday and not a public holiday in NRW. */
export function isWorkingDay(instant: Date): boolean {
  const d = berlinDay(instant);
  return d.weekday >= 1 && d.weekday <= 5 && !nrwPublicHolidays(d.year).has(d.day);
}

/**
 * The instant `hours` working hours after `start`: only office hours (08:00–17:00, Berlin) of
 * working days count (Monday to Friday without NRW's public holidays). A start outside office hours
 * counts from the next opening.
 */
export function addWorkingHours(start: Date, hours: number): Date {
  let remaining = Math.round(hours * 60) * MINUTE;
  let cursor = start;
  // A year is enough for any sensible setting; the bound only guards against a bad one.
  for (let i = 0; i < 400; i++) {
    const d = berlinDay(cursor);
    if (d.weekday >= 1 && d.weekday <= 5 && !nrwPublicHolidays(d.year).has(d.day)) {
      const opens = berlinAt(d.year, d.month, d.date, OFFICE_OPENS);
      const closes = berlinAt(d.year, d.month, d.date, OFFICE_CLOSES);
      const from = cursor > opens ? cursor : opens;
      if (from < closes) {
        const available = closes.getTime() - from.getTime();
        if (remaining <= available) return new Date(from.getTime() + remaining);
        remaining -= available;
      }
    }
    // On to the next day's midnight (noon UTC of the day plus one lands safely on the next Berlin day).
    const next = new Date(Date.UTC(d.year, d.month - 1, d.date + 1, 12));
    cursor = berlinAt(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0);
  }
  throw new Error(`No deadline within 400 days for ${hours} working hours`);
}
