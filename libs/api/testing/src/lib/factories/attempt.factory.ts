import { sqlOne, sqlRun } from '@koko/api/core/database';
import { DataSource } from 'typeorm';
import { CohortFixture } from '../programme-fixtures';

export interface AttemptOverrides {
  state: 'draft' | 'submitted' | 'passed' | 'failed' | 'revision_requested';
  attemptNo: number;
  body: string;
  /** Default: now, unless a draft. */
  submittedAt: Date | null;
  late: boolean;
}

/** A transfer-assignment attempt, inserted directly. Default: a first attempt, submitted now. */
export async function createAttempt(db: DataSource, enrolmentId: string, moduleId: string, overrides: Partial<AttemptOverrides> = {}): Promise<{ id: string }> {
  const state = overrides.state ?? 'submitted';
  const submittedAt = overrides.submittedAt === undefined ? (state === 'draft' ? null : new Date()) : overrides.submittedAt;
  const row = await sqlOne<{ id: string }>(
    db,
    `INSERT INTO assignment_attempts (enrolment_id, module_id, attempt_no, state, body, own_work_confirmed_at, submitted_at, late)
     VALUES ($1, $2, $3, $4, $5, $6, $6, $7) RETURNING id`,
    [enrolmentId, moduleId, overrides.attemptNo ?? 1, state, overrides.body ?? 'Mein Bericht', submittedAt, overrides.late ?? false],
  );
  return { id: row.id };
}

/** An extension of one participant's due date for a module. */
export async function createExtension(db: DataSource, enrolmentId: string, moduleId: string, dueAt: Date, overrides: { reason?: string; grantedAt?: Date } = {}): Promise<void> {
  await sqlRun(db, `INSERT INTO assignment_extensions (enrolment_id, module_id, due_at, reason, granted_at) VALUES ($1, $2, $3, $4, $5)`, [
    enrolmentId,
    moduleId,
    dueAt,
    overrides.reason ?? 'Krankheit',
    overrides.grantedAt ?? new Date(),
  ]);
}

/**
 * Makes participants of a running cohort complete the quick way: present at every session of
 * every module and a passed first attempt per module (progress derives completion, and so
 * certificate eligibility, from exactly these facts). `exceptModule` (a position) leaves that
 * module without its attempt, `exceptSessionIds` those sessions without attendance.
 */
export async function completeModules(
  db: DataSource,
  f: CohortFixture,
  enrolmentIds: string[],
  options: { exceptModule?: number; exceptSessionIds?: string[] } = {},
): Promise<void> {
  const skipModule = options.exceptModule ? f.moduleIds[options.exceptModule - 1] : null;
  await sqlRun(
    db,
    `INSERT INTO attendance_records (session_id, enrolment_id, status)
     SELECT s.id, e, 'present' FROM cohort_sessions s CROSS JOIN unnest($2::uuid[]) e
     WHERE s.cohort_id = $1 AND NOT (s.id = ANY($3::uuid[]))`,
    [f.cohortId, enrolmentIds, options.exceptSessionIds ?? []],
  );
  await sqlRun(
    db,
    `INSERT INTO assignment_attempts (enrolment_id, module_id, attempt_no, state, submitted_at, own_work_confirmed_at)
     SELECT e, cm.module_id, 1, 'passed', now(), now() FROM cohort_modules cm CROSS JOIN unnest($2::uuid[]) e
     WHERE cm.cohort_id = $1 AND cm.module_id IS DISTINCT FROM $3`,
    [f.cohortId, enrolmentIds, skipModule],
  );
}

/**
 * One submitted first attempt per enrolment, oldest first in the order given (a minute apart,
 * ending now), every third one late: a grading queue in a single statement.
 */
export async function createSubmittedAttempts(db: DataSource, enrolmentIds: string[], moduleId: string): Promise<void> {
  await sqlRun(
    db,
    `INSERT INTO assignment_attempts (enrolment_id, module_id, attempt_no, state, body, submitted_at, own_work_confirmed_at, late)
     SELECT e, $2, 1, 'submitted', 'Text', now() - (row_number() OVER ()) * interval '1 minute', now(), (row_number() OVER ()) % 3 = 0
     FROM unnest($1::uuid[]) e`,
    [enrolmentIds, moduleId],
  );
}

/** Attendance at every given session for every given enrolment (default: present). */
export async function recordAttendance(db: DataSource, sessionIds: string[], enrolmentIds: string[], status: 'present' | 'excused' | 'absent' = 'present'): Promise<void> {
  await sqlRun(
    db,
    `INSERT INTO attendance_records (session_id, enrolment_id, status) SELECT s, e, $3 FROM unnest($1::uuid[]) s CROSS JOIN unnest($2::uuid[]) e`,
    [sessionIds, enrolmentIds, status],
  );
}

/** Moves the due date of an enrolment's attempt (a revision's own date), e.g. into the past. */
export async function setAttemptDueAt(db: DataSource, enrolmentId: string, attemptNo: number, dueAt: Date): Promise<void> {
  await sqlRun(db, `UPDATE assignment_attempts SET due_at = $3 WHERE enrolment_id = $1 AND attempt_no = $2`, [enrolmentId, attemptNo, dueAt]);
}

/** The id of an enrolment's attempt by its number (the revision a verdict opened, say). */
export async function attemptIdOf(db: DataSource, enrolmentId: string, attemptNo: number): Promise<string> {
  return (await sqlOne<{ id: string }>(db, `SELECT id FROM assignment_attempts WHERE enrolment_id = $1 AND attempt_no = $2`, [enrolmentId, attemptNo])).id;
}
