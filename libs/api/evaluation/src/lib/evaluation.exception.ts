import { COMMON_MESSAGES, DomainException, Messages, registerDomainErrors } from '@koko/api/core/graphql';
import { ErrorCode } from '@koko/shared';

export enum EvaluationErrorCode {
  QUESTIONNAIRE_NOT_FOUND = 'QUESTIONNAIRE_NOT_FOUND',
  INVALID_QUESTIONNAIRE = 'INVALID_QUESTIONNAIRE',
  SURVEY_NOT_FOUND = 'SURVEY_NOT_FOUND',
  SURVEY_PERIOD_INVALID = 'SURVEY_PERIOD_INVALID',
  COHORT_NOT_FOUND = 'COHORT_NOT_FOUND',
  MODULE_REQUIRED = 'MODULE_REQUIRED',
  SURVEY_NOT_OPEN = 'SURVEY_NOT_OPEN',
  ALREADY_ANSWERED = 'ALREADY_ANSWERED',
  INVALID_ANSWER = 'INVALID_ANSWER',
  TOO_FEW_RESPONSES = 'TOO_FEW_RESPONSES',
  REMIND_AT_INVALID = 'REMIND_AT_INVALID',
  REMINDER_ALREADY_SENT = 'REMINDER_ALREADY_SENT',
  SURVEY_LINK_INVALID = 'SURVEY_LINK_INVALID',
  PRE_POST_MISMATCH = 'PRE_POST_MISMATCH',
  INVALID_MIN_AGREEMENT = 'INVALID_MIN_AGREEMENT',
  SURVEY_CONTEXT_INVALID = 'SURVEY_CONTEXT_INVALID',
  SURVEY_ALREADY_CLOSED = 'SURVEY_ALREADY_CLOSED',
  SHORT_FORMAT_NOT_FOUND = 'SHORT_FORMAT_NOT_FOUND',
  SURVEY_BEFORE_EVENT_END = 'SURVEY_BEFORE_EVENT_END',
  FORBIDDEN = 'FORBIDDEN',
}

export class EvaluationException extends DomainException<EvaluationErrorCode> {
  constructor(code: EvaluationErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }
}

/** Why a questionnaire was refused, naming the item by its code. */
const QUESTIONNAIRE_PROBLEMS: Record<string, Messages> = {
  DUPLICATE_CODE: { de: 'Der Item-Code „{item}“ kommt mehrfach vor; jeder Code darf nur einmal vorkommen.', en: 'The item code “{item}” occurs more than once; each code must be unique.' },
  LIKERT_ENDS: { de: 'Frage „{item}“: Eine Likert-Skala braucht Beschriftungen für beide Enden, auf Deutsch und auf Englisch.', en: 'Question “{item}”: a Likert scale needs labels for both ends, in German and in English.' },
  TOO_FEW_OPTIONS: { de: 'Frage „{item}“: Eine Auswahlfrage braucht mindestens zwei Antwortmöglichkeiten.', en: 'Question “{item}”: a choice question needs at least two options.' },
  DUPLICATE_OPTION_VALUE: { de: 'Frage „{item}“: Jede Antwortmöglichkeit braucht einen eigenen Wert.', en: 'Question “{item}”: each option needs a value of its own.' },
  OPTIONS_NOT_ALLOWED: { de: 'Frage „{item}“: Nur Auswahlfragen haben Antwortmöglichkeiten.', en: 'Question “{item}”: only choice questions have options.' },
  NUMERIC_RANGE: { de: 'Frage „{item}“: Der kleinste Wert muss kleiner als der größte sein.', en: 'Question “{item}”: the smallest value must be below the largest.' },
  RANGE_NOT_ALLOWED: { de: 'Frage „{item}“: Nur Zahlenfragen haben einen kleinsten und größten Wert.', en: 'Question “{item}”: only number questions have a smallest and largest value.' },
  NO_ANSWER_ON_TEXT: { de: 'Frage „{item}“: Freitextfragen brauchen kein „keine Angabe“ – sie können leer bleiben.', en: 'Question “{item}”: free-text questions need no “no answer” – they may stay empty.' },
};

