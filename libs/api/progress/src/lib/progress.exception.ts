import { COMMON_MESSAGES, DomainException, Messages, registerDomainErrors } from '@koko/api/core/graphql';
import { ErrorCode } from '@koko/shared';

export enum ProgressErrorCode {
  SESSION_NOT_IN_COHORT = 'SESSION_NOT_IN_COHORT',
  PARTICIPANT_NOT_IN_COHORT = 'PARTICIPANT_NOT_IN_COHORT',
  WAIVER_NEEDS_EXCUSE = 'WAIVER_NEEDS_EXCUSE',
  SESSION_NOT_STARTED = 'SESSION_NOT_STARTED',
  CALENDAR_NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
}

export class ProgressException extends DomainException<ProgressErrorCode> {
  constructor(code: ProgressErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }
}

function messagesFor(code: ProgressErrorCode): Messages {
  switch (code) {
    case ProgressErrorCode.SESSION_NOT_IN_COHORT:
      return { de: 'Der Termin gehört nicht zu diesem Durchgang.', en: 'The session does not belong to this cohort.' };
    case ProgressErrorCode.PARTICIPANT_NOT_IN_COHORT:
      return { de: 'Die Person ist in diesem Durchgang nicht zugelassen.', en: 'The person is not admitted to this cohort.' };
    case ProgressErrorCode.WAIVER_NEEDS_EXCUSE:
      return { de: 'Nur eine entschuldigte Abwesenheit kann angerechnet werden.', en: 'Only an excused absence can be waived.' };
    case ProgressErrorCode.SESSION_NOT_STARTED:
      return {
        de: 'Anwesenheit kann erst erfasst werden, wenn der Termin begonnen hat.',
        en: 'Attendance can only be recorded once the session has started.',
      };
    case ProgressErrorCode.CALENDAR_NOT_FOUND:
      return COMMON_MESSAGES[ErrorCode.NOT_FOUND];
    case ProgressErrorCode.FORBIDDEN:
      return COMMON_MESSAGES[ErrorCode.FORBIDDEN];
  }
}

registerDomainErrors(ProgressException, (e) => messagesFor(e.code));
