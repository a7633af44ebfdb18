import { Locale, localized, LocalizedText } from '@koko/shared';
import { EntityManager } from 'typeorm';

/** Names of cohorts and modules in both languages, by id. */
export interface ProgrammeTexts {
  cohorts: ReadonlyMap<string, LocalizedText>;
  modules: ReadonlyMap<string, LocalizedText>;
}

/**
 * Where mail learns what programme content is called: events carry cohort and module ids, and each
 * mail names them in its recipient's language. The catalogue domain provides this (wired by the app);
 * a listener asks once per event for every id it names.
 */
export interface ProgrammeTextSource {
  /** The names of these cohorts and modules, read with `manager` (inside the change's transaction). */
  programmeTexts(ids: { cohortIds?: readonly string[]; moduleIds?: readonly string[] }, manager: EntityManager): Promise<ProgrammeTexts>;
}

export const MAIL_PROGRAMME_TEXTS = Symbol('MAIL_PROGRAMME_TEXTS');

/**
 * The name of `id` in `locale` (German where no English is written). An id the event named must
 * exist in the same transaction: a miss is a programming error, not a mail without a name.
 */
export function nameIn(texts: ReadonlyMap<string, LocalizedText>, id: string, locale: Locale | `${Locale}`): string {
  const text = texts.get(id);
  if (!text) throw new Error(`No programme text for ${id}`);
  return localized(text.de, text.en, locale);
}
