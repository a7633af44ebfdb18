import { Messages } from './domain.exception';
import type { InputProblemReason } from './input-guard';

/** What a refused input is told, naming the field (`{field}`) and the limit (`{max}`). */
export const INPUT_PROBLEM_MESSAGES: Record<InputProblemReason, Messages> = {
  invalidId: {
    de: 'Das Feld „{field}“ enthält keine gültige Kennung.',
    en: 'The field "{field}" does not hold a valid id.',
  },
  nulCharacter: {
    de: 'Das Feld „{field}“ enthält ein unzulässiges Steuerzeichen.',
    en: 'The field "{field}" contains a control character that is not allowed.',
  },
  loneSurrogate: {
    de: 'Das Feld „{field}“ enthält ungültig kodierten Text.',
    en: 'The field "{field}" contains invalidly encoded text.',
  },
  tooLong: {
    de: 'Das Feld „{field}“ ist zu lang (höchstens {max} Zeichen).',
    en: 'The field "{field}" is too long (at most {max} characters).',
  },
  tooManyItems: {
    de: 'Das Feld „{field}“ enthält zu viele Einträge (höchstens {max}).',
    en: 'The field "{field}" holds too many items (at most {max}).',
  },
};

/** Refusals before an operation runs: the request itself is malformed or too big. */
export const REQUEST_MESSAGES = {
  payloadTooLarge: {
    de: 'Die Anfrage ist zu groß (höchstens {max} MB).',
    en: 'The request is too large (at most {max} MB).',
  },
  malformedBody: {
    de: 'Die Anfrage konnte nicht gelesen werden (kein gültiges JSON).',
    en: 'The request could not be read (not valid JSON).',
  },
  queryTooComplex: {
    de: 'Die Abfrage ist zu umfangreich oder zu tief verschachtelt ({limit}).',
    en: 'The query is too large or too deeply nested ({limit}).',
  },
} satisfies Record<string, Messages>;
