import { ErrorCode } from '@koko/shared';
import { DomainException, Messages, registerDomainErrors } from '@koko/api/core/graphql';

export type IdentityErrorCode =
  | ErrorCode.INVALID_CREDENTIALS
  | ErrorCode.TOO_MANY_ATTEMPTS
  | ErrorCode.PASSWORD_TOO_SHORT
  | ErrorCode.PASSWORD_TOO_COMMON
  | ErrorCode.WRONG_CURRENT_PASSWORD
  | ErrorCode.EMAIL_TAKEN
  | ErrorCode.TOKEN_INVALID
  | ErrorCode.USER_NOT_FOUND
  | ErrorCode.INVITATION_ALREADY_ACCEPTED
  | ErrorCode.LAST_ADMIN;

export class IdentityException extends DomainException<IdentityErrorCode> {
  constructor(code: IdentityErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }
}

function messagesFor(code: IdentityErrorCode): Messages {
  switch (code) {
    case ErrorCode.INVALID_CREDENTIALS:
      return {
        de: 'E-Mail-Adresse oder Passwort ist nicht korrekt.',
        en: 'The e-mail address or password is not correct.',
      };
    case ErrorCode.TOO_MANY_ATTEMPTS:
      return {
        de: 'Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie {minutes} Minute(n) und versuchen Sie es dann erneut.',
        en: 'Too many failed sign-in attempts. Please wait {minutes} minute(s) and try again.',
      };
    case ErrorCode.PASSWORD_TOO_SHORT:
      return {
        de: 'Das Passwort muss mindestens {min} Zeichen lang sein.',
        en: 'The password must be at least {min} characters long.',
      };
    case ErrorCode.PASSWORD_TOO_COMMON:
      return {
        de: 'Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes.',
        en: 'This password is too common and easy to guess. Please choose another one.',
      };
    case ErrorCode.WRONG_CURRENT_PASSWORD:
      return {
        de: 'Das aktuelle Passwort ist nicht korrekt.',
        en: 'The current password is not correct.',
      };
    case ErrorCode.EMAIL_TAKEN:
      return {
        de: 'Für diese E-Mail-Adresse gibt es bereits ein Konto.',
        en: 'An account with this e-mail address already exists.',
      };
    case ErrorCode.TOKEN_INVALID:
      return {
        de: 'Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an.',
        en: 'This link is invalid, has expired or has already been used. Please request a new one.',
      };
    case ErrorCode.USER_NOT_FOUND:
      return { de: 'Das Konto wurde nicht gefunden.', en: 'The account was not found.' };
    case ErrorCode.INVITATION_ALREADY_ACCEPTED:
      return {
        de: 'Diese Einladung wurde bereits angenommen; das Konto hat ein Passwort.',
        en: 'This invitation has already been accepted; the account has a password.',
      };
    case ErrorCode.LAST_ADMIN:
      return {
        de: 'Sie können sich nicht selbst die Administrationsrechte entziehen, sich selbst deaktivieren oder als letzte aktive Administrator:in Ihr Konto löschen.',
        en: 'You cannot remove your own administrator role, deactivate yourself or delete your account as the last active administrator.',
      };
  }
}

registerDomainErrors(IdentityException, (e) => messagesFor(e.code));
