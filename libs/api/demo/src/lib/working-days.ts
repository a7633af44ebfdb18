/**
 * Working days in North Rhine-Westphalia, for demo dates a programme team would actually choose:
 * Monday to Friday, and none of the state's public holidays.
 */

const DAY = 86_400_000;

/** Easter Sunday of a year (Gregorian calendar; the anonymous algorithm of Meeus/Jones/Butcher), as a UTC date. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The public holidays of NRW in a year (YYYY-MM-DD). */
export function nrwHolidays(year: number): Set<string> {
  const easter = easterSunday(year).getTime();
  const relative = [-2, 1, 39, 50, 60].map((days) => iso(new Date(easter + days * DAY))); // Karfreitag, Ostermontag, Christi Himmelfahrt, Pfingstmontag, Fronleichnam
  const fixed = ['01-01', '05-01', '10-03', '11-01', '12-25', '12-26'].map((md) => `${year}-${md}`); // Neujahr, Tag der Arbeit, Tag der Deutschen Einheit, Allerheiligen, Weihnachten
  return new Set([...relative, ...fixed]);
}

/** Whether a calendar day (YYYY-MM-DD) is a working day in NRW. */
export function isWorkingDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !nrwHolidays(date.getUTCFullYear()).has(day);
}

/** The calendar day itself when it is a working day, otherwise the next one. */
export function workingDayFrom(day: string): string {
  let date = new Date(`${day}T00:00:00Z`);
  while (!isWorkingDay(iso(date))) date = new Date(date.getTime() + DAY);
  return iso(date);
}

/** The next working day after a calendar day. */
export function nextWorkingDay(day: string): string {
  return workingDayFrom(iso(new Date(Date.parse(`${day}T00:00:00Z`) + DAY)));
}
