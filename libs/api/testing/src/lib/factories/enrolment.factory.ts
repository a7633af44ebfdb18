import { sqlOne } from '@koko/api/core/database';
import { DataSource } from 'typeorm';
import { createUser, TestUser } from '../factories';
import { createMunicipality } from './municipality.factory';

export interface EnrolmentOverrides {
  /** The participant; a new one when left out. */
  user: TestUser;
  /** Default: Kleve (created when missing). */
  municipalityId: string;
  /** The stored state: applied, admitted, waitlisted, declined, withdrawn or completed (the table checks it). */
  state: string;
  jobRole: string;
  motivation: string;
  /** Default: now. */
  appliedAt: Date | string;
  decidedAt: Date | string | null;
}

/**
 * An enrolment in a given state, inserted directly (the transitions are what the API tests test).
 * A waitlisted one carries its place in the queue (`waitlisted_at` now).
 */
export async function createEnrolment(db: DataSource, cohortId: string, overrides: Partial<EnrolmentOverrides> = {}): Promise<{ id: string; user: TestUser }> {
  const user = overrides.user ?? (await createUser(db));
  const municipalityId = overrides.municipalityId ?? (await createMunicipality(db)).id;
  const row = await sqlOne<{ id: string }>(
    db,
    `INSERT INTO enrolments (cohort_id, user_id, municipality_id, job_role, motivation, state, applied_at, waitlisted_at, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6::varchar, COALESCE($7::timestamptz, now()), CASE WHEN $6::varchar = 'waitlisted' THEN now() END, $8) RETURNING id`,
    [
      cohortId,
      user.id,
      municipalityId,
      overrides.jobRole ?? 'Sachbearbeitung',
      overrides.motivation ?? 'Motivation',
      overrides.state ?? 'applied',
      overrides.appliedAt ?? null,
      overrides.decidedAt ?? null,
    ],
  );
  return { id: row.id, user };
}

/** The enrolment's state as stored (applied, admitted, …, completed). */
export async function enrolmentStateOf(db: DataSource, enrolmentId: string): Promise<string> {
  return (await sqlOne<{ state: string }>(db, `SELECT state FROM enrolments WHERE id = $1`, [enrolmentId])).state;
}
