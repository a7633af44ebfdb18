import { berlinDay, berlinInstant } from './programme-time';

describe('programme time', () => {
  it('turns a Berlin wall-clock time into the instant, in winter and in summer', () => {
    expect(berlinInstant('2026-01-15', '23:59').toISOString()).toBe('2026-01-15T22:59:00.000Z');
    expect(berlinInstant('2026-07-15', '23:59').toISOString()).toBe('2026-07-15T21:59:00.000Z');
    expect(berlinInstant('2026-03-09', '09:00').toISOString()).toBe('2026-03-09T08:00:00.000Z');
  });

  it('gets the days of the daylight-saving switches right', () => {
    // Summer time starts on 29 March 2026 at 02:00, ends on 25 October 2026 at 03:00.
    expect(berlinInstant('2026-03-29', '23:59').toISOString()).toBe('2026-03-29T21:59:00.000Z');
    expect(berlinInstant('2026-03-29', '00:30').toISOString()).toBe('2026-03-28T23:30:00.000Z');
    expect(berlinInstant('2026-10-25', '23:59').toISOString()).toBe('2026-10-25T22:59:00.000Z');
    expect(berlinDay(berlinInstant('2026-10-25', '23:59'))).toBe('2026-10-25');
  });
});
