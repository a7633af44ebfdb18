export * from './lib/my-way-page';
