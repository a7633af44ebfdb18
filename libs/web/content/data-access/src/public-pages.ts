/** The public pages' slugs and the footer's links alone, for the shell (the full entry point brings the pages' services). */
export * from './lib/public-pages';
