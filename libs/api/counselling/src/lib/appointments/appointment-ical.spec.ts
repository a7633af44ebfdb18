import { appointmentCalendar, appointmentUid } from './appointment-ical';

const base = {
  id: '6f9c1b9e-1d7a-4f35-9a39-0c7b7a0e2c11',
  sequence: 2,
  startsAt: new Date('2030-03-05T09:00:00.000Z'),
  endsAt: new Date('2030-03-05T10:30:00.000Z'),
  stamp: new Date('2030-03-01T08:15:00.000Z'),
  cancelled: false,
  summary: 'Beratung: Nachbarschaftskonflikte · Kleve',
  description: 'Online-Termin. Link: https://meet.example/abc',
  location: 'https://meet.example/abc',
  url: 'http://campus.test/beratung/anfragen/x',
  organizer: { name: 'KoKo Campus Beratung', email: 'team@koko.example' },
  attendees: [
    { name: 'Anna Beispiel', email: 'anna@example.org' },
    { name: 'Dr. Hanna Vogt', email: 'vogt@example.org' },
  ],
};

/** Unfolds RFC 5545 content lines (a line starting with a space continues the previous one). */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('appointmentCalendar', () => {
  it('writes one VEVENT with UID, DTSTAMP, UTC start and end, organizer, attendees and SEQUENCE; CRLF line ends', () => {
    const ics = appointmentCalendar(base, 'REQUEST');
    expect(ics.split('\r\n').filter((l) => Buffer.byteLength(l) > 75)).toEqual([]);
    const l = lines(ics);
    expect(l[0]).toBe('BEGIN:VCALENDAR');
    expect(l).toContain('VERSION:2.0');
    expect(l).toContain('METHOD:REQUEST');
    expect(l).toContain(`UID:${appointmentUid(base.id)}`);
    expect(l).toContain('SEQUENCE:2');
    expect(l).toContain('DTSTAMP:20300301T081500Z');
    expect(l).toContain('DTSTART:20300305T090000Z');
    expect(l).toContain('DTEND:20300305T103000Z');
    expect(l).toContain('STATUS:CONFIRMED');
    expect(l.find((x) => x.startsWith('ORGANIZER'))).toBe('ORGANIZER;CN="KoKo Campus Beratung":mailto:team@koko.example');
    expect(l.filter((x) => x.startsWith('ATTENDEE')).map((x) => x.split(/:mailto:/i)[1])).toEqual(['anna@example.org', 'vogt@example.org']);
    expect(l.filter((x) => x === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('a cancellation says METHOD:CANCEL and STATUS:CANCELLED; a download carries no METHOD', () => {
    const cancel = lines(appointmentCalendar({ ...base, sequence: 3, cancelled: true }, 'CANCEL'));
    expect(cancel).toContain('METHOD:CANCEL');
    expect(cancel).toContain('STATUS:CANCELLED');
    expect(cancel).toContain('SEQUENCE:3');
    expect(lines(appointmentCalendar(base, null)).some((x) => x.startsWith('METHOD'))).toBe(false);
  });
});
