/**
 * The large, realistic data set of the API benchmark, bulk-inserted with generate_series on top of
 * the demo data (a few seconds): 60 cohorts (44 finished, 10 running, 5 open for applications, and
 * one running cohort of 300), 3,000 participants, five modules with two sessions each per cohort,
 * attendance for every session held, five assignment attempts per seated participant (~14,000), and
 * 2,000 certificates of the finished cohorts. The demo trainer Ayşe Yılmaz trains every running and
 * open cohort, so her grading queue spans hundreds of submissions. For the latency curve (dashboard
 * and matrix by cohort size) two more running cohorts of 5 and 1,000 people, with attendance and
 * attempts like the others, outside the trainer's queue.
 */
import type { Client } from 'pg';

export interface BenchFixture {
  bigCohortId: string;
  trainerId: string;
  adminId: string;
  /** The curve's cohorts of 5 and 1,000 people (running, like the 300 one) and a participant of each. */
  smallCohortId: string;
  maxCohortId: string;
  smallParticipantId: string;
  maxParticipantId: string;
  /** A participant of the 300-person cohort with an open draft. */
  participantId: string;
  enrolmentId: string;
  draftModuleId: string;
  verificationCode: string;
}

export const BIG_COHORT = 'Bench – Durchgang 300';
/** The latency curve's cohorts beside the 300 one: the smallest sensible and the largest possible (a cohort holds at most 1,000 places). */
export const CURVE_COHORTS = { small: { name: 'Bench – Kurve 5', size: 5 }, max: { name: 'Bench – Kurve 1000', size: 1000 } } as const;
const NOT_CURVE = `name NOT LIKE 'Bench – Kurve %'`;

export interface SeedCounts {
  cohorts: number;
  participants: number;
  attempts: number;
  attendance: number;
  certificates: number;
}

/** Cohort g (1..59): 1–44 finished, 45–54 running, 55–59 open for applications; 60 is the big one. */
const COHORTS = `
  INSERT INTO cohorts (name, name_en, description, starts_on, ends_on, capacity, applications_open_on, applications_close_on)
  SELECT CASE WHEN g = 60 THEN '${BIG_COHORT}' ELSE 'Bench – Durchgang ' || g END,
         CASE WHEN g = 60 THEN 'Bench – cohort 300' ELSE 'Bench – cohort ' || g END,
         'Fünf Module, Transferaufgaben, Zertifikat der Hochschule Niederrhein.',
         s, s + 240, CASE WHEN g = 60 THEN 320 ELSE 60 END, s - 90, s - 20
  FROM (SELECT g, CASE WHEN g = 60 THEN current_date - 100
                       WHEN g <= 44 THEN current_date - 700 + g * 5
                       WHEN g <= 54 THEN current_date - 150 + (g - 44) * 8
                       ELSE current_date + 40 + (g - 54) * 10 END AS s
        FROM generate_series(1, 60) g) x`;

