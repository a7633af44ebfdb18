export * from './lib/certificate-state-badge';
