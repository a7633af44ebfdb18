import type { PublicPageSlug } from '@koko/shared';
import type { DefaultPageText } from './default-texts/default-page-text';
import { START_PAGE } from './default-texts/start';
import { IMPRESSUM_PAGE } from './default-texts/impressum';
import { DATENSCHUTZ_PAGE } from './default-texts/datenschutz';
import { BARRIEREFREIHEIT_PAGE } from './default-texts/barrierefreiheit';
import { LEICHTE_SPRACHE_PAGE } from './default-texts/leichte-sprache';
import { KONTAKT_PAGE } from './default-texts/kontakt';

/**
 * The texts the portal ships with (version 1 of every page), one file a page. The programme team
 * replaces them in the admin editor; addresses use reserved example domains until the operator
 * fills in its own. The start page text follows the programme's own public description.
 */
export const DEFAULT_PAGES: Record<PublicPageSlug, DefaultPageText> = {
  start: START_PAGE,
  impressum: IMPRESSUM_PAGE,
  datenschutz: DATENSCHUTZ_PAGE,
  barrierefreiheit: BARRIEREFREIHEIT_PAGE,
  'leichte-sprache': LEICHTE_SPRACHE_PAGE,
  kontakt: KONTAKT_PAGE,
};
