import { berlinDay, berlinInstant } from '@koko/api/catalogue';
import { sqlOne, sqlRows, sqlRun } from '@koko/api/core/database';
import { EntityManager } from 'typeorm';
import { seedDemoAssessment } from './demo-assessment';
import { nextWorkingDay, workingDayFrom } from './working-days';

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
/** Transfer assignments are due at the end of a Berlin day, as a programme team would set them (not at the minute of seeding). */
const dueAt = (around: number) => berlinInstant(berlinDay(new Date(around)), '23:59');

/** The two days of a module: the first working day from `around`, and the working day after it. */
function sessionDays(around: number): [string, string] {
  const first = workingDayFrom(berlinDay(new Date(around)));
  return [first, nextWorkingDay(first)];
}

/** When a cohort takes applications and decides them (dates as the cohort row stores them). */
interface ApplicationWindow {
  opens: Date;
  closes: Date;
  starts: Date;
}

/** Inserts the demo programme data when the running cohort is missing. Returns whether it did. */
export async function seedDemoProgramme(m: EntityManager, passwordHash: string, now = new Date()): Promise<boolean> {
  const exists = await sqlRows<{ found: number }>(m, `SELECT 1 AS found FROM cohorts WHERE name = $1`, [RUNNING_COHORT]);
  if (exists.length) return false;
  const trainers = await sqlRows<{ id: string }>(m, `SELECT id FROM users WHERE email IN ('trainerin@koko-campus.example', 'trainer@koko-campus.example')`);
  const admin = await sqlRows<{ id: string }>(m, `SELECT id FROM users WHERE email = 'admin@koko-campus.example'`);
  const modules = await sqlRows<{ id: string; position: number }>(m, `SELECT id, position FROM programme_modules ORDER BY position`);

  // Running cohort: started 100 days ago; modules 1 and 2 held, module 3 half held, 4 and 5 ahead.
  const runningWindow = { opens: new Date(now.getTime() - 160 * DAY), closes: new Date(now.getTime() - 110 * DAY), starts: new Date(now.getTime() - 100 * DAY) };
  const running = await cohort(m, RUNNING_COHORT, runningWindow.starts, new Date(now.getTime() + 150 * DAY), 7, runningWindow.opens, runningWindow.closes, trainers);
  const runningSessions: string[] = [];
  for (const mod of modules) {
    const base = now.getTime() + (-90 + (mod.position - 1) * 35) * DAY;
    await sqlRun(m, `UPDATE cohort_modules SET assignment_due_at = $3 WHERE cohort_id = $1 AND module_id = $2`, [running, mod.id, dueAt(base + 28 * DAY)]);
    for (const [k, day] of sessionDays(base).entries()) {
      const online = mod.position % 2 === 0 && k === 1;
      const id = await session(m, running, mod.id, `Tag ${k + 1}`, day, online ? null : 'Hochschule Niederrhein, Campus Mönchengladbach, Richard-Wagner-Straße 97', online ? 'https://konferenz.koko-campus.example/modul-' + mod.position : null);
      runningSessions.push(id);
    }
  }
  const held = runningSessions.slice(0, 5);
  await enrol(m, running, RUNNING, passwordHash, now, runningWindow, held, admin[0]?.id ?? null);
  await seedDemoAssessment(m, running, trainers[0]?.id ?? null, now);

  // Open cohort: applications open until in 30 days, starts in 60 days.
  const openWindow = { opens: new Date(now.getTime() - 10 * DAY), closes: new Date(now.getTime() + 30 * DAY), starts: new Date(now.getTime() + 60 * DAY) };
  const open = await cohort(m, OPEN_COHORT, openWindow.starts, new Date(now.getTime() + 300 * DAY), 24, openWindow.opens, openWindow.closes, trainers);
  for (const mod of modules) {
    const base = now.getTime() + (60 + (mod.position - 1) * 49) * DAY;
    await sqlRun(m, `UPDATE cohort_modules SET assignment_due_at = $3 WHERE cohort_id = $1 AND module_id = $2`, [open, mod.id, dueAt(base + 35 * DAY)]);
    for (const [k, day] of sessionDays(base).entries()) await session(m, open, mod.id, `Tag ${k + 1}`, day, 'Kommunales Integrationszentrum Krefeld, Sitzungssaal', null);
  }
  await enrol(m, open, OPEN, passwordHash, now, openWindow, [], null);
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
  const window = { opens: new Date(now.getTime() - 480 * DAY), closes: new Date(now.getTime() - 430 * DAY), starts: new Date(now.getTime() - 420 * DAY) };
  const cohortId = await cohort(m, FINISHED_COHORT, window.starts, new Date(now.getTime() - 60 * DAY), 20, window.opens, window.closes, trainers);
  const sessions: string[] = [];
  const due = new Map<string, Date>();
  for (const mod of modules) {
    const base = now.getTime() + (-410 + (mod.position - 1) * 60) * DAY;
    due.set(mod.id, dueAt(base + 30 * DAY));
    await sqlRun(m, `UPDATE cohort_modules SET assignment_due_at = $3 WHERE cohort_id = $1 AND module_id = $2`, [cohortId, mod.id, due.get(mod.id)]);
    for (const [k, day] of sessionDays(base).entries()) sessions.push(await session(m, cohortId, mod.id, `Tag ${k + 1}`, day, 'Hochschule Niederrhein, Campus Krefeld Süd', null));
  }
  await enrol(m, cohortId, FINISHED, passwordHash, now, window, sessions, trainers[0]?.id ?? null);
  for (const [i, p] of FINISHED.entries()) {
    const enrolment = await sqlOne<{ id: string }>(m, `SELECT e.id FROM enrolments e JOIN users u ON u.id = e.user_id WHERE e.cohort_id = $1 AND lower(u.email) = $2`, [cohortId, p.email]);
    for (const mod of modules) {
      const open = p.email.startsWith('sabine') && mod.position === 5;
      // Handed in a few days before the deadline, in the afternoon; graded within the week.
      const dueDay = berlinDay(due.get(mod.id) ?? now);
      const submitted = berlinInstant(berlinDay(new Date(Date.parse(`${dueDay}T12:00:00Z`) - (2 + (i % 3)) * DAY)), `1${4 + (i % 4)}:${10 + 7 * i}`);
      const attempt = await sqlOne<{ id: string }>(
        m,
        `INSERT INTO assignment_attempts (enrolment_id, module_id, attempt_no, state, body, draft_saved_at, own_work_confirmed_at, submitted_at, created_at)
         VALUES ($1, $2, 1, $3, $4, $5, $6, $6, $7) RETURNING id`,
        [enrolment.id, mod.id, open ? 'draft' : 'passed', graduateReport(p, mod.position), submitted, open ? null : submitted, new Date(submitted.getTime() - 9 * DAY)],
      );
      if (!open) {
        await sqlRun(m, `INSERT INTO attempt_feedback (attempt_id, grader_id, verdict, text, released_at) VALUES ($1, $2, 'passed', $3, $4)`, [
          attempt.id,
          trainers[0]?.id ?? null,
          'Bestanden. Die Analyse ist nachvollziehbar, und die nächsten Schritte passen zu Ihrer Kommune.',
          berlinInstant(nextWorkingDay(berlinDay(new Date(submitted.getTime() + 3 * DAY))), '11:30'),
        ]);
      }
    }
  }
}

