export * from './lib/counselling.module';
export { CounsellingService } from './lib/counselling.service';
export { CounsellingErrorCode } from './lib/counselling.exception';
export * from './lib/counselling.entity';
