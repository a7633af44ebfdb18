import { COMMON_MESSAGES, DomainException, Messages, registerDomainErrors, translatedError } from '@koko/api/core/graphql';
import { ErrorCode, Locale } from '@koko/shared';

export enum CertificateErrorCode {
  ENROLMENT_NOT_FOUND = 'ENROLMENT_NOT_FOUND',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  ALREADY_ISSUED = 'ALREADY_ISSUED',
  CERTIFICATE_NOT_FOUND = 'CERTIFICATE_NOT_FOUND',
  ALREADY_REVOKED = 'ALREADY_REVOKED',
  NOT_VALID = 'NOT_VALID',
  CODE_MALFORMED = 'CODE_MALFORMED',
  NOT_A_PDF = 'NOT_A_PDF',
  NOT_A_CREDENTIAL = 'NOT_A_CREDENTIAL',
  ALREADY_HAS_CREDENTIAL = 'ALREADY_HAS_CREDENTIAL',
  TOO_MANY_LOOKUPS = 'TOO_MANY_LOOKUPS',
  COHORT_NOT_FOUND = ErrorCode.COHORT_NOT_FOUND,
  BATCH_NOT_FOUND = 'BATCH_NOT_FOUND',
  BATCH_NOT_FAILED = 'BATCH_NOT_FAILED',
  FORBIDDEN = 'FORBIDDEN',
}

export class CertificateException extends DomainException<CertificateErrorCode> {
  constructor(code: CertificateErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }
}

function messagesFor(code: CertificateErrorCode): Messages {
  switch (code) {
    case CertificateErrorCode.ENROLMENT_NOT_FOUND:
      return { de: 'Die Anmeldung wurde nicht gefunden.', en: 'The enrolment was not found.' };
    case CertificateErrorCode.NOT_ELIGIBLE:
      return { de: '{name} hat noch nicht alle fünf Module abgeschlossen; ein Zertifikat kann noch nicht ausgestellt werden.', en: '{name} has not completed all five modules yet; no certificate can be issued.' };
    case CertificateErrorCode.ALREADY_ISSUED:
      return { de: 'Für diese Teilnahme gibt es bereits ein gültiges Zertifikat ({number}).', en: 'This participation already has a valid certificate ({number}).' };
    case CertificateErrorCode.CERTIFICATE_NOT_FOUND:
      return { de: 'Das Zertifikat wurde nicht gefunden.', en: 'The certificate was not found.' };
    case CertificateErrorCode.ALREADY_REVOKED:
      return { de: 'Das Zertifikat ist bereits widerrufen.', en: 'The certificate has already been revoked.' };
    case CertificateErrorCode.NOT_VALID:
      return { de: 'Nur ein gültiges Zertifikat kann widerrufen oder neu ausgestellt werden.', en: 'Only a valid certificate can be revoked or reissued.' };
    case CertificateErrorCode.CODE_MALFORMED:
      return { de: 'Dieser Prüfcode ist ungültig. Bitte prüfen Sie die Adresse oder den QR-Code.', en: 'This verification code is invalid. Please check the address or the QR code.' };
    case CertificateErrorCode.NOT_A_PDF:
      return { de: 'Die Datei ist kein PDF-Dokument.', en: 'The file is not a PDF document.' };
    case CertificateErrorCode.NOT_A_CREDENTIAL:
      return {
        de: 'Das ist kein digitaler Nachweis: erwartet wird die JSON-Datei eines Open Badge bzw. Verifiable Credential, wie Sie sie unter „Meine Zertifikate“ herunterladen.',
        en: 'This is not a digital credential: expected is the JSON file of an Open Badge or Verifiable Credential, as downloaded from “My certificates”.',
      };
    case CertificateErrorCode.ALREADY_HAS_CREDENTIAL:
      return { de: 'Dieses Zertifikat hat bereits einen digitalen Nachweis; Sie können ihn unter „Meine Zertifikate“ herunterladen.', en: 'This certificate already has a digital credential; you can download it from “My certificates”.' };
    case CertificateErrorCode.TOO_MANY_LOOKUPS:
      return { de: 'Zu viele Abfragen. Bitte versuchen Sie es in einer Minute erneut.', en: 'Too many lookups. Please try again in a minute.' };
    case CertificateErrorCode.COHORT_NOT_FOUND:
      return { de: 'Der Durchgang wurde nicht gefunden.', en: 'The cohort was not found.' };
    case CertificateErrorCode.BATCH_NOT_FOUND:
      return COMMON_MESSAGES[ErrorCode.NOT_FOUND];
    case CertificateErrorCode.BATCH_NOT_FAILED:
      return { de: 'Nur ein abgebrochener Ausstellungslauf kann wiederholt werden.', en: 'Only a batch that failed can be retried.' };
    case CertificateErrorCode.FORBIDDEN:
      return COMMON_MESSAGES[ErrorCode.FORBIDDEN];
  }
}

export function certificateMessage(e: CertificateException, locale: Locale): string {
  return translatedError(e.code, messagesFor(e.code), locale, e.params).message;
}

registerDomainErrors(CertificateException, (e) => messagesFor(e.code));
