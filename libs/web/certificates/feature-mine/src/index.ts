export * from './lib/my-certificates-section';
