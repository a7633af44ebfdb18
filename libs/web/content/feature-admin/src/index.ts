export * from './lib/pages-editor-page';
export * from './lib/barrier-reports-page';