/** A graduate's transfer report: several paragraphs, as a real one would have (the demo data test checks the length). */
function graduateReport(p: DemoParticipant, position: number): string {
  return [
    `Transferbericht Modul ${position} – ${p.municipality}`,
    `Ausgangslage: In ${p.municipality} arbeite ich im Bereich „${p.jobRole}“. Den Konflikt, den ich für diese Aufgabe gewählt habe, erleben wir seit Monaten: Beschwerden aus der Nachbarschaft, Rückfragen aus der Politik und eine Verwaltung, in der mehrere Ämter zuständig sind, aber niemand den Überblick hat.`,
    `Analyse: Mit den Werkzeugen aus dem Modul habe ich die Beteiligten, ihre Positionen und die Interessen dahinter beschrieben. Dabei wurde deutlich, dass die lauteste Forderung nicht das eigentliche Anliegen ist und dass zwei Gruppen, die sich gegenseitig beschuldigen, dieselbe Sorge teilen: dass ihre Anliegen in der Verwaltung untergehen.`,
    `Transfer: Als nächste Schritte schlage ich ein moderiertes Gespräch mit den Beteiligten vor, eine feste Ansprechperson im Kommunalen Integrationszentrum und eine kurze Absprache zwischen den Ämtern, wer bei einer Eskalation informiert wird. Die Leitung hat zugestimmt, das im nächsten Quartal zu erproben.`,
    `Reflexion: Meine eigene Rolle sehe ich jetzt klarer. Ich vermittle, entscheide aber nicht über die Sache. Offen ist für mich noch, wie wir Menschen erreichen, die zu keiner Versammlung kommen.`,
  ].join('\n\n');
}

/** "KoKo II – Durchgang 2026" in English: "KoKo II – 2026 cohort". */
function englishCohortName(name: string): string {
  return name.replace(/Durchgang (\d{4})$/, '$1 cohort');
}

