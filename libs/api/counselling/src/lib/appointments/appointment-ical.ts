import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface AppointmentCalendarInput {
  id: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  /** When this version of the appointment was written (DTSTAMP). */
  stamp: Date;
  cancelled: boolean;
  summary: string;
  description: string;
  location: string | null;
  url: string;
  organizer: { name: string; email: string };
  attendees: Array<{ name: string; email: string }>;
}

/** The appointment's UID: stable across changes, so calendars update or remove the same entry. */
export const appointmentUid = (id: string): string => `counselling-appointment-${id}@koko-campus`;

/**
 * One appointment as an RFC 5545 calendar, times in UTC. `REQUEST` and `CANCEL` are for mails
 * (iTIP, RFC 5546: the same UID with a higher SEQUENCE replaces or removes the entry); a download
 * carries no METHOD, so a calendar imports it as a plain event.
 */
export function appointmentCalendar(a: AppointmentCalendarInput, method: 'REQUEST' | 'CANCEL' | null): string {
  const calendar = ical({
    prodId: { company: 'KoKo Campus', product: 'Beratung', language: 'DE' },
    name: a.summary,
    ...(method ? { method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST } : {}),
  });
  calendar.createEvent({
    id: appointmentUid(a.id),
    sequence: a.sequence,
    stamp: a.stamp,
    start: a.startsAt,
    end: a.endsAt,
    summary: a.summary,
    description: a.description,
    location: a.location ?? undefined,
    url: a.url,
    status: a.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: a.organizer,
    attendees: a.attendees.map((p) => ({
      name: p.name,
      email: p.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.ACCEPTED,
    })),
  });
  return calendar.toString();
}
