export * from './lib/assignment.service';
export * from './lib/assignment-phase';
export * from './lib/attempt-file-uploader';
export * from './lib/draft-autosave';
export * from './lib/file-rules';
export * from './lib/local-draft-copy';
export type { AttemptState, Verdict } from '@koko/web/shared/data-access-graphql';
