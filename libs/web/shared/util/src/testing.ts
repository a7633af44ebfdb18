export * from './lib/testing/settle';
