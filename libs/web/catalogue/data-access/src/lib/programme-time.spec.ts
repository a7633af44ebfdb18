import { berlinToIso, calendarDay, isoToBerlin } from './programme-time';

describe('programme time (Europe/Berlin)', () => {
  it('reads winter times as UTC+1 and summer times as UTC+2', () => {
    expect(berlinToIso('2026-01-15', '09:30')).toBe('2026-01-15T08:30:00.000Z');
    expect(berlinToIso('2026-07-01', '09:30')).toBe('2026-07-01T07:30:00.000Z');
  });

  it('handles the days of the clock changes', () => {
    // 29 March 2026: 02:00 → 03:00; 25 October 2026: 03:00 → 02:00.
    expect(berlinToIso('2026-03-29', '01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(berlinToIso('2026-03-29', '10:00')).toBe('2026-03-29T08:00:00.000Z');
    expect(berlinToIso('2026-10-25', '10:00')).toBe('2026-10-25T09:00:00.000Z');
    expect(berlinToIso('2026-10-24', '23:59')).toBe('2026-10-24T21:59:00.000Z');
  });

  it('refuses malformed or impossible input', () => {
    expect(berlinToIso('2026-02-30', '10:00')).toBeNull();
    expect(berlinToIso('15.01.2026', '10:00')).toBeNull();
    expect(berlinToIso('2026-01-15', '25:00')).toBeNull();
    expect(berlinToIso('2026-01-15', '')).toBeNull();
  });

  it('turns instants back into the Berlin day and time the admin typed', () => {
    expect(isoToBerlin('2026-01-15T08:30:00.000Z')).toEqual({ day: '2026-01-15', time: '09:30' });
    expect(isoToBerlin('2026-07-01T22:15:00Z')).toEqual({ day: '2026-07-02', time: '00:15' });
    expect(isoToBerlin('not a date')).toBeNull();
    for (const [day, time] of [['2026-03-29', '03:00'], ['2026-10-25', '01:00'], ['2026-12-31', '23:59']] as const) {
      expect(isoToBerlin(berlinToIso(day, time) ?? '')).toEqual({ day, time });
    }
  });

  it('gives calendar days as instants that are that day on Berlin clock', () => {
    expect(calendarDay('2026-09-01')?.toISOString()).toBe('2026-09-01T12:00:00.000Z');
    expect(calendarDay('')).toBeNull();
    expect(calendarDay(undefined)).toBeNull();
  });
});
