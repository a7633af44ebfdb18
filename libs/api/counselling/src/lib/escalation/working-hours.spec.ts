import { addWorkingHours, isWorkingDay, nrwPublicHolidays } from './working-hours';

const at = (iso: string) => new Date(iso);

describe('working hours (Mon–Fri 08:00–17:00 Berlin, NRW public holidays off)', () => {
  it('knows NRW’s public holidays from date-holidays (Fronleichnam and Allerheiligen, not Reformationstag)', () => {
    const days = nrwPublicHolidays(2030);
    expect(days.has('2030-06-20')).toBe(true); // Fronleichnam
    expect(days.has('2030-11-01')).toBe(true); // Allerheiligen
    expect(days.has('2030-10-31')).toBe(false); // Reformationstag is not a holiday in NRW
    expect(isWorkingDay(at('2030-06-20T10:00:00Z'))).toBe(false);
    expect(isWorkingDay(at('2030-06-19T10:00:00Z'))).toBe(true);
    expect(isWorkingDay(at('2030-06-22T10:00:00Z'))).toBe(false); // Saturday
  });

  it('counts within a day, and from the next opening when started outside office hours', () => {
    // Tuesday 10:00 CEST + 4 h = 14:00 CEST.
    expect(addWorkingHours(at('2030-06-18T08:00:00Z'), 4).toISOString()).toBe('2030-06-18T12:00:00.000Z');
    // Tuesday 22:00 CEST: counts from Wednesday 08:00 → 12:00 CEST.
    expect(addWorkingHours(at('2030-06-18T20:00:00Z'), 4).toISOString()).toBe('2030-06-19T10:00:00.000Z');
  });

  it('skips a public holiday (Fronleichnam, Thursday 20 June 2030)', () => {
    // Wednesday 15:00 CEST: 2 h on Wednesday, Thursday off, 2 h on Friday → Friday 10:00 CEST.
    expect(addWorkingHours(at('2030-06-19T13:00:00Z'), 4).toISOString()).toBe('2030-06-21T08:00:00.000Z');
  });

  it('skips a weekend and the clock change (Friday 25 October 2030 → Monday 28 October, now CET)', () => {
    // Friday 16:00 CEST: 1 h on Friday, 3 h on Monday → Monday 11:00 CET = 10:00 UTC.
    expect(addWorkingHours(at('2030-10-25T14:00:00Z'), 4).toISOString()).toBe('2030-10-28T10:00:00.000Z');
  });

  it('skips Allerheiligen and the weekend after it (Thursday 31 October 2030 → Monday 4 November)', () => {
    // Thursday 16:00 CET: 1 h, Friday 1 November off, weekend off, Monday 08:00 + 3 h.
    expect(addWorkingHours(at('2030-10-31T15:00:00Z'), 4).toISOString()).toBe('2030-11-04T10:00:00.000Z');
  });

  it('spans several days for a larger setting', () => {
    // Monday 08:00 CEST + 20 h = Monday 9 h, Tuesday 9 h, Wednesday 2 h → Wednesday 10:00 CEST.
    expect(addWorkingHours(at('2030-06-03T06:00:00Z'), 20).toISOString()).toBe('2030-06-05T08:00:00.000Z');
  });
});
