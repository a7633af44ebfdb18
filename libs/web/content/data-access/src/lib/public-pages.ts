import { PUBLIC_PAGE_SLUGS, type PublicPageSlug } from '@koko/shared';

export { PUBLIC_PAGE_SLUGS, type PublicPageSlug };

/** The legal pages every page links to in its footer, in this order (the start text is not one of them). */
export const FOOTER_PAGES: readonly PublicPageSlug[] = ['impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache', 'kontakt'];
