/** The footer alone, for the shell (the full entry point brings the Markdown renderer). */
export * from './lib/site-footer';
