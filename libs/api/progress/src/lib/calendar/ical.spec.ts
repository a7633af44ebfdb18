import { calendar, calendarName, fold } from './ical';

describe('iCal writer', () => {
  it('names the calendar after the cohort without doubling the programme', () => {
    expect(calendarName('KoKo II – Durchgang 2026')).toBe('KoKo II – Durchgang 2026');
    expect(calendarName('Durchgang 2026')).toBe('KoKo II – Durchgang 2026');
    expect(calendarName('  KoKo II Herbst ')).toBe('KoKo II Herbst');
  });

  const ics = calendar(
    'KoKo II – Durchgang 2026',
    [{ uid: 's1@koko', start: new Date('2026-03-02T08:00:00Z'), end: new Date('2026-03-02T15:00:00Z'), summary: 'Modul 1, Tag 1', location: 'Krefeld; Raum A', url: 'https://meet.example/abc' }],
    new Date('2026-01-01T00:00:00Z'),
  );

  it('writes one event in UTC with escaped text and CRLF line ends', () => {
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('DTSTART:20260302T080000Z');
    expect(lines).toContain('DTEND:20260302T150000Z');
    expect(lines).toContain('SUMMARY:Modul 1\\, Tag 1');
    expect(lines).toContain('LOCATION:Krefeld\\; Raum A');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const folded = fold(`SUMMARY:${'Ü'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'Ü'.repeat(60)}`);
  });
});
