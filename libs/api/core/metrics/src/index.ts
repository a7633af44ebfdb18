export * from './lib/metrics.service';
export * from './lib/metrics.module';