export async function seedLargeDataSet(db: Client): Promise<{ fixture: BenchFixture; counts: SeedCounts }> {
  await db.query('BEGIN');
  await db.query(COHORTS);
  await db.query(
    `INSERT INTO cohorts (name, name_en, description, starts_on, ends_on, capacity, applications_open_on, applications_close_on)
     SELECT name, name, 'Kohorte der Latenzkurve.', current_date - 100, current_date + 140, size, current_date - 190, current_date - 120
     FROM unnest($1::text[], $2::int[]) AS x(name, size)`,
    [Object.values(CURVE_COHORTS).map((c) => c.name), Object.values(CURVE_COHORTS).map((c) => c.size)],
  );
  await db.query(`
    INSERT INTO cohort_modules (cohort_id, module_id, assignment_due_at, min_attendance_percent, submission_cutoff_at, max_attempts)
    SELECT c.id, m.id, (c.starts_on + m.position * 40)::timestamptz, 80, (c.starts_on + m.position * 40 + 14)::timestamptz, 3
    FROM cohorts c CROSS JOIN programme_modules m WHERE c.name LIKE 'Bench – %'`);
  await db.query(`
    INSERT INTO cohort_sessions (cohort_id, module_id, title, title_en, starts_at, ends_at, location)
    SELECT c.id, m.id, 'Präsenztag ' || k, 'Day ' || k,
           (c.starts_on + (m.position - 1) * 40 + (k - 1) * 7)::timestamp AT TIME ZONE 'Europe/Berlin' + interval '9 hours',
           (c.starts_on + (m.position - 1) * 40 + (k - 1) * 7)::timestamp AT TIME ZONE 'Europe/Berlin' + interval '17 hours',
           'Fortbildungsakademie Herne'
    FROM cohorts c CROSS JOIN programme_modules m CROSS JOIN generate_series(1, 2) k WHERE c.name LIKE 'Bench – %'`);
  await db.query(`
    INSERT INTO users (email, display_name, certificate_name, roles, locale)
    SELECT 'teilnehmer' || g || '@bench.example', 'Teilnehmer:in ' || lpad(g::text, 4, '0'), 'Teilnehmer:in ' || g, '{participant}', 'de'
    FROM generate_series(1, 3000) g`);
  // Participants 1–300: the big cohort; the others round-robin over the 59 further cohorts.
  await db.query(`
    WITH c AS (SELECT id, name, starts_on, row_number() OVER (ORDER BY name = '${BIG_COHORT}', starts_on, name) AS n FROM cohorts WHERE name LIKE 'Bench – %' AND ${NOT_CURVE}),
         m AS (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM municipalities),
         u AS (SELECT id, substring(email from 'teilnehmer(\\d+)@')::int AS g FROM users WHERE email LIKE 'teilnehmer%@bench.example')
    INSERT INTO enrolments (cohort_id, user_id, municipality_id, job_role, motivation, state, applied_at, decided_at)
    SELECT c.id, u.id, m.id, 'Sachbearbeitung Integration', 'Konflikte im Amt früh erkennen.',
           CASE WHEN c.starts_on > current_date THEN 'applied' WHEN c.starts_on + 240 < current_date THEN 'completed' ELSE 'admitted' END,
           c.starts_on - 60, CASE WHEN c.starts_on > current_date THEN NULL ELSE c.starts_on - 30 END
    FROM u JOIN c ON c.n = CASE WHEN u.g <= 300 THEN 60 ELSE ((u.g - 301) % 59) + 1 END
    JOIN m ON m.n = (u.g % m.total) + 1`);
  // The curve's people: 1–5 in the small cohort, 6–1,005 in the largest.
  await db.query(`
    INSERT INTO users (email, display_name, certificate_name, roles, locale)
    SELECT 'kurve' || g || '@bench.example', 'Kurve ' || lpad(g::text, 4, '0'), 'Kurve ' || g, '{participant}', 'de'
    FROM generate_series(1, ${CURVE_COHORTS.small.size + CURVE_COHORTS.max.size}) g`);
  await db.query(
    `INSERT INTO enrolments (cohort_id, user_id, municipality_id, job_role, motivation, state, applied_at, decided_at)
     SELECT c.id, u.id, (SELECT id FROM municipalities ORDER BY key LIMIT 1), 'Sachbearbeitung Integration', 'Konflikte im Amt früh erkennen.', 'admitted',
            c.starts_on - 60, c.starts_on - 30
     FROM (SELECT id, substring(email from 'kurve(\\d+)@')::int AS g FROM users WHERE email LIKE 'kurve%@bench.example') u
     JOIN cohorts c ON c.name = CASE WHEN u.g <= $1 THEN $2 ELSE $3 END`,
    [CURVE_COHORTS.small.size, CURVE_COHORTS.small.name, CURVE_COHORTS.max.name],
  );
  await db.query(`
    INSERT INTO attendance_records (session_id, enrolment_id, status, excuse_waived)
    SELECT s.id, e.id,
           CASE WHEN hashtext(e.id::text || s.id::text) % 10 = 0 THEN 'absent' WHEN hashtext(e.id::text || s.id::text) % 10 = 1 THEN 'excused' ELSE 'present' END,
           false
    FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN cohort_sessions s ON s.cohort_id = c.id
    WHERE c.name LIKE 'Bench – %' AND e.state IN ('admitted', 'completed') AND s.starts_at < now()`);
  // One attempt per seated participant and module: passed when the cohort is over; else by due date.
  await db.query(`
    INSERT INTO assignment_attempts (enrolment_id, module_id, attempt_no, state, body, draft_saved_at, own_work_confirmed_at, submitted_at, late, created_at)
    SELECT enrolment_id, module_id, 1, state, 'Mein Transferprojekt: ' || repeat('Beobachtung, Intervention, Reflexion. ', 40),
           now() - interval '3 days', CASE WHEN state = 'draft' THEN NULL ELSE due - interval '2 days' END,
           CASE WHEN state = 'draft' THEN NULL ELSE due - interval '2 days' + (h % 1000) * interval '1 minute' END, false, due - interval '20 days'
    FROM (SELECT e.id AS enrolment_id, cm.module_id, cm.assignment_due_at AS due, abs(hashtext(e.id::text || cm.module_id::text)) AS h,
                 CASE WHEN e.state = 'completed' THEN 'passed'
                      WHEN cm.assignment_due_at < now() THEN (ARRAY['submitted', 'passed', 'passed', 'revision_requested'])[abs(hashtext(e.id::text || cm.module_id::text)) % 4 + 1]
                      ELSE (ARRAY['draft', 'submitted', 'draft'])[abs(hashtext(e.id::text || cm.module_id::text)) % 3 + 1] END AS state
          FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN cohort_modules cm ON cm.cohort_id = c.id
          WHERE c.name LIKE 'Bench – %' AND e.state IN ('admitted', 'completed')) x`);
  await db.query(`
    INSERT INTO certificates (number, year, sequence, enrolment_id, user_id, cohort_id, printed_name, verification_code, state, issued_at, storage_key, sha256, size_bytes, document)
    SELECT 'KOKO-2025-' || lpad((500000 + n)::text, 6, '0'), 2025, 500000 + n, e.id, e.user_id, e.cohort_id, u.certificate_name,
           md5('bench-code-' || n) || substr(md5('bench-more-' || n), 1, 8), 'valid', c.starts_on + 245, 'bench/' || n || '.pdf',
           encode(sha256(('bench-' || n)::bytea), 'hex'), 30500,
           jsonb_build_object('programmeTitle', 'KoKo II – Kommunales Konfliktmanagement fördern', 'issuedOn', to_char(c.starts_on + 245, 'YYYY-MM-DD'))
    FROM (SELECT e.*, row_number() OVER (ORDER BY e.id) AS n FROM enrolments e WHERE e.state = 'completed' AND e.job_role = 'Sachbearbeitung Integration') e
    JOIN users u ON u.id = e.user_id JOIN cohorts c ON c.id = e.cohort_id
    WHERE n <= 2000`);
  await db.query(`
    INSERT INTO cohort_trainers (cohort_id, user_id)
    SELECT c.id, u.id FROM cohorts c, users u
    WHERE c.name LIKE 'Bench – %' AND c.${NOT_CURVE} AND c.ends_on >= current_date AND u.email = 'trainerin@koko-campus.example'`);
  await db.query('COMMIT');
  await db.query('ANALYZE');

  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
    const rows = (await db.query(sql, params)).rows as T[];
    if (!rows[0]) throw new Error(`Bench seed: nothing found for ${sql}`);
    return rows[0];
  };
  const big = await one<{ id: string }>(`SELECT id FROM cohorts WHERE name = $1`, [BIG_COHORT]);
  const trainer = await one<{ id: string }>(`SELECT id FROM users WHERE email = 'trainerin@koko-campus.example'`);
  const admin = await one<{ id: string }>(`SELECT id FROM users WHERE email = 'admin@koko-campus.example'`);
  const draft = await one<{ user_id: string; enrolment_id: string; module_id: string }>(
    `SELECT e.user_id, e.id AS enrolment_id, a.module_id FROM assignment_attempts a JOIN enrolments e ON e.id = a.enrolment_id
      WHERE e.cohort_id = $1 AND a.state = 'draft' ORDER BY e.applied_at, e.id LIMIT 1`,
    [big.id],
  );
  const curve = async (name: string) =>
    one<{ cohort_id: string; user_id: string }>(`SELECT e.cohort_id, e.user_id FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id WHERE c.name = $1 ORDER BY e.user_id LIMIT 1`, [name]);
  const small = await curve(CURVE_COHORTS.small.name);
  const max = await curve(CURVE_COHORTS.max.name);
  const certificate = await one<{ verification_code: string }>(`SELECT verification_code FROM certificates WHERE number = 'KOKO-2025-501000'`);
  const counts = await one<SeedCounts>(`
    SELECT (SELECT count(*)::int FROM cohorts) AS cohorts,
           (SELECT count(*)::int FROM users WHERE 'participant' = ANY (roles)) AS participants,
           (SELECT count(*)::int FROM assignment_attempts) AS attempts,
           (SELECT count(*)::int FROM attendance_records) AS attendance,
           (SELECT count(*)::int FROM certificates) AS certificates`);
  return {
    fixture: {
      bigCohortId: big.id,
      smallCohortId: small.cohort_id,
      maxCohortId: max.cohort_id,
      smallParticipantId: small.user_id,
      maxParticipantId: max.user_id,
      trainerId: trainer.id,
      adminId: admin.id,
      participantId: draft.user_id,
      enrolmentId: draft.enrolment_id,
      draftModuleId: draft.module_id,
      verificationCode: certificate.verification_code,
    },
    counts,
  };
}
