export * from './lib/assessment.module';
export * from './lib/attempts/attempt-state';
export { AttemptAssignmentStates } from './lib/attempts/assignment-states.provider';
export * from './lib/reminders';
