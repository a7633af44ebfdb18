import { ErrorCode } from '@koko/shared';
import { Messages } from './domain.exception';

/** Messages of the errors raised by the framework layers (guards, validation, unknown failures). */
export const COMMON_MESSAGES: Record<
  ErrorCode.UNAUTHENTICATED | ErrorCode.FORBIDDEN | ErrorCode.BAD_USER_INPUT | ErrorCode.NOT_FOUND | ErrorCode.INTERNAL | ErrorCode.SERVICE_UNAVAILABLE,
  Messages
> = {
  [ErrorCode.UNAUTHENTICATED]: {
    de: 'Bitte melden Sie sich an.',
    en: 'Please sign in.',
  },
  [ErrorCode.FORBIDDEN]: {
    de: 'Dafür fehlt Ihnen die Berechtigung.',
    en: 'You are not allowed to do this.',
  },
  [ErrorCode.BAD_USER_INPUT]: {
    de: 'Bitte prüfen Sie Ihre Eingaben.',
    en: 'Please check your input.',
  },
  [ErrorCode.NOT_FOUND]: {
    de: 'Der Eintrag wurde nicht gefunden.',
    en: 'The item was not found.',
  },
  [ErrorCode.INTERNAL]: {
    de: 'Etwas ist schiefgegangen. Bitte versuchen Sie es später erneut.',
    en: 'Something went wrong. Please try again later.',
  },
  [ErrorCode.SERVICE_UNAVAILABLE]: {
    de: 'KoKo Campus ist vorübergehend nicht erreichbar. Bitte versuchen Sie es in einigen Augenblicken erneut.',
    en: 'KoKo Campus is temporarily unavailable. Please try again in a few moments.',
  },
};
