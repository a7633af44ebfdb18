import { COMMON_MESSAGES, DomainException, Messages, registerDomainErrors } from '@koko/api/core/graphql';
import { ErrorCode } from '@koko/shared';

export enum EventsErrorCode {
  SHORT_FORMAT_NOT_FOUND = 'SHORT_FORMAT_NOT_FOUND',
  TOPIC_NOT_FOUND = 'TOPIC_NOT_FOUND',
  TOPIC_TAKEN = 'TOPIC_TAKEN',
  END_BEFORE_START = 'END_BEFORE_START',
  REGISTRATION_PERIOD_INVALID = 'REGISTRATION_PERIOD_INVALID',
  JOIN_LINK_REQUIRED = 'JOIN_LINK_REQUIRED',
  ADDRESS_REQUIRED = 'ADDRESS_REQUIRED',
  STATE_CHANGE_NOT_ALLOWED = 'STATE_CHANGE_NOT_ALLOWED',
  CAPACITY_BELOW_CONFIRMED = 'CAPACITY_BELOW_CONFIRMED',
  REGISTRATION_NOT_OPEN = 'REGISTRATION_NOT_OPEN',
  ALREADY_REGISTERED = 'ALREADY_REGISTERED',
  MUNICIPALITY_NOT_FOUND = 'MUNICIPALITY_NOT_FOUND',
  REGISTRATION_NOT_FOUND = 'REGISTRATION_NOT_FOUND',
  REGISTRATION_EXPIRED = 'REGISTRATION_EXPIRED',
  REGISTRATION_ACTION_NOT_ALLOWED = 'REGISTRATION_ACTION_NOT_ALLOWED',
  NOT_ON_WAITING_LIST = 'NOT_ON_WAITING_LIST',
  CHECK_IN_NOT_FOUND = 'CHECK_IN_NOT_FOUND',
  CHECK_IN_NOT_CONFIRMED = 'CHECK_IN_NOT_CONFIRMED',
  CHECK_IN_NOT_OPEN = 'CHECK_IN_NOT_OPEN',
  EVENT_NOT_HELD = 'EVENT_NOT_HELD',
  ATTENDANCE_CONFIRMATION_NOT_FOUND = 'ATTENDANCE_CONFIRMATION_NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
}

export class EventsException extends DomainException<EventsErrorCode> {
  constructor(code: EventsErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }
}

export function messageFor(code: EventsErrorCode): Messages {
  switch (code) {
    case EventsErrorCode.SHORT_FORMAT_NOT_FOUND:
      return { de: 'Die Veranstaltung wurde nicht gefunden.', en: 'The event was not found.' };
    case EventsErrorCode.TOPIC_NOT_FOUND:
      return { de: 'Bitte wählen Sie ein Thema aus der Liste.', en: 'Please choose a topic from the list.' };
    case EventsErrorCode.TOPIC_TAKEN:
      return { de: 'Ein Thema mit diesem Titel gibt es bereits.', en: 'A topic with this title already exists.' };
    case EventsErrorCode.END_BEFORE_START:
      return { de: 'Das Ende muss nach dem Beginn liegen.', en: 'The end must be after the start.' };
    case EventsErrorCode.REGISTRATION_PERIOD_INVALID:
      return {
        de: 'Die Anmeldung muss öffnen, bevor sie schließt, und spätestens mit dem Ende der Veranstaltung schließen.',
        en: 'Registration must open before it closes and close by the end of the event at the latest.',
      };
    case EventsErrorCode.JOIN_LINK_REQUIRED:
      return { de: 'Online- und hybride Veranstaltungen brauchen einen Zugangslink.', en: 'Online and hybrid events need a join link.' };
    case EventsErrorCode.ADDRESS_REQUIRED:
      return { de: 'Präsenz- und hybride Veranstaltungen brauchen eine Adresse.', en: 'In-person and hybrid events need an address.' };
    case EventsErrorCode.STATE_CHANGE_NOT_ALLOWED:
      return { de: 'Diese Änderung ist im aktuellen Status der Veranstaltung nicht möglich.', en: 'This change is not possible in the event’s current state.' };
    case EventsErrorCode.CAPACITY_BELOW_CONFIRMED:
      return {
        de: 'Die Zahl der Plätze kann nicht unter {taken} sinken: so viele Plätze sind bereits vergeben.',
        en: 'The number of places cannot go below {taken}: that many places are already taken.',
      };
    case EventsErrorCode.REGISTRATION_NOT_OPEN:
      return { de: 'Für diese Veranstaltung ist derzeit keine Anmeldung möglich.', en: 'Registration for this event is not open at the moment.' };
    case EventsErrorCode.ALREADY_REGISTERED:
      return { de: 'Mit dieser E-Mail-Adresse besteht bereits eine Anmeldung.', en: 'There is already a registration with this e-mail address.' };
    case EventsErrorCode.MUNICIPALITY_NOT_FOUND:
      return { de: 'Bitte wählen Sie eine Kommune aus der Liste oder geben Sie Ihre Organisation an.', en: 'Please choose a municipality from the list or enter your organisation.' };
    case EventsErrorCode.REGISTRATION_NOT_FOUND:
      return { de: 'Die Anmeldung wurde nicht gefunden. Bitte prüfen Sie den Link.', en: 'The registration was not found. Please check the link.' };
    case EventsErrorCode.REGISTRATION_EXPIRED:
      return {
        de: 'Die Frist zur Bestätigung ist abgelaufen. Bitte melden Sie sich erneut an.',
        en: 'The time to confirm has passed. Please register again.',
      };
    case EventsErrorCode.REGISTRATION_ACTION_NOT_ALLOWED:
      return { de: 'Das ist im aktuellen Status Ihrer Anmeldung nicht möglich.', en: 'This is not possible in the current state of your registration.' };
    case EventsErrorCode.NOT_ON_WAITING_LIST:
      return { de: 'Diese Anmeldung steht nicht (mehr) auf der Warteliste.', en: 'This registration is not (or no longer) on the waiting list.' };
    case EventsErrorCode.CHECK_IN_NOT_FOUND:
      return { de: 'Zu diesem Code gibt es bei dieser Veranstaltung keine Anmeldung. Bitte prüfen Sie die Eingabe.', en: 'There is no registration with this code for this event. Please check the input.' };
    case EventsErrorCode.CHECK_IN_NOT_CONFIRMED:
      return { de: 'Diese Anmeldung ist nicht bestätigt (z. B. storniert oder auf der Warteliste) und kann nicht eingecheckt werden.', en: 'This registration is not confirmed (e.g. cancelled or on the waiting list) and cannot be checked in.' };
    case EventsErrorCode.CHECK_IN_NOT_OPEN:
      return { de: 'Der Check-in ist zu dieser Zeit nicht möglich.', en: 'Check-in is not possible at this time.' };
    case EventsErrorCode.EVENT_NOT_HELD:
      return {
        de: 'Teilnahmebescheinigungen gibt es erst, wenn die Veranstaltung als stattgefunden markiert ist.',
        en: 'Attendance confirmations are issued once the event is marked as held.',
      };
    case EventsErrorCode.ATTENDANCE_CONFIRMATION_NOT_FOUND:
      return { de: 'Für diese Anmeldung gibt es (noch) keine Teilnahmebescheinigung.', en: 'There is no attendance confirmation for this registration (yet).' };
    case EventsErrorCode.FORBIDDEN:
      return COMMON_MESSAGES[ErrorCode.FORBIDDEN];
  }
}

registerDomainErrors(EventsException, (e) => messageFor(e.code));
