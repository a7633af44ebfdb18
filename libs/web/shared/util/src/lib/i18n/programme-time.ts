import { InjectionToken } from '@angular/core';

/**
 * The programme runs in NRW: every session, deadline and timestamp is shown on Berlin's clock,
 * whatever zone the viewer's device is in (the API sends UTC instants; mails use the same zone).
 */
export const PROGRAMME_TIME_ZONE = 'Europe/Berlin';

/** The zone of the viewer's device; a token so tests (and a journey) can force a foreign one. */
export const DEVICE_TIME_ZONE = new InjectionToken<string>('DEVICE_TIME_ZONE', {
  providedIn: 'root',
  factory: detectDeviceTimeZone,
});

export function detectDeviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || PROGRAMME_TIME_ZONE;
  } catch {
    return PROGRAMME_TIME_ZONE;
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day of the API (`YYYY-MM-DD`) as the instant at noon UTC: on Berlin's clock that is
 * always the same day, so formatting it with the programme zone never shifts it. Null if malformed.
 */
export function calendarDayInstant(day: string | null | undefined): Date | null {
  const match = day ? DAY.exec(day) : null;
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const instant = new Date(Date.UTC(year, month - 1, date, 12));
  return instant.getUTCDate() === date ? instant : null;
}

/** Whether these options print a time of day (then a zone label may be needed). */
export function showsTimeOfDay(options: Intl.DateTimeFormatOptions): boolean {
  return options.timeStyle !== undefined || options.hour !== undefined || options.minute !== undefined;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC of a zone at an instant. */
function offsetMinutes(zone: string, instant: Date): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    offsetFormats.set(zone, format);
  }
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p['year'] ?? 0, (p['month'] ?? 1) - 1, p['day'] ?? 1, p['hour'] ?? 0, p['minute'] ?? 0);
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * True when a clock in `deviceZone` shows another time than Berlin's at this instant (New York
 * always, Paris never): only then does a shown time need the label "(Berliner Zeit)".
 */
export function deviceClockDiffers(deviceZone: string, instant: Date): boolean {
  if (deviceZone === PROGRAMME_TIME_ZONE) return false;
  try {
    return offsetMinutes(deviceZone, instant) !== offsetMinutes(PROGRAMME_TIME_ZONE, instant);
  } catch {
    return false; // an unknown zone name: nothing to compare with
  }
}
