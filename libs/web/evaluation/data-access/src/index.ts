export * from './lib/evaluation.service';
