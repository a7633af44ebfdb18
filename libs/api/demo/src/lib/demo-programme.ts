import { berlinDay, berlinInstant } from '@koko/api/catalogue';
import { sqlOne, sqlRows, sqlRun } from '@koko/api/core/database';
import { EntityManager } from 'typeorm';
import { seedDemoAssessment } from './demo-assessment';

/** Demo cohorts: one running (participants at different stages), one open for applications. */
export const RUNNING_COHORT = 'KoKo II – Durchgang 2026';
export const OPEN_COHORT = 'KoKo II – Durchgang 2027';
export const FINISHED_COHORT = 'KoKo II – Durchgang 2025';

interface DemoParticipant {
  email: string;
  displayName: string;
  municipality: string;
  jobRole: string;
  state: 'applied' | 'admitted' | 'waitlisted' | 'declined' | 'withdrawn';
  /** Attendance per held session, in order: P present, E excused, W excused and waived, A absent. */
  attendance?: string;
}

/** The demo accounts plus further (sign-in-less) participants so lists and matrices look real. */
const RUNNING: DemoParticipant[] = [
  { email: 'lukasz.zolc@kleve.example', displayName: 'Łukasz Żółć', municipality: 'Kleve', jobRole: 'Kommunales Integrationszentrum, Koordination', state: 'admitted', attendance: 'PPPPP' },
  { email: 'anna.mueller@bielefeld.example', displayName: 'Anna Müller', municipality: 'Bielefeld', jobRole: 'Integrationsbeauftragte', state: 'admitted', attendance: 'PWPPE' },
  { email: 'aga.celik@duisburg.example', displayName: 'Ağa Çelik', municipality: 'Duisburg', jobRole: 'Sozialamt, Sachgebietsleitung', state: 'admitted', attendance: 'PAAP' },
  { email: 'thu.ha.nguyen@muenster.example', displayName: 'Nguyễn Thu Hà', municipality: 'Münster', jobRole: 'Amt für Migration und Interkulturelle Angelegenheiten', state: 'admitted', attendance: 'PPP' },
  { email: 'jan.hoffmann@krefeld.example', displayName: 'Jan Hoffmann', municipality: 'Krefeld', jobRole: 'Ordnungsamt, Quartiersmanagement', state: 'admitted', attendance: 'PPPPP' },
  { email: 'fatma.oezdemir@gelsenkirchen.example', displayName: 'Fatma Özdemir', municipality: 'Gelsenkirchen', jobRole: 'Kommunales Integrationszentrum, Bildung', state: 'admitted', attendance: 'PPEPP' },
  { email: 'sven.krueger@hamm.example', displayName: 'Sven Krüger', municipality: 'Hamm', jobRole: 'Stabsstelle Bürgerbeteiligung', state: 'admitted', attendance: 'PPPAP' },
  { email: 'maria.schmitz@koeln.example', displayName: 'Maria Schmitz', municipality: 'Köln', jobRole: 'Integrationsrat, Geschäftsführung', state: 'waitlisted' },
  { email: 'david.wagner@dortmund.example', displayName: 'David Wagner', municipality: 'Dortmund', jobRole: 'Jugendamt', state: 'waitlisted' },
  { email: 'leonie.fischer@aachen.example', displayName: 'Leonie Fischer', municipality: 'Aachen', jobRole: 'Gleichstellungsstelle', state: 'declined' },
  { email: 'tobias.weber@herne.example', displayName: 'Tobias Weber', municipality: 'Herne', jobRole: 'Fachbereich Soziales', state: 'withdrawn' },
];

const OPEN: DemoParticipant[] = [
  { email: 'sarah.klein@bochum.example', displayName: 'Sarah Klein', municipality: 'Bochum', jobRole: 'Kommunales Integrationszentrum, Leitung', state: 'applied' },
  { email: 'mehmet.arslan@essen.example', displayName: 'Mehmet Arslan', municipality: 'Essen', jobRole: 'Büro für Interkulturelle Arbeit', state: 'applied' },
];

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** Transfer assignments are due at the end of a Berlin day, as a programme team would set them (not at the minute of seeding). */
const dueAt = (around: number) => berlinInstant(berlinDay(new Date(around)), '23:59');

