import { dateOfDay, dateOfTime, dayOf, timeOf } from './picker-values';

describe('picker values', () => {
  it('turns calendar days into the local Date a date picker shows and back', () => {
    const date = dateOfDay('2031-03-05');
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate(), date?.getHours()]).toEqual([2031, 2, 5, 0]);
    expect(dayOf(date)).toBe('2031-03-05');
    expect(dateOfDay('05.03.2031')).toBeNull();
    expect(dateOfDay(undefined)).toBeNull();
    expect(dayOf(null)).toBe('');
  });

  it('turns HH:MM into the Date a time picker holds and back', () => {
    expect(timeOf(dateOfTime('09:05'))).toBe('09:05');
    expect(timeOf(dateOfTime('23:59'))).toBe('23:59');
    expect(dateOfTime('9 Uhr')).toBeNull();
    expect(timeOf(new Date(Number.NaN))).toBe('');
  });
});
