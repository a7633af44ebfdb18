import { COMMON_MESSAGES, DomainException, Messages, registerDomainErrors, translatedError } from '@koko/api/core/graphql';
import { ErrorCode, Locale } from '@koko/shared';
import { EnrolmentState } from './enrolment-state';

export enum EnrolmentErrorCode {
  ENROLMENT_NOT_FOUND = 'ENROLMENT_NOT_FOUND',
  COHORT_NOT_FOUND = 'COHORT_NOT_FOUND',
  COHORT_NOT_OPEN = 'COHORT_NOT_OPEN',
  ALREADY_APPLIED = 'ALREADY_APPLIED',
  MUNICIPALITY_NOT_FOUND = 'MUNICIPALITY_NOT_FOUND',
  TRANSITION_NOT_ALLOWED = 'TRANSITION_NOT_ALLOWED',
  COHORT_FULL = 'COHORT_FULL',
  FORBIDDEN = 'FORBIDDEN',
}

export class EnrolmentException extends DomainException<EnrolmentErrorCode> {
  constructor(code: EnrolmentErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }
}

export const STATE_LABELS: Record<EnrolmentState, Messages> = {
  [EnrolmentState.APPLIED]: { de: 'beworben', en: 'applied' },
  [EnrolmentState.ADMITTED]: { de: 'zugelassen', en: 'admitted' },
  [EnrolmentState.WAITLISTED]: { de: 'auf der Warteliste', en: 'waitlisted' },
  [EnrolmentState.DECLINED]: { de: 'abgelehnt', en: 'declined' },
  [EnrolmentState.COMPLETED]: { de: 'abgeschlossen', en: 'completed' },
  [EnrolmentState.WITHDRAWN]: { de: 'zurückgezogen', en: 'withdrawn' },
};

export function messageFor(code: EnrolmentErrorCode): Messages {
  switch (code) {
    case EnrolmentErrorCode.ENROLMENT_NOT_FOUND:
      return { de: 'Die Anmeldung wurde nicht gefunden.', en: 'The enrolment was not found.' };
    case EnrolmentErrorCode.COHORT_NOT_FOUND:
      return { de: 'Der Durchgang wurde nicht gefunden.', en: 'The cohort was not found.' };
    case EnrolmentErrorCode.COHORT_NOT_OPEN:
      return { de: 'Für diesen Durchgang sind derzeit keine Bewerbungen möglich.', en: 'This cohort is not taking applications at the moment.' };
    case EnrolmentErrorCode.ALREADY_APPLIED:
      return { de: 'Sie haben sich für diesen Durchgang bereits beworben.', en: 'You have already applied to this cohort.' };
    case EnrolmentErrorCode.MUNICIPALITY_NOT_FOUND:
      return { de: 'Bitte wählen Sie eine Kommune aus der Liste.', en: 'Please choose a municipality from the list.' };
    case EnrolmentErrorCode.TRANSITION_NOT_ALLOWED:
      return { de: 'Eine Anmeldung im Status „{from}“ kann nicht auf „{to}“ gesetzt werden.', en: 'An enrolment that is {from} cannot become {to}.' };
    case EnrolmentErrorCode.COHORT_FULL:
      return { de: 'Der Durchgang ist voll: alle {capacity} Plätze sind vergeben.', en: 'The cohort is full: all {capacity} places are taken.' };
    case EnrolmentErrorCode.FORBIDDEN:
      return COMMON_MESSAGES[ErrorCode.FORBIDDEN];
  }
}

/** The translated message of an exception, e.g. for the per-item results of a bulk decision. */
export function describe(exception: EnrolmentException, locale: Locale): string {
  const params: Record<string, string | number> = { ...exception.params };
  for (const key of ['from', 'to']) {
    const state = params[key] as EnrolmentState | undefined;
    if (state && STATE_LABELS[state]) params[key] = STATE_LABELS[state][locale];
  }
  return translatedError(exception.code, messageFor(exception.code), locale, params).message;
}

registerDomainErrors(EnrolmentException, (e) => ({ de: describe(e, Locale.DE), en: describe(e, Locale.EN) }), { params: () => ({}) });