/** Inserts the demo programme data when the running cohort is missing. Returns whether it did. */
export async function seedDemoProgramme(m: EntityManager, passwordHash: string, now = new Date()): Promise<boolean> {
  const exists = await sqlRows<{ found: number }>(m, `SELECT 1 AS found FROM cohorts WHERE name = $1`, [RUNNING_COHORT]);
  if (exists.length) return false;
  const trainers = await sqlRows<{ id: string }>(m, `SELECT id FROM users WHERE email IN ('trainerin@koko-campus.example', 'trainer@koko-campus.example')`);
  const admin = await sqlRows<{ id: string }>(m, `SELECT id FROM users WHERE email = 'admin@koko-campus.example'`);
  const modules = await sqlRows<{ id: string; position: number }>(m, `SELECT id, position FROM programme_modules ORDER BY position`);

  // Running cohort: started 100 days ago; modules 1 and 2 held, module 3 half held, 4 and 5 ahead.
  const running = await cohort(m, RUNNING_COHORT, new Date(now.getTime() - 100 * DAY), new Date(now.getTime() + 150 * DAY), 7, new Date(now.getTime() - 160 * DAY), new Date(now.getTime() - 110 * DAY), trainers);
  const runningSessions: string[] = [];
  for (const mod of modules) {
    const base = now.getTime() + (-90 + (mod.position - 1) * 35) * DAY;
    await sqlRun(m, `UPDATE cohort_modules SET assignment_due_at = $3 WHERE cohort_id = $1 AND module_id = $2`, [running, mod.id, dueAt(base + 28 * DAY)]);
    for (const k of [0, 1]) {
      const id = await session(m, running, mod.id, `Tag ${k + 1}`, new Date(base + k * DAY), mod.position % 2 === 0 && k === 1 ? null : 'Hochschule Niederrhein, Campus Mönchengladbach, Richard-Wagner-Straße 97', mod.position % 2 === 0 && k === 1 ? 'https://konferenz.koko-campus.example/modul-' + mod.position : null);
      runningSessions.push(id);
    }
  }
  const held = runningSessions.slice(0, 5);
  await enrol(m, running, RUNNING, passwordHash, now, held, admin[0]?.id ?? null);
  await seedDemoAssessment(m, running, trainers[0]?.id ?? null);

  // Open cohort: applications open until in 30 days, starts in 60 days.
  const open = await cohort(m, OPEN_COHORT, new Date(now.getTime() + 60 * DAY), new Date(now.getTime() + 300 * DAY), 24, new Date(now.getTime() - 10 * DAY), new Date(now.getTime() + 30 * DAY), trainers);
  for (const mod of modules) {
    const base = now.getTime() + (60 + (mod.position - 1) * 49) * DAY;
    await sqlRun(m, `UPDATE cohort_modules SET assignment_due_at = $3 WHERE cohort_id = $1 AND module_id = $2`, [open, mod.id, dueAt(base + 35 * DAY)]);
    for (const k of [0, 1]) await session(m, open, mod.id, `Tag ${k + 1}`, new Date(base + k * DAY), 'Kommunales Integrationszentrum Krefeld, Sitzungssaal', null);
  }
  await enrol(m, open, OPEN, passwordHash, now, [], null);
  await seedFinishedCohort(m, passwordHash, now, trainers, modules);
  return true;
}

/** Graduates of an earlier run: everyone present everywhere, transfers passed (Sabine Richter's last one still open). */
const FINISHED: DemoParticipant[] = [
  { email: 'juergen.gross@krefeld.example', displayName: 'Jürgen Groß', municipality: 'Krefeld', jobRole: 'Kommunales Integrationszentrum, Leitung', state: 'admitted', attendance: 'PPPPPPPPPP' },
  { email: 'elif.yildiz@koeln.example', displayName: 'Elif Yıldız', municipality: 'Köln', jobRole: 'Amt für Integration und Vielfalt', state: 'admitted', attendance: 'PPPPPPPPPP' },
  { email: 'marta.nowak@dortmund.example', displayName: 'Marta Nowak', municipality: 'Dortmund', jobRole: 'Ordnungsamt', state: 'admitted', attendance: 'PPPPPPPPPP' },
  { email: 'stefan.wagner@aachen.example', displayName: 'Stefan Wagner', municipality: 'Aachen', jobRole: 'Sozialplanung', state: 'admitted', attendance: 'PPPPPPPPPP' },
  { email: 'sabine.richter@bochum.example', displayName: 'Sabine Richter', municipality: 'Bochum', jobRole: 'Quartiersmanagement', state: 'admitted', attendance: 'PPPPPPPPPP' },
];

