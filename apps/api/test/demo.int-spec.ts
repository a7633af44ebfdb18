import { DemoSeedService, DEMO_PASSWORD, isWorkingDay } from '@koko/api/demo';
import { MunicipalityImportService } from '@koko/api/catalogue';
import { sqlOne, sqlRows } from '@koko/api/core/database';
import { TestApp } from '@koko/api/testing';

/** A row read back for an assertion: the test compares it whole, so its columns need no names here. */
type Row = Record<string, unknown>;
import { startApp } from './support/app';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
    await t.app.get(MunicipalityImportService).loadDefaultListIfEmpty();
    await t.app.get(DemoSeedService).seed();
  }, 60_000);
  afterAll(() => t.close());

  it('has a running cohort with participants at different stages and one open for applications; seeding again changes nothing', async () => {
    const states = await sqlRows<Row>(
      t.db,
      `SELECT c.name, e.state, count(*)::int AS n FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(states).toEqual([
      { name: 'KoKo II – Durchgang 2025', state: 'admitted', n: 2 },
      { name: 'KoKo II – Durchgang 2025', state: 'completed', n: 3 },
      { name: 'KoKo II – Durchgang 2026', state: 'admitted', n: 7 },
      { name: 'KoKo II – Durchgang 2026', state: 'declined', n: 1 },
      { name: 'KoKo II – Durchgang 2026', state: 'waitlisted', n: 2 },
      { name: 'KoKo II – Durchgang 2026', state: 'withdrawn', n: 1 },
      { name: 'KoKo II – Durchgang 2027', state: 'applied', n: 2 },
    ]);
    const open = await t.client().ok<{ openCohorts: { name: string; sessions: unknown[] }[] }>(`query { openCohorts { name sessions { id } } }`);
    expect(open.openCohorts.map((c) => c.name)).toEqual(['KoKo II – Durchgang 2027']);
    expect(open.openCohorts[0].sessions).toHaveLength(10);
    const english = await t.client('en').ok<{ openCohorts: { name: string; description: string; sessions: { title: string }[] }[] }>(
      `query { openCohorts { name description sessions { title } } }`,
    );
    expect(english.openCohorts[0]).toMatchObject({ name: 'KoKo II – 2027 cohort', description: expect.stringMatching(/^Certified training/) });
    expect(new Set(english.openCohorts[0].sessions.map((s) => s.title))).toEqual(new Set(['Day 1', 'Day 2']));

    const before = await sqlRows<Row>(t.db, `SELECT (SELECT count(*) FROM enrolments) e, (SELECT count(*) FROM attendance_records) a, (SELECT count(*) FROM users) u`);
    await t.app.get(DemoSeedService).seed();
    expect(await sqlRows<Row>(t.db, `SELECT (SELECT count(*) FROM enrolments) e, (SELECT count(*) FROM attendance_records) a, (SELECT count(*) FROM users) u`)).toEqual(before);
  });

  it('has every transfer assignment due at 23:59 Berlin time, not at the minute the demo was seeded', async () => {
    const due = await sqlRows<Row>(
      t.db,
      `SELECT to_char(assignment_due_at AT TIME ZONE 'Europe/Berlin', 'HH24:MI') AS time, count(*)::int AS n FROM cohort_modules GROUP BY 1 ORDER BY 1`,
    );
    expect(due).toEqual([{ time: '23:59', n: 15 }]);
  });

  describe('obeys the rules of the programme it shows', () => {
    it('has every application inside its cohort\'s application window, and admissions after it and before the start', async () => {
      const outside = await sqlRows<Row>(
        t.db,
        `SELECT u.email, c.name FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN users u ON u.id = e.user_id
          WHERE (e.applied_at AT TIME ZONE 'Europe/Berlin')::date NOT BETWEEN c.applications_open_on AND c.applications_close_on
             OR e.applied_at > now()`,
      );
      expect(outside).toEqual([]);
      const decisions = await sqlRows<Row>(
        t.db,
        `SELECT u.email FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN users u ON u.id = e.user_id
          WHERE e.state IN ('admitted', 'waitlisted', 'declined')
            AND (e.decided_at IS NULL OR e.decided_at < e.applied_at OR e.decided_at > now() OR (e.decided_at AT TIME ZONE 'Europe/Berlin')::date >= c.starts_on)`,
      );
      expect(decisions).toEqual([]);
      const { n } = await sqlOne<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM enrolments`);
      expect(n).toBe(18);
    });

    it('dates everything a graduate did before their certificate', async () => {
      const before = await sqlRows<Row>(
        t.db,
        `SELECT c.number,
                bool_and(e.applied_at < c.issued_at) AS enrolment,
                bool_and(s.ends_at < c.issued_at) AS sessions,
                bool_and(r.recorded_at < c.issued_at) AS attendance,
                (SELECT bool_and(a.submitted_at < c.issued_at AND f.released_at < c.issued_at AND f.released_at > a.submitted_at)
                   FROM assignment_attempts a JOIN attempt_feedback f ON f.attempt_id = a.id WHERE a.enrolment_id = e.id) AS assignments
           FROM certificates c JOIN enrolments e ON e.id = c.enrolment_id
           JOIN cohort_sessions s ON s.cohort_id = e.cohort_id
           JOIN attendance_records r ON r.enrolment_id = e.id AND r.session_id = s.id
          GROUP BY c.number, c.issued_at, e.id ORDER BY c.number`,
      );
      expect(before).toHaveLength(4);
      for (const row of before) expect(row).toEqual({ number: row.number, enrolment: true, sessions: true, attendance: true, assignments: true });
    });

    it('holds sessions on working days in NRW, during the day, and records attendance only after a session began', async () => {
      const sessions = await sqlRows<{ day: string; starts: string; ends: string }>(
        t.db,
        `SELECT to_char(starts_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD') AS day,
                to_char(starts_at AT TIME ZONE 'Europe/Berlin', 'HH24:MI') AS starts,
                to_char(ends_at AT TIME ZONE 'Europe/Berlin', 'HH24:MI') AS ends
           FROM cohort_sessions`,
      );
      expect(sessions).toHaveLength(30);
      expect(sessions.filter((s) => !isWorkingDay(s.day))).toEqual([]);
      expect(new Set(sessions.map((s) => `${s.starts}–${s.ends}`))).toEqual(new Set(['09:00–16:00']));
      const early = await sqlRows<Row>(
        t.db,
        `SELECT r.session_id FROM attendance_records r JOIN cohort_sessions s ON s.id = r.session_id WHERE r.recorded_at < s.starts_at OR s.starts_at > now()`,
      );
      expect(early).toEqual([]);
    });

    it('has transfer reports of realistic length, submitted late exactly when after their due date, graded after submission', async () => {
      const attempts = await sqlRows<{ state: string; body: string }>(t.db, `SELECT state, body FROM assignment_attempts`);
      const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
      const short = attempts.filter((a) => words(a.body) < (a.state === 'draft' ? 30 : 120)).map((a) => `${a.state}: ${a.body.slice(0, 40)}`);
      expect(short).toEqual([]);
      const inconsistent = await sqlRows<Row>(
        t.db,
        `SELECT a.id, a.late, a.submitted_at, coalesce(a.due_at, cm.assignment_due_at) AS due
           FROM assignment_attempts a JOIN enrolments e ON e.id = a.enrolment_id
           JOIN cohort_modules cm ON cm.cohort_id = e.cohort_id AND cm.module_id = a.module_id
          WHERE a.submitted_at IS NOT NULL AND (a.late <> (a.submitted_at > coalesce(a.due_at, cm.assignment_due_at)) OR a.submitted_at > now())`,
      );
      expect(inconsistent).toEqual([]);
      const { late } = await sqlOne<{ late: number }>(t.db, `SELECT count(*)::int AS late FROM assignment_attempts WHERE late`);
      expect(late).toBe(1);
      const feedback = await sqlRows<Row>(
        t.db,
        `SELECT f.attempt_id FROM attempt_feedback f JOIN assignment_attempts a ON a.id = f.attempt_id WHERE f.released_at <= a.submitted_at OR f.released_at > now()`,
      );
      expect(feedback).toEqual([]);
      const revisionDue = await sqlRows<Row>(
        t.db,
        `SELECT to_char(due_at AT TIME ZONE 'Europe/Berlin', 'HH24:MI') AS time FROM assignment_attempts WHERE due_at IS NOT NULL`,
      );
      expect(revisionDue).toEqual([{ time: '23:59' }]);
    });
  });

  it('holds short formats on NRW working days at a sensible Berlin hour, with registrations inside their window', async () => {
    const events = await sqlRows<{ title: string; day: string; starts: string; ends: string; window_ok: boolean }>(
      t.db,
      `SELECT title, to_char(starts_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD') AS day,
              to_char(starts_at AT TIME ZONE 'Europe/Berlin', 'HH24:MI') AS starts,
              to_char(ends_at AT TIME ZONE 'Europe/Berlin', 'HH24:MI') AS ends,
              registration_opens_at < starts_at AND registration_closes_at <= starts_at AS window_ok
         FROM short_formats`,
    );
    expect(events).toHaveLength(4);
    expect(events.filter((e) => !isWorkingDay(e.day)).map((e) => `${e.title}: ${e.day}`)).toEqual([]);
    // Whole or half hours between 09:00 and 18:00, ending the same day.
    expect(events.filter((e) => !/^(09|1[0-7]):[03]0$/.test(e.starts) || e.ends <= e.starts || e.ends > '18:00').map((e) => `${e.title}: ${e.starts}–${e.ends}`)).toEqual([]);
    expect(events.filter((e) => !e.window_ok).map((e) => e.title)).toEqual([]);
    const outside = await sqlRows<Row>(
      t.db,
      `SELECT r.id FROM short_format_registrations r JOIN short_formats f ON f.id = r.short_format_id
        WHERE r.created_at < f.registration_opens_at OR r.created_at > f.starts_at OR r.confirmed_at < r.created_at`,
    );
    expect(outside).toEqual([]);
  });

  it('has short formats: upcoming online, full with a waiting list, hybrid, and one held; seeding again changes nothing', async () => {
    const count = () => sqlRows<Row>(t.db, `SELECT (SELECT count(*) FROM short_formats) f, (SELECT count(*) FROM short_format_registrations) r`);
    const events = await sqlRows<Row>(t.db, `SELECT format, state FROM short_formats ORDER BY starts_at`);
    expect(events).toEqual([
      { format: 'online', state: 'held' },
      { format: 'online', state: 'published' },
      { format: 'in_person', state: 'published' },
      { format: 'hybrid', state: 'published' },
    ]);
    const queue = await sqlRows<Row>(
      t.db,
      `SELECT r.state, count(*)::int AS n FROM short_format_registrations r JOIN short_formats f ON f.id = r.short_format_id WHERE f.format = 'in_person' GROUP BY 1 ORDER BY 1`,
    );
    expect(queue).toEqual([
      { state: 'confirmed', n: 3 },
      { state: 'waiting', n: 2 },
    ]);
    const calendar = await t.client().ok<{ shortFormatCalendar: { items: { availability: string }[] } }>(`{ shortFormatCalendar { items { availability } } }`);
    expect(calendar.shortFormatCalendar.items.map((i) => i.availability)).toEqual(['PLACES_FREE', 'WAITING_LIST', 'PLACES_FREE']);
    const before = await count();
    await t.app.get(DemoSeedService).seed();
    expect(await count()).toEqual(before);
  });

  it('has rubrics for the five modules and submissions in every state', async () => {
    const rubrics = await sqlRows<Row>(t.db, `SELECT count(DISTINCT module_id)::int AS modules, count(*)::int AS criteria FROM rubric_criteria`);
    expect(rubrics).toEqual([{ modules: 5, criteria: 15 }]);
    const states = await sqlRows<{ state: string; n: number }>(t.db, `SELECT state, count(*)::int AS n FROM assignment_attempts GROUP BY state ORDER BY state`);
    expect(states.map((r) => r.state)).toEqual(['draft', 'failed', 'passed', 'revision_requested', 'submitted']);
    const client = t.client();
    await client.signIn('lukasz.zolc@kleve.example', DEMO_PASSWORD);
    const { myProgress } = await client.ok<{ myProgress: { modules: { position: number; status: string }[] }[] }>(`query { myProgress { modules { position status } } }`);
    expect(myProgress[0].modules[0]).toEqual({ position: 1, status: 'COMPLETE' });
  });

  it('has an issued, a revoked and a superseded certificate, and a graduate still to be issued', async () => {
    const rows = await sqlRows<Row>(t.db, `SELECT printed_name, state FROM certificates ORDER BY number`);
    expect(rows).toEqual([
      { printed_name: 'Jürgen Groß', state: 'valid' },
      { printed_name: 'Marta Nowak', state: 'revoked' },
      { printed_name: 'Elif Yıldız', state: 'superseded' },
      { printed_name: 'Elif Yıldız-Demir', state: 'valid' },
    ]);
    const admin = t.client();
    await admin.signIn('admin@koko-campus.example', DEMO_PASSWORD);
    const { id } = await sqlOne<{ id: string }>(t.db, `SELECT id FROM cohorts WHERE name = 'KoKo II – Durchgang 2025'`);
    const { cohortCertificates } = await admin.ok<{ cohortCertificates: { eligible: boolean; current: { number: string } | null; enrolment: { participant: { displayName: string } } }[] }>(
      `query($id: ID!) { cohortCertificates(cohortId: $id) { eligible current { number } enrolment { participant { displayName } } } }`,
      { id },
    );
    const byName = Object.fromEntries(cohortCertificates.map((c) => [c.enrolment.participant.displayName, { eligible: c.eligible, issued: !!c.current }]));
    expect(byName['Stefan Wagner']).toEqual({ eligible: true, issued: false });
    expect(byName['Sabine Richter']).toEqual({ eligible: false, issued: false });
  });

  it('shows a demo participant where they stand', async () => {
    const client = t.client();
    await client.signIn('anna.mueller@bielefeld.example', DEMO_PASSWORD);
    const { myProgress } = await client.ok<{ myProgress: { modules: { position: number; attendanceMet: boolean; openConditions: string[] }[] }[] }>(
      `query { myProgress { modules { position attendanceMet openConditions } } }`,
    );
    expect(myProgress).toHaveLength(1);
    // Present and a waived excuse in module 1: attendance met; the assignment is still open everywhere.
    expect(myProgress[0].modules[0]).toEqual({ position: 1, attendanceMet: true, openConditions: ['ASSIGNMENT'] });
  });

  it('has counselling requests: an acute one nobody has taken, one in progress with the demo advisor (thread with a file, two appointments), one closed with its outcome', async () => {
    const advisor = t.client();
    await advisor.signIn('beraterin@koko-campus.example', DEMO_PASSWORD);
    const mine = await advisor.ok<{ counsellingRequests: { items: Array<{ status: string; urgency: string; municipalityName: string }> } }>(
      `{ counsellingRequests { items { status urgency municipalityName } } }`,
    );
    expect(mine.counsellingRequests.items).toEqual([
      { status: 'IN_PROGRESS', urgency: 'SOON', municipalityName: 'Bielefeld' },
      { status: 'CLOSED', urgency: 'NORMAL', municipalityName: 'Kleve' },
    ]);
    const admin = t.client();
    await admin.signIn('admin@koko-campus.example', DEMO_PASSWORD);
    const all = await admin.ok<{ counsellingRequests: { items: Array<{ status: string; urgency: string; advisors: unknown[] }> } }>(`{ counsellingRequests { items { status urgency advisors { id } } } }`);
    expect(all.counsellingRequests.items[0]).toEqual({ status: 'NEW', urgency: 'ACUTE', advisors: [] });
    const trail = await sqlRows<Row>(t.db, `SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'counselling_request'`);
    expect(trail[0].n).toBeGreaterThanOrEqual(9);

    // The ongoing one has a thread with a PDF from Anna and two appointments ahead, at 10:00 Berlin on working days.
    const anna = t.client();
    await anna.signIn('anna.mueller@bielefeld.example', DEMO_PASSWORD);
    const [ongoing] = (await anna.ok<{ myCounsellingRequests: Array<{ id: string; status: string }> }>(`{ myCounsellingRequests { id status } }`)).myCounsellingRequests;
    expect(ongoing.status).toBe('IN_PROGRESS');
    const { counsellingThread } = await anna.ok<{ counsellingThread: Array<{ fromRequester: boolean; files: Array<{ displayName: string; contentType: string; downloadUrl: string }> }> }>(
      `query($id: ID!) { counsellingThread(requestId: $id) { fromRequester files { displayName contentType downloadUrl } } }`,
      { id: ongoing.id },
    );
    expect(counsellingThread.map((m) => [m.fromRequester, m.files.map((f) => f.displayName)])).toEqual([
      [true, ['Einladungsliste-Jugendtreff.pdf']],
      [false, []],
    ]);
    const pdf = await anna.agent.get(counsellingThread[0].files[0].downloadUrl).buffer(true);
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const { counsellingAppointments } = await anna.ok<{ counsellingAppointments: Array<{ startsAt: string; format: string; cancelledAt: string | null }> }>(
      `query($id: ID!) { counsellingAppointments(requestId: $id) { startsAt format cancelledAt } }`,
      { id: ongoing.id },
    );
    expect(counsellingAppointments.map((a) => a.format)).toEqual(['ONLINE', 'ON_SITE']);
    for (const a of counsellingAppointments) {
      const at = new Date(a.startsAt);
      expect(at.getTime()).toBeGreaterThan(Date.now());
      expect(new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(at)).toBe('10:00');
      expect(isWorkingDay(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(at))).toBe(true);
    }

    await t.app.get(DemoSeedService).seed();
    expect(await sqlRows<Row>(t.db, `SELECT count(*)::int AS n FROM counselling_requests`)).toEqual([{ n: 3 }]);
    expect(await sqlRows<Row>(t.db, `SELECT count(*)::int AS n FROM counselling_appointments`)).toEqual([{ n: 2 }]);
    expect(await sqlRows<Row>(t.db, `SELECT count(*)::int AS n FROM counselling_message_files`)).toEqual([{ n: 1 }]);
  });

  it('has Kommunen at different stages of their development path; the demo advisor accompanies three, Anna sees Bielefeld’s path', async () => {
    const admin = t.client();
    await admin.signIn('admin@koko-campus.example', DEMO_PASSWORD);
    const { accompanimentOverview } = await admin.ok<{ accompanimentOverview: { stageCounts: Array<{ stage: string; count: number }>; kommunen: Array<{ name: string; stage: string }> } }>(
      `{ accompanimentOverview { stageCounts { stage count } kommunen { name stage } } }`,
    );
    const stage = Object.fromEntries(accompanimentOverview.kommunen.map((k) => [k.name, k.stage]));
    expect(stage).toMatchObject({ Krefeld: 'ANCHORED', Köln: 'ADVANCED', Kleve: 'ADVANCED', Bielefeld: 'STARTED', Gelsenkirchen: 'STARTED', Duisburg: 'NOT_STARTED' });
    for (const s of ['NOT_STARTED', 'STARTED', 'ADVANCED', 'ANCHORED']) expect(accompanimentOverview.stageCounts.find((c) => c.stage === s)?.count).toBeGreaterThan(0);

    const advisor = t.client();
    await advisor.signIn('beraterin@koko-campus.example', DEMO_PASSWORD);
    const theirs = await advisor.ok<{ accompanimentOverview: { kommunen: Array<{ name: string }> } }>(`{ accompanimentOverview { kommunen { name } } }`);
    expect(theirs.accompanimentOverview.kommunen.map((k) => k.name)).toEqual(['Bielefeld', 'Gelsenkirchen', 'Kleve']);

    const anna = t.client();
    await anna.signIn('anna.mueller@bielefeld.example', DEMO_PASSWORD);
    const mine = await anna.ok<{ myKommunePaths: Array<{ municipalityName: string; milestones: Array<{ status: string }>; advisors: Array<{ displayName: string }> }> }>(
      `{ myKommunePaths { municipalityName milestones { status } advisors { displayName } } }`,
    );
    expect(mine.myKommunePaths).toHaveLength(1);
    expect(mine.myKommunePaths[0].municipalityName).toBe('Bielefeld');
    expect(mine.myKommunePaths[0].milestones.map((m) => m.status)).toEqual(['REACHED', 'IN_PROGRESS', 'OPEN', 'OPEN', 'OPEN', 'OPEN']);
    expect(mine.myKommunePaths[0].advisors).toEqual([{ displayName: 'Dr. Hanna Vogt' }]);

    const lukasz = t.client();
    await lukasz.signIn('lukasz.zolc@kleve.example', DEMO_PASSWORD);
    const kleve = await lukasz.ok<{ myKommunePaths: Array<{ milestones: Array<{ evidenceAssignment: { modulePosition: number } | null }> }> }>(
      `{ myKommunePaths { milestones { evidenceAssignment { modulePosition } } } }`,
    );
    expect(kleve.myKommunePaths[0].milestones[0].evidenceAssignment).toEqual({ modulePosition: 1 });

    const before = await sqlRows<Row>(t.db, `SELECT count(*)::int AS n FROM audit_events WHERE action LIKE 'accompaniment%'`);
    expect(before[0].n).toBeGreaterThan(10);
    await t.app.get(DemoSeedService).seed();
    expect(await sqlRows<Row>(t.db, `SELECT count(*)::int AS n FROM audit_events WHERE action LIKE 'accompaniment%'`)).toEqual(before);
  });

  it('has surveys for the Evaluation account: pre and post of the finished cohort at the minimum (all five graduates answered) and linked by code, a module survey below it', async () => {
    const evaluation = t.client();
    await evaluation.signIn('evaluation@koko-campus.example', DEMO_PASSWORD);
    const { evaluationSurveys } = await evaluation.ok<{ evaluationSurveys: Array<{ id: string; wave: string; invited: number; responses: number | null }> }>(
      `{ evaluationSurveys { id wave invited responses } }`,
    );
    const byWave = Object.fromEntries(evaluationSurveys.map((s) => [s.wave, s]));
    expect(byWave['PRE']).toMatchObject({ responses: 5 });
    expect(byWave['POST']).toMatchObject({ responses: 5 });
    expect(byWave['MODULE']).toMatchObject({ responses: null });
    expect(byWave['PRE'].invited).toBeGreaterThanOrEqual(5);
    const moduleResults = await evaluation.ok<{ surveyResults: { suppressed: boolean } }>(`query($id: ID!) { surveyResults(surveyId: $id) { suppressed } }`, { id: byWave['MODULE'].id });
    expect(moduleResults.surveyResults.suppressed).toBe(true);
    const { prePostMatchRates } = await evaluation.ok<{ prePostMatchRates: Array<{ suppressed: boolean; exact: number; partial: number }> }>(`{ prePostMatchRates { suppressed exact partial } }`);
    expect(prePostMatchRates).toEqual([{ suppressed: false, exact: 3, partial: 1 }]);
    const raw = await evaluation.ok<{ surveyRawExport: { csv: { content: string } } }>(`query($id: ID!) { surveyRawExport(surveyId: $id) { csv { content } } }`, { id: byWave['PRE'].id });
    expect(raw.surveyRawExport.csv.content.trim().split('\n')).toHaveLength(6);
    await t.app.get(DemoSeedService).seed();
    expect(await sqlRows<Row>(t.db, `SELECT count(*)::int AS n FROM evaluation_surveys`)).toEqual([{ n: 3 }]);
  });
});
