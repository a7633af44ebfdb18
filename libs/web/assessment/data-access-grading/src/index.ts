export * from './lib/grading-queue.service';
export * from './lib/grading.service';
export * from './lib/rubric-admin.service';
export * from './lib/feedback-upload.service';
export * from './lib/feedback-scoring';
export * from './lib/rubric-draft';
export * from './lib/attempt-files';
export type { AttemptState, Verdict } from '@koko/web/shared/data-access-graphql';
