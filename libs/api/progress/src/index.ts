export * from './lib/progress.module';
export * from './lib/progress/module-progress';
export * from './lib/progress/assignment-states';
export { ProgressService } from './lib/progress/progress.service';
export { EnrolmentProgress } from './lib/progress/progress.model';
