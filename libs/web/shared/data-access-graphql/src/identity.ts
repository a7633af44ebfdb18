/** The identity operations' documents and types (generated); imported on their own so each page's bundle holds its own documents only. */
export * from './lib/generated/identity';
