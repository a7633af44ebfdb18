import { ValueType, Workbook } from 'exceljs';
import { sqlOne, sqlRows } from '@koko/api/core/database';
import { addCohortTrainer, countStatements, createRunningCohort, createUser, GraphQLClient, recordAttendance, signInAs, signInById, TestApp, TestUser } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { startApp } from './support/app';

const SHEET = `query($id: ID!) { attendanceSheet(cohortId: $id) { sessions { id } enrolments { id participant { displayName } } records { sessionId enrolmentId status excuseWaived } } }`;
const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { sessionId enrolmentId status excuseWaived } }`;
const MY_PROGRESS = `query { myProgress {
  enrolmentId overallPercent completedModules certificateEligible cohort { id name }
  modules { position status sessionsTotal sessionsHeld attendedSessions excusedSessions attendancePercent requiredAttendancePercent attendanceMet assignmentState assignmentDueAt openConditions nextSession { id startsAt } }
} }`;
const MATRIX = `query($id: ID!) { cohortProgress(cohortId: $id) {
  enrolmentId overallPercent enrolment { participant { displayName email } municipality { name } }
  modules { position status attendancePercent attendanceMet openConditions }
} }`;
const CSV = `query($id: ID!) { cohortProgressCsv(cohortId: $id) { filename contentType content } }`;

interface ModuleRow {
  position: number;
  status: string;
  attendedSessions: number;
  attendanceMet: boolean;
  assignmentState: string;
  openConditions: string[];
  nextSession: { id: string } | null;
  sessionsHeld: number;
  excusedSessions: number;
}
interface MyProgress {
  myProgress: { enrolmentId: string; overallPercent: number; completedModules: number; certificateEligible: boolean; cohort: { id: string }; modules: ModuleRow[] }[];
}

describe('attendance and module progress', () => {
  let t: TestApp;
  let trainer: TestUser;
  let trainerClient: GraphQLClient;
  let otherTrainerClient: GraphQLClient;
  let adminClient: GraphQLClient;

  const signedIn = (user: TestUser, locale: 'de' | 'en' = 'de') => signInAs(t, user, locale);
  const participantClient = (id: string) => signInById(t, id);

  beforeAll(async () => {
    t = await startApp();
    trainer = await createUser(t.db, { roles: [Role.TRAINER], displayName: 'Tina Trainerin' });
    trainerClient = await signedIn(trainer);
    otherTrainerClient = await signedIn(await createUser(t.db, { roles: [Role.TRAINER] }));
    adminClient = await signedIn(await createUser(t.db, { roles: [Role.ADMIN] }));
  });
  afterAll(() => t.close());

  it('lets the assigned trainer record attendance, and the participant sees module 1 attendance met with the assignment open', async () => {
    const f = await createRunningCohort(t.db, { participants: 3, trainerIds: [trainer.id] });
    const sheet = await trainerClient.ok<{ attendanceSheet: { sessions: { id: string }[]; enrolments: { id: string }[] } }>(SHEET, { id: f.cohortId });
    expect(sheet.attendanceSheet.sessions).toHaveLength(10);
    expect(sheet.attendanceSheet.enrolments).toHaveLength(3);

    const [s1, s2] = f.sessionIds[0];
    const e = f.enrolmentIds[0];
    await trainerClient.ok(RECORD, {
      input: { cohortId: f.cohortId, entries: [{ sessionId: s1, enrolmentId: e, status: 'PRESENT' }, { sessionId: s2, enrolmentId: e, status: 'PRESENT' }] },
    });

    const participant = await participantClient(f.participantIds[0]);
    const { myProgress } = await participant.ok<MyProgress>(MY_PROGRESS);
    expect(myProgress).toHaveLength(1);
    const m1 = myProgress[0].modules[0];
    expect(m1).toMatchObject({ position: 1, status: 'IN_PROGRESS', attendedSessions: 2, attendanceMet: true, assignmentState: 'NOT_SUBMITTED', openConditions: ['ASSIGNMENT'] });
    expect(myProgress[0].modules.map((m) => m.position)).toEqual([1, 2, 3, 4, 5]);
    expect(myProgress[0].modules[1]).toMatchObject({ status: 'NOT_STARTED', openConditions: ['ATTENDANCE', 'ASSIGNMENT'] });
    expect(myProgress[0].modules[1].nextSession?.id).toBe(f.sessionIds[1][0]);
    expect(myProgress[0]).toMatchObject({ overallPercent: 10, completedModules: 0, certificateEligible: false });

    // Another participant of the same cohort sees only their own progress.
    const other = await participantClient(f.participantIds[1]);
    const theirs = await other.ok<MyProgress>(MY_PROGRESS);
    expect(theirs.myProgress[0].enrolmentId).toBe(f.enrolmentIds[1]);
    expect(theirs.myProgress[0].modules[0].attendanceMet).toBe(false);
  });

  it('counts an excused absence as absent until the trainer waives it, and honours the configured requirement', async () => {
    const f = await createRunningCohort(t.db, { participants: 1, trainerIds: [trainer.id] });
    const [s1, s2] = f.sessionIds[0];
    const e = f.enrolmentIds[0];
    const record = (entries: object[]) => trainerClient.ok(RECORD, { input: { cohortId: f.cohortId, entries } });
    const module1 = async () => (await (await participantClient(f.participantIds[0])).ok<MyProgress>(MY_PROGRESS)).myProgress[0].modules[0];

    await record([{ sessionId: s1, enrolmentId: e, status: 'PRESENT' }, { sessionId: s2, enrolmentId: e, status: 'EXCUSED' }]);
    expect(await module1()).toMatchObject({ attendedSessions: 1, excusedSessions: 1, attendanceMet: false, openConditions: ['ATTENDANCE', 'ASSIGNMENT'] });

    await record([{ sessionId: s2, enrolmentId: e, status: 'EXCUSED', excuseWaived: true }]);
    expect(await module1()).toMatchObject({ attendedSessions: 2, attendanceMet: true });

    await record([{ sessionId: s2, enrolmentId: e, status: 'ABSENT' }]);
    expect(await module1()).toMatchObject({ attendedSessions: 1, attendanceMet: false });
    await adminClient.ok(`mutation($input: UpdateCohortModuleInput!) { updateCohortModule(input: $input) { minAttendancePercent } }`, {
      input: { cohortId: f.cohortId, moduleId: f.moduleIds[0], minAttendancePercent: 50, assignmentDueAt: null },
    });
    expect(await module1()).toMatchObject({ attendanceMet: true });

    // Clearing a cell removes the record.
    await record([{ sessionId: s1, enrolmentId: e, status: null }]);
    expect(await module1()).toMatchObject({ attendedSessions: 0, attendanceMet: false });
  });

  it('counts held sessions without an entry as not recorded, not absent, and refuses entries for sessions that have not started', async () => {
    const f = await createRunningCohort(t.db, { participants: 1, trainerIds: [trainer.id], sessionsPerModule: 5 });
    const e = f.enrolmentIds[0];
    const [s1, s2] = f.sessionIds[0];
    const module1 = async () => (await (await participantClient(f.participantIds[0])).ok<MyProgress>(MY_PROGRESS)).myProgress[0].modules[0];
    const FIELDS = `query { myProgress { modules { position sessionsHeld unrecordedSessions absentSessions attendanceReachable openConditions } } }`;
    const facts = async () => (await (await participantClient(f.participantIds[0])).ok<{ myProgress: { modules: object[] }[] }>(FIELDS)).myProgress[0].modules[0];

    // Five sessions have taken place, nothing is recorded: five to record, nothing missed, still reachable.
    expect(await facts()).toMatchObject({ sessionsHeld: 5, unrecordedSessions: 5, absentSessions: 0, attendanceReachable: true, openConditions: ['ATTENDANCE', 'ASSIGNMENT'] });
    expect((await module1()).attendedSessions).toBe(0);

    // One recorded absence still leaves 4 of 5 possible (80 %); a second one makes it unreachable.
    await trainerClient.ok(RECORD, { input: { cohortId: f.cohortId, entries: [{ sessionId: s1, enrolmentId: e, status: 'ABSENT' }] } });
    expect(await facts()).toMatchObject({ unrecordedSessions: 4, absentSessions: 1, attendanceReachable: true });
    await trainerClient.ok(RECORD, { input: { cohortId: f.cohortId, entries: [{ sessionId: s2, enrolmentId: e, status: 'EXCUSED' }] } });
    expect(await facts()).toMatchObject({ unrecordedSessions: 3, attendanceReachable: false });

    // Module 2 has not started: nobody can have attended it yet.
    const future = f.sessionIds[1][0];
    const err = await trainerClient.error(RECORD, { input: { cohortId: f.cohortId, entries: [{ sessionId: future, enrolmentId: e, status: 'PRESENT' }] } });
    expect(err.code).toBe('SESSION_NOT_STARTED');
    expect(err.message).toBe('Anwesenheit kann erst erfasst werden, wenn der Termin begonnen hat.');
    // Clearing such a cell stays possible (nothing to clear: no change, no error).
    await trainerClient.ok(RECORD, { input: { cohortId: f.cohortId, entries: [{ sessionId: future, enrolmentId: e, status: null }] } });
    const { n } = await sqlOne<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM attendance_records WHERE session_id = $1`, [future]);
    expect(n).toBe(0);
  });

  it('refuses bad entries with a translated message and changes nothing', async () => {
    const f = await createRunningCohort(t.db, { participants: 1, trainerIds: [trainer.id] });
    const g = await createRunningCohort(t.db, { participants: 1, trainerIds: [trainer.id] });
    const e = f.enrolmentIds[0];
    const s = f.sessionIds[0][0];
    const bad = async (entries: object[], code: string, client = trainerClient) => {
      const err = await client.error(RECORD, { input: { cohortId: f.cohortId, entries } });
      expect(err.code).toBe(code);
      expect(err.message).not.toMatch(/^[A-Z_]+$/);
    };
    await bad([{ sessionId: g.sessionIds[0][0], enrolmentId: e, status: 'PRESENT' }], 'SESSION_NOT_IN_COHORT');
    await bad([{ sessionId: s, enrolmentId: g.enrolmentIds[0], status: 'PRESENT' }], 'PARTICIPANT_NOT_IN_COHORT');
    await bad([{ sessionId: s, enrolmentId: e, status: 'PRESENT', excuseWaived: true }], 'WAIVER_NEEDS_EXCUSE');
    const englishTrainer = await createUser(t.db, { roles: [Role.TRAINER], locale: Locale.EN });
    await addCohortTrainer(t.db, f.cohortId, englishTrainer.id);
    const english = await signedIn(englishTrainer, 'en');
    const err = await english.error(RECORD, { input: { cohortId: f.cohortId, entries: [{ sessionId: s, enrolmentId: e, status: 'PRESENT', excuseWaived: true }] } });
    expect(err.message).toBe('Only an excused absence can be waived.');
    const { n } = await sqlOne<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM attendance_records WHERE enrolment_id = $1`, [e]);
    expect(n).toBe(0);
  });

  it('refuses trainers of other cohorts and participants, and writes every change to the audit trail', async () => {
    const f = await createRunningCohort(t.db, { participants: 1, trainerIds: [trainer.id] });
    const entry = { sessionId: f.sessionIds[0][0], enrolmentId: f.enrolmentIds[0], status: 'PRESENT' };
    for (const doc of [SHEET, MATRIX, CSV]) {
      expect((await otherTrainerClient.error(doc, { id: f.cohortId })).code).toBe('FORBIDDEN');
    }
    expect((await otherTrainerClient.error(RECORD, { input: { cohortId: f.cohortId, entries: [entry] } })).code).toBe('FORBIDDEN');
    const participant = await participantClient(f.participantIds[0]);
    expect((await participant.error(RECORD, { input: { cohortId: f.cohortId, entries: [entry] } })).code).toBe('FORBIDDEN');

    await adminClient.ok(RECORD, { input: { cohortId: f.cohortId, entries: [entry] } });
    await trainerClient.ok(RECORD, { input: { cohortId: f.cohortId, entries: [{ ...entry, status: 'EXCUSED' }] } });
    await trainerClient.ok(RECORD, { input: { cohortId: f.cohortId, entries: [{ ...entry, status: 'EXCUSED' }] } }); // unchanged: no row
    const trail = await sqlRows<{ action: string; actor_id: string | null; before: unknown; after: unknown }>(t.db, `SELECT action, actor_id, before, after FROM audit_events WHERE entity_type = 'attendance' AND cohort_id = $1 ORDER BY id`, [f.cohortId]);
    expect(trail).toHaveLength(2);
    expect(trail[0]).toMatchObject({ action: 'attendance.changed', before: null, after: { status: 'present', excuseWaived: false } });
    expect(trail[1]).toMatchObject({ actor_id: trainer.id, before: { status: 'present' }, after: { status: 'excused' } });
  });

  it('gives the trainer a matrix and a CSV for German Excel', async () => {
    const f = await createRunningCohort(t.db, { participants: 4, trainerIds: [trainer.id], name: 'Durchgang Matrix 2026' });
    const { cohortProgress } = await trainerClient.ok<{ cohortProgress: { modules: unknown[]; enrolment: { participant: { displayName: string } } }[] }>(MATRIX, { id: f.cohortId });
    expect(cohortProgress).toHaveLength(4);
    expect(cohortProgress.every((row) => row.modules.length === 5)).toBe(true);
    const { cohortProgressCsv } = await trainerClient.ok<{ cohortProgressCsv: { filename: string; content: string } }>(CSV, { id: f.cohortId });
    expect(cohortProgressCsv.filename).toBe('fortschritt-durchgang-matrix-2026.csv');
    expect(cohortProgressCsv.content.startsWith('\uFEFF')).toBe(true);
    const lines = cohortProgressCsv.content.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Name;E-Mail;Modul 1 Status;Modul 1 Anwesenheit %;Modul 2 Status;Modul 2 Anwesenheit %;Modul 3 Status;Modul 3 Anwesenheit %;Modul 4 Status;Modul 4 Anwesenheit %;Modul 5 Status;Modul 5 Anwesenheit %;Module abgeschlossen;Fortschritt %');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^Teilnehmer:in 001;p1\./);

    // The XLSX beside it keeps numbers as numbers.
    const XLSX = `query($id: ID!) { cohortProgressCsv(cohortId: $id, format: XLSX) { filename base64 content } }`;
    const xlsx = (await trainerClient.ok<{ cohortProgressCsv: { filename: string; base64: boolean; content: string } }>(XLSX, { id: f.cohortId })).cohortProgressCsv;
    expect(xlsx).toMatchObject({ filename: 'fortschritt-durchgang-matrix-2026.xlsx', base64: true });
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.content, 'base64') as unknown as ArrayBuffer);
    const row = workbook.worksheets[0].getRow(2);
    expect(row.getCell(1).value).toBe('Teilnehmer:in 001');
    expect(row.getCell(4).type).toBe(ValueType.Number);
    expect(row.getCell(14).type).toBe(ValueType.Number);
    expect(workbook.worksheets[0].rowCount).toBe(5);
  });

  it('loads the matrix with the same number of statements for 5, 300 and 1,000 participants (a full cohort), and the dashboard with at most 5', async () => {
    const small = await createRunningCohort(t.db, { participants: 5, trainerIds: [trainer.id] });
    const large = await createRunningCohort(t.db, { participants: 300, trainerIds: [trainer.id] });
    const full = await createRunningCohort(t.db, { participants: 1000, trainerIds: [trainer.id] });
    const attendance = (f: typeof small) => recordAttendance(t.db, f.sessionIds[0], f.enrolmentIds);
    await attendance(small);
    await attendance(large);
    await attendance(full);
    const load = (id: string) => async () => {
      const res = await trainerClient.run<{ cohortProgress: unknown[] }>(MATRIX, { id });
      expect(res.errors).toBeUndefined();
      return res.data?.cohortProgress.length;
    };
    const a = await countStatements(t.db, load(small.cohortId));
    const b = await countStatements(t.db, load(large.cohortId));
    expect(b.statements).toEqual(a.statements);
    const c = await countStatements(t.db, load(full.cohortId));
    expect(c.statements).toEqual(a.statements);
    expect(a.count).toBeLessThanOrEqual(10);

    const participant = await participantClient(large.participantIds[0]);
    const dashboard = await countStatements(t.db, () => participant.ok(MY_PROGRESS));
    expect(dashboard.count).toBeLessThanOrEqual(5);
    // The dashboard does not grow with the cohort either.
    const [inSmall, inFull] = [await participantClient(small.participantIds[0]), await participantClient(full.participantIds[0])];
    const dashboardSmall = await countStatements(t.db, () => inSmall.ok(MY_PROGRESS));
    expect((await countStatements(t.db, () => inFull.ok(MY_PROGRESS))).statements).toEqual(dashboardSmall.statements);
  });
});

describe('calendars', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('serves a cohort iCal file to its participants and a personal subscription feed by secret URL', async () => {
    const f = await createRunningCohort(t.db, { participants: 2 });
    const participant = await signInById(t, f.participantIds[0]);

    const file = await participant.agent.get(`/api/calendar/cohorts/${f.cohortId}.ics`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toMatch(/^text\/calendar/);
    expect(file.text.match(/BEGIN:VEVENT/g)).toHaveLength(10);
    expect((await t.http().get(`/api/calendar/cohorts/${f.cohortId}.ics`)).status).toBe(401);
    const stranger = await createUser(t.db);
    const strangerClient = t.client();
    await strangerClient.signIn(stranger.email, stranger.password);
    expect((await strangerClient.agent.get(`/api/calendar/cohorts/${f.cohortId}.ics`)).status).toBe(403);

    expect((await participant.ok<{ myCalendarUrl: string | null }>(`query { myCalendarUrl }`)).myCalendarUrl).toBeNull();
    const { renewCalendarUrl: url } = await participant.ok<{ renewCalendarUrl: string }>(`mutation { renewCalendarUrl }`);
    expect(url).toMatch(/^http:\/\/campus\.test\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(url).pathname;
    const feed = await t.http().get(path);
    expect(feed.status).toBe(200);
    expect(feed.text.match(/BEGIN:VEVENT/g)).toHaveLength(10);

    const { renewCalendarUrl: renewed } = await participant.ok<{ renewCalendarUrl: string }>(`mutation { renewCalendarUrl }`);
    expect(renewed).not.toBe(url);
    expect((await t.http().get(path)).status).toBe(404);
    expect((await t.http().get('/api/calendar/guessed.ics')).status).toBe(404);
  });
});
