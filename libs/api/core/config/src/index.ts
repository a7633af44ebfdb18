export * from './lib/config.schema';
export * from './lib/config.module';
