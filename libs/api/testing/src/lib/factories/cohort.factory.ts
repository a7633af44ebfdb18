import { sqlRun } from '@koko/api/core/database';
import { DataSource } from 'typeorm';

export interface CohortModuleSettings {
  assignmentDueAt: Date | null;
  submissionCutoffAt: Date | null;
  maxAttempts: number;
}

/** Sets a cohort's module settings, for one module or (without `moduleId`) for all five. */
export async function setCohortModule(db: DataSource, cohortId: string, settings: Partial<CohortModuleSettings>, moduleId?: string): Promise<void> {
  const columns: Record<keyof CohortModuleSettings, string> = { assignmentDueAt: 'assignment_due_at', submissionCutoffAt: 'submission_cutoff_at', maxAttempts: 'max_attempts' };
  const entries = (Object.keys(columns) as (keyof CohortModuleSettings)[]).filter((k) => settings[k] !== undefined);
  if (!entries.length) return;
  const assignments = entries.map((k, i) => `${columns[k]} = $${i + 3}`).join(', ');
  await sqlRun(db, `UPDATE cohort_modules SET ${assignments} WHERE cohort_id = $1 AND ($2::uuid IS NULL OR module_id = $2)`, [
    cohortId,
    moduleId ?? null,
    ...entries.map((k) => settings[k]),
  ]);
}

/** Assigns a trainer to a cohort. */
export async function addCohortTrainer(db: DataSource, cohortId: string, userId: string): Promise<void> {
  await sqlRun(db, `INSERT INTO cohort_trainers (cohort_id, user_id) VALUES ($1, $2)`, [cohortId, userId]);
}

/** Sets a cohort's settings that its creation leaves at their defaults. */
export async function updateCohort(db: DataSource, cohortId: string, settings: { revisionDays: number }): Promise<void> {
  await sqlRun(db, `UPDATE cohorts SET revision_days = $2 WHERE id = $1`, [cohortId, settings.revisionDays]);
}

/** Moves a cohort session (e.g. into the past, so its module can be completed). */
export async function setCohortSessionTimes(db: DataSource, sessionId: string, startsAt: Date, endsAt: Date): Promise<void> {
  await sqlRun(db, `UPDATE cohort_sessions SET starts_at = $2, ends_at = $3 WHERE id = $1`, [sessionId, startsAt, endsAt]);
}
