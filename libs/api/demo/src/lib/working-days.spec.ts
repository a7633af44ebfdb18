import { easterSunday, isWorkingDay, nextWorkingDay, nrwHolidays, workingDayFrom } from './working-days';

describe('working days in NRW', () => {
  it('knows Easter Sunday', () => {
    expect(easterSunday(2025).toISOString().slice(0, 10)).toBe('2025-04-20');
    expect(easterSunday(2026).toISOString().slice(0, 10)).toBe('2026-04-05');
    expect(easterSunday(2027).toISOString().slice(0, 10)).toBe('2027-03-28');
  });

  it('lists the eleven public holidays of NRW', () => {
    expect([...nrwHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-06-04',
      '2026-10-03',
      '2026-11-01',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-12-02')).toBe(true); // a Wednesday
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(workingDayFrom('2026-12-05')).toBe('2026-12-07');
    expect(workingDayFrom('2026-12-24')).toBe('2026-12-24');
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-28'); // over Christmas and a weekend
    expect(workingDayFrom('2026-04-03')).toBe('2026-04-07'); // Karfreitag to the Tuesday after Easter
  });
});
