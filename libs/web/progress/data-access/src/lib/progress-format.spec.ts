import { dayToDate, formatDay, formatSessionTime } from './progress-format';

describe('progress formatting', () => {
  it('reads calendar days as local dates', () => {
    const date = dayToDate('2026-03-01');
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate()]).toEqual([2026, 2, 1]);
    expect(dayToDate('01.03.2026')).toBeNull();
    expect(formatDay('2026-03-01', 'de-DE')).toBe('01.03.2026');
  });

  it('formats a session on one day as a time range', () => {
    const text = formatSessionTime('2026-03-03T08:00:00Z', '2026-03-03T15:00:00Z', 'de-DE');
    expect(text).toContain('2026');
    expect(text).toMatch(/\d{2}:\d{2}\s?[–-]\s?\d{2}:\d{2}/);
  });
});
