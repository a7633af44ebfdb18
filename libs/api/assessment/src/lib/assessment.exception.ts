import { COMMON_MESSAGES, DomainException, Messages, registerDomainErrors, translatedError } from '@koko/api/core/graphql';
import { ErrorCode, Locale } from '@koko/shared';

export enum AssessmentErrorCode {
  ENROLMENT_NOT_FOUND = 'ENROLMENT_NOT_FOUND',
  NOT_ADMITTED = 'NOT_ADMITTED',
  MODULE_NOT_FOUND = 'MODULE_NOT_FOUND',
  ATTEMPT_NOT_FOUND = 'ATTEMPT_NOT_FOUND',
  ATTEMPT_FROZEN = 'ATTEMPT_FROZEN',
  ASSIGNMENT_CLOSED = 'ASSIGNMENT_CLOSED',
  ATTEMPT_LIMIT_REACHED = 'ATTEMPT_LIMIT_REACHED',
  OWN_WORK_NOT_CONFIRMED = 'OWN_WORK_NOT_CONFIRMED',
  SUBMISSION_EMPTY = 'SUBMISSION_EMPTY',
  PAST_CUTOFF = 'PAST_CUTOFF',
  NOT_SUBMITTED = 'NOT_SUBMITTED',
  ALREADY_GRADED = ErrorCode.ALREADY_GRADED,
  CLAIMED_BY_OTHER = ErrorCode.CLAIMED_BY_OTHER,
  NOT_CLAIMED = ErrorCode.NOT_CLAIMED,
  STALE_VERSION = ErrorCode.STALE_VERSION,
  VERDICT_REQUIRED = 'VERDICT_REQUIRED',
  RUBRIC_SCORE_MISSING = 'RUBRIC_SCORE_MISSING',
  VERDICT_CONTRADICTS_RUBRIC = 'VERDICT_CONTRADICTS_RUBRIC',
  REVISION_DUE_IN_PAST = 'REVISION_DUE_IN_PAST',
  FEEDBACK_TEXT_REQUIRED = 'FEEDBACK_TEXT_REQUIRED',
  RUBRIC_SCORE_INVALID = 'RUBRIC_SCORE_INVALID',
  RUBRIC_INVALID = 'RUBRIC_INVALID',
  EXTENSION_IN_PAST = 'EXTENSION_IN_PAST',
  FILE_NOT_FOUND = 'FILE_NOT_FOUND',
  TOO_MANY_FILES = 'TOO_MANY_FILES',
  FORBIDDEN = 'FORBIDDEN',
}

export class AssessmentException extends DomainException<AssessmentErrorCode> {
  constructor(code: AssessmentErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }
}

