import { calendarDayInstant, PROGRAMME_TIME_ZONE } from '@koko/web/shared/util';

export { PROGRAMME_TIME_ZONE };

/**
 * The programme runs in NRW: sessions and deadlines are typed and shown in Berlin time,
 * whatever zone the admin's browser is in. The API takes and returns UTC instants.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: PROGRAMME_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockOf(instant: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const part of wallClock.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 0,
    day: parts['day'] ?? 0,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

/** Berlin's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function berlinOffset(epochMs: number): number {
  const w = wallClockOf(new Date(epochMs));
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * The UTC instant (ISO 8601) of a Berlin calendar day (`YYYY-MM-DD`) and wall-clock time (`HH:MM`);
 * null when either is malformed. A time skipped by the spring clock change lands one hour later.
 */
export function berlinToIso(day: string, time: string): string | null {
  const d = DATE.exec(day);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, date, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || date < 1 || date > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  if (new Date(wall).getUTCDate() !== date) return null;
  let instant = wall - berlinOffset(wall);
  // Near a clock change the first guess used the wrong offset; the offset at the guess is the right one.
  const corrected = wall - berlinOffset(instant);
  if (corrected !== instant) instant = corrected;
  return new Date(instant).toISOString();
}

/** The Berlin calendar day (`YYYY-MM-DD`) and wall-clock time (`HH:MM`) of an instant. */
export function isoToBerlin(iso: string): { day: string; time: string } | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  const w = wallClockOf(instant);
  return { day: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/**
 * A calendar day (`YYYY-MM-DD`, as cohorts store their dates) as an instant that is that day on
 * Berlin's clock, the clock every date is shown on: `{{ cohort.startsOn | calendarDay | localDate }}`.
 * Invalid input gives null.
 */
export function calendarDay(day: string | null | undefined): Date | null {
  return calendarDayInstant(day);
}
