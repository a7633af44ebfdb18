export * from './lib/my-progress.service';
export * from './lib/trainer-cohorts.service';
export * from './lib/attendance.service';
export * from './lib/cohort-progress.service';
export * from './lib/audit-trail.service';
export * from './lib/attendance-requirement';
export * from './lib/requirements-met';
export * from './lib/attendance-grid';
export * from './lib/progress-matrix';
export type {
  AssignmentState,
  AttendanceEntryInput,
  AttendanceStatus,
  ModuleStatus,
  OpenCondition,
} from '@koko/web/shared/data-access-graphql';
export * from './lib/progress-format';