function messagesFor(code: AssessmentErrorCode): Messages {
  switch (code) {
    case AssessmentErrorCode.ENROLMENT_NOT_FOUND:
      return { de: 'Die Anmeldung wurde nicht gefunden.', en: 'The enrolment was not found.' };
    case AssessmentErrorCode.NOT_ADMITTED:
      return { de: 'Transferaufgaben können nur zugelassene Teilnehmer:innen bearbeiten.', en: 'Only admitted participants can work on transfer assignments.' };
    case AssessmentErrorCode.MODULE_NOT_FOUND:
      return { de: 'Das Modul wurde nicht gefunden.', en: 'The module was not found.' };
    case AssessmentErrorCode.ATTEMPT_NOT_FOUND:
      return { de: 'Die Einreichung wurde nicht gefunden.', en: 'The submission was not found.' };
    case AssessmentErrorCode.ATTEMPT_FROZEN:
      return { de: 'Diese Fassung ist eingereicht und kann nicht mehr geändert werden.', en: 'This version has been submitted and can no longer be changed.' };
    case AssessmentErrorCode.ASSIGNMENT_CLOSED:
      return { de: 'Die Transferaufgabe dieses Moduls ist abgeschlossen.', en: 'This module’s transfer assignment is closed.' };
    case AssessmentErrorCode.ATTEMPT_LIMIT_REACHED:
      return { de: 'Die höchstens {max} Versuche für dieses Modul sind ausgeschöpft.', en: 'The maximum of {max} attempts for this module has been used.' };
    case AssessmentErrorCode.OWN_WORK_NOT_CONFIRMED:
      return { de: 'Bitte bestätigen Sie die Eigenständigkeitserklärung.', en: 'Please confirm the statement of own work.' };
    case AssessmentErrorCode.SUBMISSION_EMPTY:
      return { de: 'Bitte schreiben Sie Ihre Ausarbeitung oder hängen Sie eine Datei an.', en: 'Please write your write-up or attach a file.' };
    case AssessmentErrorCode.PAST_CUTOFF:
      return { de: 'Die Abgabe ist seit {cutoff} geschlossen. Bitte wenden Sie sich wegen einer Verlängerung an Ihre Trainer:innen.', en: 'Submissions closed on {cutoff}. Please ask your trainers for an extension.' };
    case AssessmentErrorCode.NOT_SUBMITTED:
      return { de: 'Diese Fassung ist noch nicht eingereicht.', en: 'This version has not been submitted yet.' };
    case AssessmentErrorCode.ALREADY_GRADED:
      return { de: 'Diese Einreichung wurde bereits bewertet.', en: 'This submission has already been graded.' };
    case AssessmentErrorCode.CLAIMED_BY_OTHER:
      return { de: '{name} bewertet diese Einreichung gerade. Sie können die Bewertung übernehmen.', en: '{name} is grading this submission. You can take it over.' };
    case AssessmentErrorCode.NOT_CLAIMED:
      return { de: 'Bitte übernehmen Sie die Einreichung zuerst zur Bewertung.', en: 'Please claim the submission for grading first.' };
    case AssessmentErrorCode.STALE_VERSION:
      return { de: 'Die Einreichung wurde inzwischen geändert. Bitte laden Sie sie neu; Ihre Eingaben wurden nicht gespeichert.', en: 'The submission has changed in the meantime. Please reload it; your input was not saved.' };
    case AssessmentErrorCode.VERDICT_REQUIRED:
      return { de: 'Bitte wählen Sie ein Ergebnis, bevor Sie die Rückmeldung freigeben.', en: 'Please choose a verdict before releasing the feedback.' };
    case AssessmentErrorCode.RUBRIC_SCORE_MISSING:
      return { de: 'Bitte bewerten Sie alle Pflichtkriterien: {criteria}.', en: 'Please score every required criterion: {criteria}.' };
    case AssessmentErrorCode.VERDICT_CONTRADICTS_RUBRIC:
      return {
        de: '„Bestanden“ passt nicht zur Bewertung – diese Pflichtkriterien stehen auf der niedrigsten Stufe oder unter ihrer Mindeststufe: {criteria}. Bitte wählen Sie „Überarbeitung erforderlich“ oder „Nicht bestanden“ oder passen Sie die Bewertung an.',
        en: '"Passed" contradicts the scores – these required criteria are at their lowest level or below their minimum: {criteria}. Please choose "Revision required" or "Failed", or change the scores.',
      };
    case AssessmentErrorCode.FEEDBACK_TEXT_REQUIRED:
      return {
        de: 'Bitte schreiben Sie eine Rückmeldung: Bei „Überarbeitung erforderlich“ und „Nicht bestanden“ muss die Teilnehmerin oder der Teilnehmer erfahren, was fehlt.',
        en: 'Please write feedback: with "Revision required" and "Failed" the participant needs to know what is missing.',
      };
    case AssessmentErrorCode.RUBRIC_SCORE_INVALID:
      return { de: 'Eine Bewertung passt nicht zum Bewertungsraster dieses Moduls.', en: 'A score does not match this module’s rubric.' };
    case AssessmentErrorCode.RUBRIC_INVALID:
      return { de: 'Das Bewertungsraster ist ungültig: {reason}', en: 'The rubric is invalid: {reason}' };
    case AssessmentErrorCode.REVISION_DUE_IN_PAST:
      return { de: 'Der Abgabetermin der Überarbeitung muss in der Zukunft liegen.', en: 'The revision’s due date must lie in the future.' };
    case AssessmentErrorCode.EXTENSION_IN_PAST:
      return { de: 'Die neue Frist muss in der Zukunft liegen.', en: 'The new due date must lie in the future.' };
    case AssessmentErrorCode.TOO_MANY_FILES:
      return { de: 'Es sind höchstens {max} Dateien je Fassung möglich.', en: 'At most {max} files per version are possible.' };
    case AssessmentErrorCode.FILE_NOT_FOUND:
      return COMMON_MESSAGES[ErrorCode.NOT_FOUND];
    case AssessmentErrorCode.FORBIDDEN:
      return COMMON_MESSAGES[ErrorCode.FORBIDDEN];
  }
}

export function assessmentMessage(exception: AssessmentException, locale: Locale): string {
  return translatedError(exception.code, messagesFor(exception.code), locale, exception.params).message;
}

registerDomainErrors(AssessmentException, (e) => messagesFor(e.code));
