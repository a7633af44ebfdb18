export * from './lib/enrolment.module';
export * from './lib/enrolment.entity';
export * from './lib/enrolment-state';
export { EnrolmentQueryService } from './lib/enrolment-query.service';
export { enrolmentLoaders } from './lib/enrolment-loaders';
export { STATE_LABELS } from './lib/enrolment.exception';
export { EnrolmentService } from './lib/enrolment.service';
