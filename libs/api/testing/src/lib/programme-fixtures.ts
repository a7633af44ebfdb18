import { Role } from '@koko/shared';
import { sqlOne, sqlRows, sqlRun } from '@koko/api/core/database';
import { DataSource } from 'typeorm';
import { ARGON2_HASH_FOR_TESTS } from './password-hash';

let counter = 0;

export interface CohortFixture {
  cohortId: string;
  moduleIds: string[];
  /** Session ids per module position (index 0 = module 1). */
  sessionIds: string[][];
  enrolmentIds: string[];
  participantIds: string[];
  municipalityId: string;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * A running cohort arranged directly in the database: five modules with sessions (the first
 * `pastSessions` of them already held), `participants` admitted participants and optional trainers.
 * For tests whose subject is reading (matrix, dashboard, statement counts), not arranging.
 */
export async function createRunningCohort(
  db: DataSource,
  options: { participants: number; sessionsPerModule?: number; trainerIds?: string[]; capacity?: number; name?: string; nameEn?: string; now?: Date },
): Promise<CohortFixture> {
  counter++;
  const now = options.now ?? new Date();
  const perModule = options.sessionsPerModule ?? 2;
  const start = new Date(now.getTime() - 60 * 86_400_000);
  const end = new Date(now.getTime() + 120 * 86_400_000);
  const cohort = await sqlOne<{ id: string }>(
    db,
    `INSERT INTO cohorts (name, name_en, starts_on, ends_on, capacity, applications_open_on, applications_close_on)
     VALUES ($1, $5, $2, $3, $4, $2, $2) RETURNING id`,
    [
      options.name ?? `Durchgang Test ${counter}-${Math.random().toString(36).slice(2, 7)}`,
      isoDay(start),
      isoDay(end),
      options.capacity ?? Math.max(options.participants, 1),
      options.nameEn ?? '',
    ],
  );
  const cohortId = cohort.id;
  const modules = await sqlRows<{ id: string }>(db, `SELECT id FROM programme_modules ORDER BY position`);
  await sqlRun(db, `INSERT INTO cohort_modules (cohort_id, module_id) SELECT $1, id FROM programme_modules`, [cohortId]);
  const sessionIds: string[][] = [];
  for (const [i, m] of modules.entries()) {
    const ids: string[] = [];
    for (let k = 0; k < perModule; k++) {
      // Module 1's sessions lie in the past, the others in the future.
      const offsetDays = i === 0 ? -30 + k : 10 + i * 14 + k;
      const startsAt = new Date(now.getTime() + offsetDays * 86_400_000);
      const row = await sqlOne<{ id: string }>(
        db,
        `INSERT INTO cohort_sessions (cohort_id, module_id, title, starts_at, ends_at, location) VALUES ($1, $2, $3, $4, $5, 'Krefeld') RETURNING id`,
        [cohortId, m.id, `Tag ${k + 1}`, startsAt, new Date(startsAt.getTime() + 6 * 3_600_000)],
      );
      ids.push(row.id);
    }
    sessionIds.push(ids);
  }
  for (const trainerId of options.trainerIds ?? []) {
    await sqlRun(db, `INSERT INTO cohort_trainers (cohort_id, user_id) VALUES ($1, $2)`, [cohortId, trainerId]);
  }
  const municipality = await ensureMunicipality(db);
  const hash = await ARGON2_HASH_FOR_TESTS;
  const users = options.participants
    ? await sqlRows<{ id: string }>(
        db,
        `INSERT INTO users (email, display_name, certificate_name, roles, password_hash)
         SELECT 'p' || g || '.' || $1 || '@example.org', 'Teilnehmer:in ' || lpad(g::text, 3, '0'), 'Teilnehmer:in ' || g, $2, $3
         FROM generate_series(1, $4) g RETURNING id`,
        [`${counter}${Math.random().toString(36).slice(2, 7)}`, [Role.PARTICIPANT], hash, options.participants],
      )
    : [];
  const enrolments = users.length
    ? await sqlRows<{ id: string }>(
        db,
        `INSERT INTO enrolments (cohort_id, user_id, municipality_id, job_role, motivation, state, decided_at)
         SELECT $1, u, $2, 'Integrationsbeauftragte:r', 'Motivation für den Test', 'admitted', now() FROM unnest($3::uuid[]) u RETURNING id`,
        [cohortId, municipality.id, users.map((u) => u.id)],
      )
    : [];
  return {
    cohortId,
    moduleIds: modules.map((m) => m.id),
    sessionIds,
    enrolmentIds: enrolments.map((e) => e.id),
    participantIds: users.map((u) => u.id),
    municipalityId: municipality.id,
  };
}

/**
 * Counts the SQL statements the app sends while `work` runs (through TypeORM's logger hook).
 * Parameter lists are normalised (`IN ($1, …, $300)` → `IN ($n)`) so statements can be compared;
 * the mail worker's background work (outbox and capture) is left out.
 */
export async function countStatements(db: DataSource, work: () => Promise<unknown>): Promise<{ count: number; statements: string[] }> {
  const logger = db.logger;
  const statements: string[] = [];
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, runner) => {
    if (!/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(query) && !/mail_outbox|captured_mail/.test(query)) {
      statements.push(query.replace(/\$\d+(, \$\d+)*/g, '$n'));
    }
    return original(query, parameters, runner);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  // Per-request loaders dispatch their batches concurrently, so the order in which they reach the
  // pool varies with the machine's load: the statements are compared as a sorted list.
  return { count: statements.length, statements: statements.sort() };
}

/** A municipality to apply with (test databases start without the NRW list). */
export async function ensureMunicipality(db: DataSource, key = '05114000', name = 'Krefeld'): Promise<{ id: string }> {
  return sqlOne<{ id: string }>(
    db,
    `INSERT INTO municipalities (key, name, kind, regierungsbezirk, has_integration_centre)
     VALUES ($1, $2, 'kreisfreie_stadt', 'Düsseldorf', true)
     ON CONFLICT (key) DO UPDATE SET name = municipalities.name RETURNING id`,
    [key, name],
  );
}
