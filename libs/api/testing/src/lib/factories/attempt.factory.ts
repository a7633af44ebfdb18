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
