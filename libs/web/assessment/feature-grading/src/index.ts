export * from './lib/queue/grading-queue-page';
export * from './lib/attempt/grading-page';
export * from './lib/rubric/rubric-editor-page';
