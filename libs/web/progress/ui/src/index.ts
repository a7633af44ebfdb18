export * from './lib/progress-icons';
