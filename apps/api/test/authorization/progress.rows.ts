import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { Row } from './matrix';

/** Progress: attendance, progress, calendar. */
export const PROGRESS_ROWS: Row[] = [
  // Attendance, progress, calendar, audit trail
  {
    operation: 'attendanceSheet',
    kind: 'query',
    document: `query($id: ID!) { attendanceSheet(cohortId: $id) { cohortId } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'recordAttendance',
    kind: 'mutation',
    document: `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { sessionId } }`,
    variables: () => ({ input: { cohortId: randomUUID(), entries: [{ sessionId: randomUUID(), enrolmentId: randomUUID(), status: 'PRESENT' }] } }),
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'myProgress',
    kind: 'query',
    document: `{ myProgress { enrolmentId } }`,
    audience: 'signed-in',
    allowedOutcome: 'data',
  },
  {
    operation: 'cohortProgress',
    kind: 'query',
    document: `query($id: ID!) { cohortProgress(cohortId: $id) { enrolmentId } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'overdueAssignments',
    kind: 'query',
    document: `{ overdueAssignments { enrolmentId dueAt } }`,
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'data',
  },
  {
    operation: 'cohortProgressCsv',
    kind: 'query',
    document: `query($id: ID!) { cohortProgressCsv(cohortId: $id) { filename } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'myCalendarUrl',
    kind: 'query',
    document: `{ myCalendarUrl }`,
    audience: 'signed-in',
    // A fresh account has not created its subscription URL yet.
    allowedOutcome: 'null',
  },
  {
    operation: 'renewCalendarUrl',
    kind: 'mutation',
    document: `mutation { renewCalendarUrl }`,
    audience: 'signed-in',
    allowedOutcome: 'data',
  },
];