async function cohort(m: EntityManager, name: string, starts: Date, ends: Date, capacity: number, opens: Date, closes: Date, trainers: { id: string }[]): Promise<string> {
  const row = await sqlOne<{ id: string }>(
    m,
    `INSERT INTO cohorts (name, name_en, description, description_en, starts_on, ends_on, capacity, applications_open_on, applications_close_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      name,
      englishCohortName(name),
      'Zertifizierte Fortbildung zur Konfliktmanagerin / zum Konfliktmanager in fünf Modulen, zertifiziert von der Hochschule Niederrhein.',
      'Certified training as a conflict manager in five modules, certified by Hochschule Niederrhein.',
      berlinDay(starts),
      berlinDay(ends),
      capacity,
      berlinDay(opens),
      berlinDay(closes),
    ],
  );
  await sqlRun(m, `INSERT INTO cohort_modules (cohort_id, module_id) SELECT $1, id FROM programme_modules`, [row.id]);
  for (const t of trainers) await sqlRun(m, `INSERT INTO cohort_trainers (cohort_id, user_id) VALUES ($1, $2)`, [row.id, t.id]);
  return row.id;
}

/** A session day from 09:00 to 16:00 in Berlin, on the working day given. */
async function session(m: EntityManager, cohortId: string, moduleId: string, title: string, day: string, location: string | null, onlineUrl: string | null): Promise<string> {
  const row = await sqlOne<{ id: string }>(
    m,
    `INSERT INTO cohort_sessions (cohort_id, module_id, title, title_en, starts_at, ends_at, location, online_url) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [cohortId, moduleId, title, title.replace(/^Tag (\d+)$/, 'Day $1'), berlinInstant(day, '09:00'), berlinInstant(day, '16:00'), location, onlineUrl],
  );
  return row.id;
}

/**
 * Application times spread over the cohort's application window (up to now for a window still open),
 * during office hours; decisions on the first working days after the window closes, before the start.
 */
function applicationTimes(window: ApplicationWindow, count: number, now: Date): { applied: Date[]; decided: Date } {
  const first = berlinInstant(berlinDay(window.opens), '08:00').getTime();
  const last = Math.min(berlinInstant(berlinDay(window.closes), '18:00').getTime(), now.getTime() - 3_600_000);
  const applied = Array.from({ length: count }, (_, i) => {
    const at = new Date(first + ((last - first) * (i + 1)) / (count + 1));
    const hour = 8 + ((i * 3) % 9);
    return berlinInstant(berlinDay(at), `${String(hour).padStart(2, '0')}:${String((i * 17) % 60).padStart(2, '0')}`);
  });
  const decisionDay = nextWorkingDay(berlinDay(window.closes));
  return { applied, decided: berlinInstant(decisionDay < berlinDay(window.starts) ? decisionDay : berlinDay(window.closes), '10:00') };
}

async function enrol(m: EntityManager, cohortId: string, people: DemoParticipant[], passwordHash: string, now: Date, window: ApplicationWindow, heldSessions: string[], recorder: string | null): Promise<void> {
  const times = applicationTimes(window, people.length, now);
  for (const [i, p] of people.entries()) {
    await sqlRun(
      m,
      `INSERT INTO users (email, display_name, certificate_name, roles, password_hash) VALUES ($1, $2, $2, '{participant}', $3) ON CONFLICT DO NOTHING`,
      [p.email, p.displayName, passwordHash],
    );
    const user = await sqlOne<{ id: string }>(m, `SELECT id FROM users WHERE lower(email) = $1`, [p.email]);
    const municipality = (await sqlRows<{ id: string }>(m, `SELECT id FROM municipalities WHERE name = $1 AND kind <> 'kreis' ORDER BY key LIMIT 1`, [p.municipality])).at(0);
    if (!municipality) continue;
    const applied = times.applied[i];
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
        p.state === 'waitlisted' ? times.decided : null,
        p.state === 'applied' ? null : times.decided,
      ],
    );
    for (const [k, mark] of [...(p.attendance ?? '')].entries()) {
      const sessionId = heldSessions[k];
      if (!sessionId) break;
      const status = mark === 'P' ? 'present' : mark === 'A' ? 'absent' : 'excused';
      // Recorded at the end of the session day, as a trainer would.
      await sqlRun(
        m,
        `INSERT INTO attendance_records (session_id, enrolment_id, status, excuse_waived, recorded_by, recorded_at)
         SELECT $1, $2, $3, $4, $5, ends_at + interval '30 minutes' FROM cohort_sessions WHERE id = $1`,
        [sessionId, enrolment.id, status, mark === 'W', recorder],
      );
    }
  }
}
