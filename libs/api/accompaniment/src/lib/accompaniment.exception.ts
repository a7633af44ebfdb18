import { DomainException, Messages, registerDomainErrors } from '@koko/api/core/graphql';

export enum AccompanimentErrorCode {
  ACCOMPANIMENT_NOT_FOUND = 'ACCOMPANIMENT_NOT_FOUND',
  MILESTONE_NOT_FOUND = 'MILESTONE_NOT_FOUND',
  ACCOMPANIMENT_ALREADY_STARTED = 'ACCOMPANIMENT_ALREADY_STARTED',
  MUNICIPALITY_NOT_FOUND = 'MUNICIPALITY_NOT_FOUND',
  NOT_AN_ADVISOR = 'NOT_AN_ADVISOR',
  MILESTONE_LIMIT = 'MILESTONE_LIMIT',
  LAST_MILESTONE = 'LAST_MILESTONE',
  REACHED_NEEDS_DATE = 'REACHED_NEEDS_DATE',
  DATE_IN_FUTURE = 'DATE_IN_FUTURE',
  ASSIGNMENT_NOT_SHAREABLE = 'ASSIGNMENT_NOT_SHAREABLE',
}

export class AccompanimentException extends DomainException<AccompanimentErrorCode> {
  constructor(code: AccompanimentErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }
}

export function messageFor(code: AccompanimentErrorCode): Messages {
  switch (code) {
    case AccompanimentErrorCode.ACCOMPANIMENT_NOT_FOUND:
      return { de: 'Für diese Kommune gibt es keinen Entwicklungspfad, den Sie sehen dürfen.', en: 'There is no development path of this municipality that you may see.' };
    case AccompanimentErrorCode.MILESTONE_NOT_FOUND:
      return { de: 'Der Meilenstein wurde nicht gefunden.', en: 'The milestone was not found.' };
    case AccompanimentErrorCode.ACCOMPANIMENT_ALREADY_STARTED:
      return { de: 'Die Begleitung dieser Kommune hat bereits begonnen.', en: 'The accompaniment of this municipality has already started.' };
    case AccompanimentErrorCode.MUNICIPALITY_NOT_FOUND:
      return { de: 'Bitte wählen Sie eine Kommune aus der Liste.', en: 'Please choose a municipality from the list.' };
    case AccompanimentErrorCode.NOT_AN_ADVISOR:
      return { de: 'Nur Personen mit der Rolle Berater:in können eine Kommune begleiten.', en: 'Only people with the advisor role can accompany a municipality.' };
    case AccompanimentErrorCode.MILESTONE_LIMIT:
      return { de: 'Ein Entwicklungspfad hat höchstens {max} Meilensteine.', en: 'A development path has at most {max} milestones.' };
    case AccompanimentErrorCode.LAST_MILESTONE:
      return { de: 'Der letzte Meilenstein eines Pfads kann nicht entfernt werden.', en: 'The last milestone of a path cannot be removed.' };
    case AccompanimentErrorCode.REACHED_NEEDS_DATE:
      return { de: 'Bitte geben Sie an, wann der Meilenstein erreicht wurde.', en: 'Please give the date on which the milestone was reached.' };
    case AccompanimentErrorCode.DATE_IN_FUTURE:
      return { de: 'Ein erreichter Meilenstein kann nicht in der Zukunft liegen.', en: 'A milestone cannot have been reached in the future.' };
    case AccompanimentErrorCode.ASSIGNMENT_NOT_SHAREABLE:
      return {
        de: 'Teilen können Sie nur eine eigene, bereits eingereichte Transferaufgabe aus einem Durchgang für diese Kommune.',
        en: 'You can only share a transfer assignment of your own, already submitted, from a cohort for this municipality.',
      };
  }
}

registerDomainErrors(AccompanimentException, (e) => messageFor(e.code));
