import { DomainException, Messages, registerDomainErrors } from '@koko/api/core/graphql';

export enum CounsellingErrorCode {
  COUNSELLING_REQUEST_NOT_FOUND = 'COUNSELLING_REQUEST_NOT_FOUND',
  MUNICIPALITY_NOT_FOUND = 'MUNICIPALITY_NOT_FOUND',
  TOPIC_NOT_FOUND = 'TOPIC_NOT_FOUND',
  NOT_AN_ADVISOR = 'NOT_AN_ADVISOR',
  ADVISORS_INVALID = 'ADVISORS_INVALID',
  ADVISOR_REQUIRED = 'ADVISOR_REQUIRED',
  STATUS_CHANGE_NOT_ALLOWED = 'STATUS_CHANGE_NOT_ALLOWED',
  DECLINE_REASON_REQUIRED = 'DECLINE_REASON_REQUIRED',
  OUTCOME_REQUIRED = 'OUTCOME_REQUIRED',
  REQUEST_FINISHED = 'REQUEST_FINISHED',
  NOTES_FOR_ADVISORS_ONLY = 'NOTES_FOR_ADVISORS_ONLY',
  MESSAGE_EMPTY = 'MESSAGE_EMPTY',
  APPOINTMENT_NOT_FOUND = 'APPOINTMENT_NOT_FOUND',
  APPOINTMENT_IN_PAST = 'APPOINTMENT_IN_PAST',
  APPOINTMENT_LINK_REQUIRED = 'APPOINTMENT_LINK_REQUIRED',
  APPOINTMENT_PLACE_REQUIRED = 'APPOINTMENT_PLACE_REQUIRED',
  APPOINTMENT_CANCELLED = 'APPOINTMENT_CANCELLED',
  FILE_NOT_FOUND = 'FILE_NOT_FOUND',
  TOO_MANY_FILES = 'TOO_MANY_FILES',
  FILES_INVALID = 'FILES_INVALID',
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  TOO_MANY_COUNSELLING_REQUESTS = 'TOO_MANY_COUNSELLING_REQUESTS',
}

export class CounsellingException extends DomainException<CounsellingErrorCode> {
  constructor(code: CounsellingErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }
}

export function messageFor(code: CounsellingErrorCode): Messages {
  switch (code) {
    case CounsellingErrorCode.CONSENT_REQUIRED:
      return {
        de: 'Bitte stimmen Sie zu, dass wir Ihre Angaben zur Bearbeitung der Anfrage speichern und dafür ein Konto für Sie anlegen.',
        en: 'Please agree that we store your details to handle the request and create an account for you for it.',
      };
    case CounsellingErrorCode.TOO_MANY_COUNSELLING_REQUESTS:
      return {
        de: 'Von Ihrem Anschluss kamen in der letzten Stunde schon mehrere Anfragen. Bitte versuchen Sie es später noch einmal oder schreiben Sie uns eine E-Mail.',
        en: 'Several requests came from your connection in the last hour. Please try again later or write us an e-mail.',
      };
    case CounsellingErrorCode.COUNSELLING_REQUEST_NOT_FOUND:
      return { de: 'Die Beratungsanfrage wurde nicht gefunden.', en: 'The counselling request was not found.' };
    case CounsellingErrorCode.MUNICIPALITY_NOT_FOUND:
      return { de: 'Bitte wählen Sie eine Kommune aus der Liste.', en: 'Please choose a municipality from the list.' };
    case CounsellingErrorCode.TOPIC_NOT_FOUND:
      return { de: 'Bitte wählen Sie ein Thema aus der Liste.', en: 'Please choose a topic from the list.' };
    case CounsellingErrorCode.NOT_AN_ADVISOR:
      return { de: 'Nur Personen mit der Rolle Berater:in können eine Anfrage begleiten.', en: 'Only people with the advisor role can accompany a request.' };
    case CounsellingErrorCode.ADVISORS_INVALID:
      return { de: 'Bitte wählen Sie eine oder zwei verschiedene Berater:innen.', en: 'Please choose one or two different advisors.' };
    case CounsellingErrorCode.ADVISOR_REQUIRED:
      return { de: 'Bitte ordnen Sie zuerst eine Berater:in zu.', en: 'Please assign an advisor first.' };
    case CounsellingErrorCode.STATUS_CHANGE_NOT_ALLOWED:
      return {
        de: 'Eine Anfrage im Status „{fromDe}“ kann nicht in den Status „{toDe}“ wechseln.',
        en: 'A request that is {fromEn} cannot become {toEn}.',
      };
    case CounsellingErrorCode.DECLINE_REASON_REQUIRED:
      return { de: 'Bitte geben Sie einen Grund für die Ablehnung an.', en: 'Please give a reason for declining.' };
    case CounsellingErrorCode.OUTCOME_REQUIRED:
      return {
        de: 'Zum Abschluss wählen Sie bitte mindestens eine Ergebnis-Kategorie und schreiben eine kurze Zusammenfassung.',
        en: 'To close, please choose at least one outcome category and write a short summary.',
      };
    case CounsellingErrorCode.REQUEST_FINISHED:
      return { de: 'Diese Anfrage ist bereits abgeschlossen oder abgelehnt.', en: 'This request has already been closed or declined.' };
    case CounsellingErrorCode.NOTES_FOR_ADVISORS_ONLY:
      return { de: 'Vertrauliche Notizen schreiben nur Berater:innen und das Programmteam.', en: 'Only advisors and the programme team write confidential notes.' };
    case CounsellingErrorCode.MESSAGE_EMPTY:
      return { de: 'Bitte schreiben Sie eine Nachricht.', en: 'Please write a message.' };
    case CounsellingErrorCode.APPOINTMENT_NOT_FOUND:
      return { de: 'Der Termin wurde nicht gefunden.', en: 'The appointment was not found.' };
    case CounsellingErrorCode.APPOINTMENT_IN_PAST:
      return { de: 'Bitte wählen Sie einen Zeitpunkt in der Zukunft.', en: 'Please choose a time in the future.' };
    case CounsellingErrorCode.APPOINTMENT_LINK_REQUIRED:
      return { de: 'Für einen Online-Termin geben Sie bitte einen Link an, der mit https:// beginnt.', en: 'For an online appointment, please give a link starting with https://.' };
    case CounsellingErrorCode.APPOINTMENT_PLACE_REQUIRED:
      return { de: 'Für einen Termin vor Ort geben Sie bitte den Ort an.', en: 'For an on-site appointment, please give the place.' };
    case CounsellingErrorCode.FILE_NOT_FOUND:
      return { de: 'Die Datei wurde nicht gefunden.', en: 'The file was not found.' };
    case CounsellingErrorCode.TOO_MANY_FILES:
      return { de: 'Es sind höchstens {max} Dateien je Nachricht möglich.', en: 'At most {max} files per message are possible.' };
    case CounsellingErrorCode.FILES_INVALID:
      return { de: 'Bitte laden Sie die Dateien erneut hoch: Es lassen sich nur Ihre eigenen, noch nicht gesendeten Dateien anhängen.', en: 'Please upload the files again: only your own files not sent yet can be attached.' };
    case CounsellingErrorCode.APPOINTMENT_CANCELLED:
      return { de: 'Dieser Termin ist bereits abgesagt.', en: 'This appointment has already been cancelled.' };
  }
}

registerDomainErrors(CounsellingException, (e) => messageFor(e.code));
