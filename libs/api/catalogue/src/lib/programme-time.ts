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
