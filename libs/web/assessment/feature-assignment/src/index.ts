export * from './lib/assignment-page';
