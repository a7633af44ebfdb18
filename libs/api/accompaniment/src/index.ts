export * from './lib/accompaniment.module';
export * from './lib/accompaniment.entity';
export { AccompanimentService, STAGE_NAMES } from './lib/accompaniment.service';
export { AccompanimentErrorCode } from './lib/accompaniment.exception';
