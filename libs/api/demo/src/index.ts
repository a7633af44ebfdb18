export * from './lib/demo.module';
export * from './lib/demo-seed.service';
export * from './lib/demo-accounts';
export { isWorkingDay } from './lib/working-days';
