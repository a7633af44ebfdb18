import ical, { ICalCalendarMethod } from 'ical-generator';
import { ShortFormat, ShortFormatFormat } from '../short-format.entity';

/** iCal for the public: title, time, place and the detail page — never the join link. */
export function shortFormatCalendar(events: ShortFormat[], publicUrl: string, name = 'KoKo Campus – Kurzformate'): string {
  const calendar = ical({ name, prodId: { company: 'KoKo Campus', product: 'Kurzformate', language: 'DE' }, method: ICalCalendarMethod.PUBLISH });
  for (const e of events) {
    const url = `${publicUrl}/veranstaltungen/${e.id}`;
    calendar.createEvent({
      id: `short-format-${e.id}@koko-campus`,
      start: e.startsAt,
      end: e.endsAt,
      summary: e.title,
      description: [e.description, e.format === ShortFormatFormat.IN_PERSON ? '' : 'Online: Der Zugangslink kommt per E-Mail an bestätigte Teilnehmer:innen. / The join link is sent by e-mail to confirmed attendees.', url]
        .filter(Boolean)
        .join('\n\n'),
      location: e.format === ShortFormatFormat.ONLINE ? 'Online' : e.address,
      url,
    });
  }
  return calendar.toString();
}
