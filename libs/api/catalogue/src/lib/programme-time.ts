/** The programme runs in NRW: calendar days are those of Europe/Berlin, whatever the server's zone. */
export const PROGRAMME_TIME_ZONE = 'Europe/Berlin';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: PROGRAMME_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) of an instant in Berlin. */
export function berlinDay(instant: Date): string {
  return dayFormat.format(instant);
}

export function todayInBerlin(now: Date = new Date()): string {
  return berlinDay(now);
}

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: PROGRAMME_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Berlin's wall clock is ahead of UTC at an instant, in milliseconds. */
function berlinOffset(instant: Date): number {
  const p = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return Date.UTC(p['year'], p['month'] - 1, p['day'], p['hour'], p['minute'], p['second']) - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant of a wall-clock time on a Berlin calendar day, e.g. a deadline at `berlinInstant('2026-03-09', '23:59')`. */
export function berlinInstant(day: string, time: string): Date {
  const asUtc = Date.parse(`${day}T${time}:00Z`);
  const first = asUtc - berlinOffset(new Date(asUtc));
  // Once more with the offset at the result, for a time near a daylight-saving switch.
  return new Date(asUtc - berlinOffset(new Date(first)));
}