export function messageFor(code: EvaluationErrorCode, params: Record<string, string | number> = {}): Messages {
  switch (code) {
    case EvaluationErrorCode.QUESTIONNAIRE_NOT_FOUND:
      return { de: 'Der Fragebogen wurde nicht gefunden.', en: 'The questionnaire was not found.' };
    case EvaluationErrorCode.INVALID_QUESTIONNAIRE:
      return QUESTIONNAIRE_PROBLEMS[String(params['problem'])] ?? { de: 'Der Fragebogen ist unvollständig.', en: 'The questionnaire is incomplete.' };
    case EvaluationErrorCode.SURVEY_NOT_FOUND:
      return { de: 'Die Befragung wurde nicht gefunden.', en: 'The survey was not found.' };
    case EvaluationErrorCode.SURVEY_PERIOD_INVALID:
      return { de: 'Die Befragung muss öffnen, bevor sie schließt.', en: 'The survey must open before it closes.' };
    case EvaluationErrorCode.COHORT_NOT_FOUND:
      return { de: 'Bitte wählen Sie einen Durchgang (und ggf. ein Modul) aus der Liste.', en: 'Please choose a cohort (and a module, if needed) from the list.' };
    case EvaluationErrorCode.MODULE_REQUIRED:
      return { de: 'Eine Modulbefragung braucht ein Modul; Vorher- und Nachher-Befragungen haben keines.', en: 'A module survey needs a module; pre and post surveys have none.' };
    case EvaluationErrorCode.SURVEY_NOT_OPEN:
      return { de: 'Diese Befragung ist derzeit nicht geöffnet.', en: 'This survey is not open at the moment.' };
    case EvaluationErrorCode.ALREADY_ANSWERED:
      return { de: 'Sie haben an dieser Befragung bereits teilgenommen. Vielen Dank!', en: 'You have already taken part in this survey. Thank you!' };
    case EvaluationErrorCode.INVALID_ANSWER:
      return { de: 'Bitte prüfen Sie Ihre Antwort auf Frage {item}.', en: 'Please check your answer to question {item}.' };
    case EvaluationErrorCode.TOO_FEW_RESPONSES:
      return {
        de: 'Rohdaten gibt es erst ab {min} Antworten: Einzelne Antworten dürfen nicht erkennbar sein.',
        en: 'Raw data is available from {min} responses: no single answer may be recognisable.',
      };
    case EvaluationErrorCode.REMIND_AT_INVALID:
      return { de: 'Die Erinnerung muss nach der Öffnung und vor dem Ende der Befragung liegen.', en: 'The reminder must lie after the survey opens and before it closes.' };
    case EvaluationErrorCode.REMINDER_ALREADY_SENT:
      return { de: 'Die Erinnerung zu dieser Befragung wurde bereits verschickt; es gibt nur eine.', en: 'The reminder for this survey has already been sent; there is only one.' };
    case EvaluationErrorCode.SURVEY_LINK_INVALID:
      return {
        de: 'Dieser Link ist ungültig oder wurde bereits verwendet. Wenn Sie schon teilgenommen haben: vielen Dank!',
        en: 'This link is invalid or has already been used. If you have already taken part: thank you!',
      };
    case EvaluationErrorCode.PRE_POST_MISMATCH:
      return {
        de: 'Bitte wählen Sie eine Vorher- und eine Nachher-Befragung desselben Durchgangs.',
        en: 'Please choose a pre and a post survey of the same cohort.',
      };
    case EvaluationErrorCode.INVALID_MIN_AGREEMENT:
      return { de: 'Für die Teil-Übereinstimmung müssen 3, 4 oder 5 der fünf Code-Teile gleich sein.', en: 'A partial match needs 3, 4 or 5 of the five code parts to agree.' };
    case EvaluationErrorCode.SURVEY_CONTEXT_INVALID:
      return {
        de: 'Bitte wählen Sie den passenden Bezug: einen Durchgang für Vorher- und Nachher-Befragungen, Durchgang und Modul für Modulbefragungen, ein Kurzformat für Befragungen nach einem Kurzformat.',
        en: 'Please choose the matching context: a cohort for pre and post surveys, a cohort and a module for module surveys, a short format for surveys after a short format.',
      };
    case EvaluationErrorCode.SURVEY_ALREADY_CLOSED:
      return { de: 'Der Schluss der Befragung liegt in der Vergangenheit; bitte wählen Sie ein späteres Datum.', en: 'The survey’s closing lies in the past; please choose a later date.' };
    case EvaluationErrorCode.SHORT_FORMAT_NOT_FOUND:
      return { de: 'Bitte wählen Sie ein veröffentlichtes oder durchgeführtes Kurzformat aus der Liste.', en: 'Please choose a published or held short format from the list.' };
    case EvaluationErrorCode.SURVEY_BEFORE_EVENT_END:
      return {
        de: 'Eine Befragung zu einem Kurzformat kann erst nach dessen Ende öffnen: Gefragt werden die Personen, die teilgenommen haben.',
        en: 'A survey about a short format can only open after it has ended: it asks the people who attended.',
      };
    case EvaluationErrorCode.FORBIDDEN:
      return COMMON_MESSAGES[ErrorCode.FORBIDDEN];
  }
}

registerDomainErrors(EvaluationException, (e) => messageFor(e.code, e.params));
