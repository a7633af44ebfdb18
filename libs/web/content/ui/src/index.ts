export * from './lib/render-markdown';
export * from './lib/markdown-view';
export * from './lib/site-footer';
export * from './lib/privacy-notice';
