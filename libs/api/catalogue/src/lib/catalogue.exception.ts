import { COMMON_MESSAGES, DomainException, Messages, registerDomainErrors } from '@koko/api/core/graphql';
import { ErrorCode } from '@koko/shared';

export enum CatalogueErrorCode {
  MUNICIPALITY_NOT_FOUND = 'MUNICIPALITY_NOT_FOUND',
  MUNICIPALITY_KEY_TAKEN = 'MUNICIPALITY_KEY_TAKEN',
  MUNICIPALITY_INVALID = 'MUNICIPALITY_INVALID',
  PROGRAMME_INCOMPLETE = 'PROGRAMME_INCOMPLETE',
  MODULE_POSITION_INVALID = 'MODULE_POSITION_INVALID',
  MODULE_NOT_FOUND = 'MODULE_NOT_FOUND',
  COHORT_NOT_FOUND = ErrorCode.COHORT_NOT_FOUND,
  COHORT_NAME_TAKEN = 'COHORT_NAME_TAKEN',
  COHORT_DATES_ORDER = 'COHORT_DATES_ORDER',
  APPLICATION_PERIOD_ORDER = 'APPLICATION_PERIOD_ORDER',
  CAPACITY_BELOW_ADMITTED = 'CAPACITY_BELOW_ADMITTED',
  NOT_A_TRAINER = 'NOT_A_TRAINER',
  SESSION_NOT_FOUND = 'SESSION_NOT_FOUND',
  SESSION_TIMES_ORDER = 'SESSION_TIMES_ORDER',
  SESSION_OUTSIDE_COHORT = 'SESSION_OUTSIDE_COHORT',
  SESSION_PLACE_REQUIRED = 'SESSION_PLACE_REQUIRED',
  COHORT_DATES_EXCLUDE_SESSIONS = 'COHORT_DATES_EXCLUDE_SESSIONS',
  ASSIGNMENT_DUE_OUTSIDE_COHORT = 'ASSIGNMENT_DUE_OUTSIDE_COHORT',
  CUTOFF_BEFORE_DUE = 'CUTOFF_BEFORE_DUE',
  NOT_ASSIGNED = 'FORBIDDEN',
}

export class CatalogueException extends DomainException<CatalogueErrorCode> {
  constructor(code: CatalogueErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }
}

function messagesFor(code: CatalogueErrorCode): Messages {
  switch (code) {
    case CatalogueErrorCode.MUNICIPALITY_NOT_FOUND:
      return { de: 'Die Kommune wurde nicht gefunden.', en: 'The municipality was not found.' };
    case CatalogueErrorCode.MUNICIPALITY_KEY_TAKEN:
      return { de: 'Es gibt bereits eine Kommune mit dem Schlüssel {key}.', en: 'A municipality with key {key} already exists.' };
    case CatalogueErrorCode.MUNICIPALITY_INVALID:
      return { de: 'Die Angaben zur Kommune sind ungültig: {reason}', en: 'The municipality’s details are invalid: {reason}' };
    case CatalogueErrorCode.PROGRAMME_INCOMPLETE:
      return { de: 'Das Programm hat nicht genau fünf Module. Bitte wenden Sie sich an den Betrieb.', en: 'The programme does not have exactly five modules. Please contact operations.' };
    case CatalogueErrorCode.MODULE_POSITION_INVALID:
      return { de: 'Das Programm hat genau {count} Module in fester Reihenfolge; ein weiteres Modul oder eine Lücke ist nicht möglich.', en: 'The programme has exactly {count} modules in a fixed order; another module or a gap is not possible.' };
    case CatalogueErrorCode.MODULE_NOT_FOUND:
      return { de: 'Das Modul wurde nicht gefunden.', en: 'The module was not found.' };
    case CatalogueErrorCode.COHORT_NOT_FOUND:
      return { de: 'Der Durchgang wurde nicht gefunden.', en: 'The cohort was not found.' };
    case CatalogueErrorCode.COHORT_NAME_TAKEN:
      return { de: 'Es gibt bereits einen Durchgang mit diesem Namen.', en: 'A cohort with this name already exists.' };
    case CatalogueErrorCode.COHORT_DATES_ORDER:
      return { de: 'Das Ende des Durchgangs darf nicht vor seinem Beginn liegen.', en: 'The cohort cannot end before it starts.' };
    case CatalogueErrorCode.APPLICATION_PERIOD_ORDER:
      return { de: 'Der Bewerbungszeitraum muss vor dem Ende des Durchgangs liegen und darf nicht enden, bevor er beginnt.', en: 'The application period must lie before the cohort ends and cannot close before it opens.' };
    case CatalogueErrorCode.CAPACITY_BELOW_ADMITTED:
      return { de: 'Die Zahl der Plätze darf nicht kleiner sein als die Zahl der bereits zugelassenen Teilnehmer:innen.', en: 'The capacity cannot be lower than the number of participants already admitted.' };
    case CatalogueErrorCode.NOT_A_TRAINER:
      return { de: 'Nur Konten mit der Rolle Trainer:in können einem Durchgang zugeordnet werden.', en: 'Only accounts with the trainer role can be assigned to a cohort.' };
    case CatalogueErrorCode.SESSION_NOT_FOUND:
      return { de: 'Der Termin wurde nicht gefunden.', en: 'The session was not found.' };
    case CatalogueErrorCode.SESSION_TIMES_ORDER:
      return { de: 'Ein Termin muss enden, nachdem er begonnen hat.', en: 'A session must end after it starts.' };
    case CatalogueErrorCode.SESSION_OUTSIDE_COHORT:
      return { de: 'Der Termin liegt außerhalb des Durchgangs ({startsOn} bis {endsOn}).', en: 'The session lies outside the cohort ({startsOn} to {endsOn}).' };
    case CatalogueErrorCode.SESSION_PLACE_REQUIRED:
      return { de: 'Bitte geben Sie einen Ort oder einen Online-Link an.', en: 'Please give a place or an online link.' };
    case CatalogueErrorCode.COHORT_DATES_EXCLUDE_SESSIONS:
      return { de: 'Es gibt Termine außerhalb der neuen Daten. Bitte verschieben Sie diese zuerst.', en: 'Some sessions lie outside the new dates. Please move them first.' };
    case CatalogueErrorCode.ASSIGNMENT_DUE_OUTSIDE_COHORT:
      return { de: 'Der Abgabetermin muss zwischen Beginn und Ende des Durchgangs liegen ({startsOn} bis {endsOn}).', en: 'The due date must lie between the start and end of the cohort ({startsOn} to {endsOn}).' };
    case CatalogueErrorCode.CUTOFF_BEFORE_DUE:
      return { de: 'Der Annahmeschluss darf nicht vor dem Abgabetermin liegen.', en: 'The cut-off cannot be before the due date.' };
    case CatalogueErrorCode.NOT_ASSIGNED:
      return COMMON_MESSAGES[ErrorCode.FORBIDDEN];
  }
}

registerDomainErrors(CatalogueException, (e) => messagesFor(e.code));