async function seedFinishedCohort(m: EntityManager, passwordHash: string, now: Date, trainers: { id: string }[], modules: { id: string; position: number }[]): Promise<void> {
  const cohortId = await cohort(m, FINISHED_COHORT, new Date(now.getTime() - 420 * DAY), new Date(now.getTime() - 60 * DAY), 20, new Date(now.getTime() - 480 * DAY), new Date(now.getTime() - 430 * DAY), trainers);
  const sessions: string[] = [];
  for (const mod of modules) {
    const base = now.getTime() + (-410 + (mod.position - 1) * 60) * DAY;
    await sqlRun(m, `UPDATE cohort_modules SET assignment_due_at = $3 WHERE cohort_id = $1 AND module_id = $2`, [cohortId, mod.id, dueAt(base + 30 * DAY)]);
    for (const k of [0, 1]) sessions.push(await session(m, cohortId, mod.id, `Tag ${k + 1}`, new Date(base + k * DAY), 'Hochschule Niederrhein, Campus Krefeld Süd', null));
  }
  await enrol(m, cohortId, FINISHED, passwordHash, now, sessions, trainers[0]?.id ?? null);
  for (const p of FINISHED) {
    const enrolment = await sqlOne<{ id: string }>(m, `SELECT e.id FROM enrolments e JOIN users u ON u.id = e.user_id WHERE e.cohort_id = $1 AND lower(u.email) = $2`, [cohortId, p.email]);
    for (const mod of modules) {
      const open = p.email.startsWith('sabine') && mod.position === 5;
      const submitted = new Date(now.getTime() + (-380 + (mod.position - 1) * 60) * DAY);
      const attempt = await sqlOne<{ id: string }>(
        m,
        `INSERT INTO assignment_attempts (enrolment_id, module_id, attempt_no, state, body, draft_saved_at, own_work_confirmed_at, submitted_at)
         VALUES ($1, $2, 1, $3, $4, $5, $6, $6) RETURNING id`,
        [enrolment.id, mod.id, open ? 'draft' : 'passed', 'Transferbericht aus der eigenen Kommune.', submitted, open ? null : submitted],
      );
      if (!open) {
        await sqlRun(m, `INSERT INTO attempt_feedback (attempt_id, grader_id, verdict, text, released_at) VALUES ($1, $2, 'passed', 'Bestanden.', $3)`, [
          attempt.id, trainers[0]?.id ?? null, new Date(submitted.getTime() + 5 * DAY),
        ]);
      }
    }
  }
}

async function cohort(m: EntityManager, name: string, starts: Date, ends: Date, capacity: number, opens: Date, closes: Date, trainers: { id: string }[]): Promise<string> {
  const row = await sqlOne<{ id: string }>(
    m,
    `INSERT INTO cohorts (name, description, starts_on, ends_on, capacity, applications_open_on, applications_close_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [name, 'Zertifizierte Fortbildung zur Konfliktmanagerin / zum Konfliktmanager in fünf Modulen, zertifiziert von der Hochschule Niederrhein.', isoDay(starts), isoDay(ends), capacity, isoDay(opens), isoDay(closes)],
  );
  await sqlRun(m, `INSERT INTO cohort_modules (cohort_id, module_id) SELECT $1, id FROM programme_modules`, [row.id]);
  for (const t of trainers) await sqlRun(m, `INSERT INTO cohort_trainers (cohort_id, user_id) VALUES ($1, $2)`, [row.id, t.id]);
  return row.id;
}

async function session(m: EntityManager, cohortId: string, moduleId: string, title: string, day: Date, location: string | null, onlineUrl: string | null): Promise<string> {
  const start = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 8, 0));
  const row = await sqlOne<{ id: string }>(
    m,
    `INSERT INTO cohort_sessions (cohort_id, module_id, title, starts_at, ends_at, location, online_url) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [cohortId, moduleId, title, start, new Date(start.getTime() + 7 * 3_600_000), location, onlineUrl],
  );
  return row.id;
}

async function enrol(m: EntityManager, cohortId: string, people: DemoParticipant[], passwordHash: string, now: Date, heldSessions: string[], recorder: string | null): Promise<void> {
  for (const [i, p] of people.entries()) {
    await sqlRun(
      m,
      `INSERT INTO users (email, display_name, certificate_name, roles, password_hash) VALUES ($1, $2, $2, '{participant}', $3) ON CONFLICT DO NOTHING`,
      [p.email, p.displayName, passwordHash],
    );
    const user = await sqlOne<{ id: string }>(m, `SELECT id FROM users WHERE lower(email) = $1`, [p.email]);
    const municipality = (await sqlRows<{ id: string }>(m, `SELECT id FROM municipalities WHERE name = $1 AND kind <> 'kreis' ORDER BY key LIMIT 1`, [p.municipality])).at(0);
    if (!municipality) continue;
    const applied = new Date(now.getTime() - (120 - i) * DAY);
    const enrolment = await sqlOne<{ id: string }>(
      m,
      `INSERT INTO enrolments (cohort_id, user_id, municipality_id, job_role, motivation, state, applied_at, waitlisted_at, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        cohortId,
        user.id,
        municipality.id,
        p.jobRole,
        'In unserer Kommune nehmen Konflikte rund um Unterbringung und Zusammenleben zu. Ich möchte ein Konfliktmanagement aufbauen, das früh ansetzt und die Akteure vernetzt.',
        p.state,
        applied,
        p.state === 'waitlisted' ? new Date(applied.getTime() + 5 * DAY) : null,
        p.state === 'applied' ? null : new Date(applied.getTime() + 5 * DAY),
      ],
    );
    for (const [k, mark] of [...(p.attendance ?? '')].entries()) {
      const sessionId = heldSessions[k];
      if (!sessionId) break;
      const status = mark === 'P' ? 'present' : mark === 'A' ? 'absent' : 'excused';
      await sqlRun(m, `INSERT INTO attendance_records (session_id, enrolment_id, status, excuse_waived, recorded_by) VALUES ($1, $2, $3, $4, $5)`, [
        sessionId,
        enrolment.id,
        status,
        mark === 'W',
        recorder,
      ]);
    }
  }
}
