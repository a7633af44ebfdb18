import { createUser, GraphQLClient, TestApp, TestUser } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { startApp } from './support/app';

const COHORT_FIELDS = `
  id name description startsOn endsOn capacity applicationsOpenOn applicationsCloseOn seatsTaken applicationCount waitlistCount
  trainers { id displayName }
  modules { cohortId moduleId minAttendancePercent assignmentDueAt module { position title } sessions { id } }
  sessions { id cohortId moduleId title startsAt endsAt location onlineUrl online module { position } }`;
const CREATE = `mutation($input: CohortInput!) { createCohort(input: $input) { ${COHORT_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { ${COHORT_FIELDS} } }`;
const GET = `query($id: ID!) { cohort(id: $id) { ${COHORT_FIELDS} } }`;
const LIST = `query($search: String, $limit: Int, $offset: Int) { cohorts(search: $search, limit: $limit, offset: $offset) { total items { id name } } }`;
const OPEN = `{ openCohorts { id name seatsTaken applicationCount waitlistCount sessions { id online onlineUrl location } } }`;
const UPDATE_MODULE = `mutation($input: UpdateCohortModuleInput!) {
  updateCohortModule(input: $input) { cohortId moduleId minAttendancePercent assignmentDueAt module { position } }
}`;
const SESSION_FIELDS = `id cohortId moduleId title startsAt endsAt location onlineUrl online module { position }`;
const ADD_SESSION = `mutation($input: SessionInput!) { addSession(input: $input) { ${SESSION_FIELDS} } }`;
const UPDATE_SESSION = `mutation($input: UpdateSessionInput!) { updateSession(input: $input) { ${SESSION_FIELDS} } }`;
const DELETE_SESSION = `mutation($id: ID!) { deleteSession(id: $id) }`;
const CREATE_MUNICIPALITY = `mutation($input: CreateMunicipalityInput!) {
  createMunicipality(input: $input) { id key name kind kreisKey regierungsbezirk hasIntegrationCentre tookPartInKoko1 }
}`;

interface SessionRow {
  id: string;
  cohortId: string;
  moduleId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  onlineUrl: string | null;
  online: boolean;
  module: { position: number };
}
interface CohortRow {
  id: string;
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  applicationsOpenOn: string;
  applicationsCloseOn: string;
  seatsTaken: number;
  applicationCount: number | null;
  waitlistCount: number | null;
  trainers: Array<{ id: string; displayName: string }>;
  modules: Array<{
    cohortId: string;
    moduleId: string;
    minAttendancePercent: number;
    assignmentDueAt: string | null;
    module: { position: number; title: string };
    sessions: Array<{ id: string }>;
  }>;
  sessions: SessionRow[];
}

/** Today in Berlin (the programme's calendar) shifted by whole days, as YYYY-MM-DD. */
const berlinToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const day = (offset: number) => new Date(Date.parse(`${berlinToday}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
/** An instant on a day: hours in UTC, chosen so the Berlin day is the same unless a test says otherwise. */
const at = (date: string, time: string) => new Date(`${date}T${time}:00Z`).toISOString();
const tag = () => Math.random().toString(36).slice(2, 8);

const cohortInput = (over: Record<string, unknown> = {}) => ({
  name: `Durchgang ${tag()}`,
  description: 'Zweiter Durchgang der Qualifizierung',
  startsOn: day(30),
  endsOn: day(200),
  capacity: 20,
  applicationsOpenOn: day(-5),
  applicationsCloseOn: day(20),
  trainerIds: [] as string[],
  ...over,
});

describe('cohorts', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let moduleIds: string[];

  beforeAll(async () => {
    t = await startApp();
    const a = await createUser(t.db, { roles: [Role.ADMIN] });
    admin = t.client();
    await admin.signIn(a.email, a.password);
    moduleIds = (await t.db.query(`SELECT id FROM programme_modules ORDER BY position`)).map((r: { id: string }) => r.id);
  });
  afterAll(() => t.close());

  async function signedIn(roles: Role[], locale: 'de' | 'en' = 'de'): Promise<{ user: TestUser; client: GraphQLClient }> {
    const user = await createUser(t.db, { roles, locale: locale === 'en' ? Locale.EN : Locale.DE });
    const client = t.client(locale);
    await client.signIn(user.email, user.password);
    return { user, client };
  }

  const create = async (over: Record<string, unknown> = {}) => (await admin.ok<{ createCohort: CohortRow }>(CREATE, { input: cohortInput(over) })).createCohort;
  const cohortCount = async () => (await t.db.query(`SELECT count(*)::int AS n FROM cohorts`))[0].n as number;
  const stored = async (id: string) =>
    (
      await t.db.query(
        `SELECT name, description, starts_on::text, ends_on::text, capacity, applications_open_on::text, applications_close_on::text,
                (SELECT array_agg(user_id ORDER BY user_id) FROM cohort_trainers WHERE cohort_id = c.id) AS trainers
         FROM cohorts c WHERE id = $1`,
        [id],
      )
    )[0];
  const asUpdate = (c: CohortRow, over: Record<string, unknown> = {}) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    capacity: c.capacity,
    applicationsOpenOn: c.applicationsOpenOn,
    applicationsCloseOn: c.applicationsCloseOn,
    trainerIds: c.trainers.map((tr) => tr.id),
    ...over,
  });

  let municipalityId: string | undefined;
  async function someMunicipality(): Promise<string> {
    if (!municipalityId) {
      await t.db.query(`INSERT INTO municipalities (key, name, kind, regierungsbezirk) VALUES ('05154', 'Kreis Kleve', 'kreis', 'Düsseldorf') ON CONFLICT DO NOTHING`);
      const [row] = await t.db.query(
        `INSERT INTO municipalities (key, name, kind, kreis_key, regierungsbezirk) VALUES ('05154036', 'Kleve', 'kreisangehoerige_gemeinde', '05154', 'Düsseldorf')
         ON CONFLICT (key) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      );
      municipalityId = row.id as string;
    }
    return municipalityId;
  }
  /** Arranges enrolments directly (the enrolment API is tested in enrolment.int-spec.ts). */
  async function enrol(cohortId: string, state: string): Promise<string> {
    const user = await createUser(t.db);
    const [row] = await t.db.query(
      `INSERT INTO enrolments (cohort_id, user_id, municipality_id, job_role, motivation, state) VALUES ($1, $2, $3, 'Sachbearbeitung', 'Motivation', $4) RETURNING id`,
      [cohortId, user.id, await someMunicipality(), state],
    );
    return row.id;
  }

  describe('createCohort', () => {
    it('creates a cohort with its trainers and the five modules in order (80 % attendance, no due date yet)', async () => {
      const trainer = await createUser(t.db, { roles: [Role.TRAINER], displayName: 'Tina Trainerin' });
      const input = cohortInput({ trainerIds: [trainer.id], name: `  Durchgang ${tag()}  ` });
      const { createCohort: c } = await admin.ok<{ createCohort: CohortRow }>(CREATE, { input });
      expect(c).toMatchObject({
        name: input.name.trim(),
        description: input.description,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        capacity: 20,
        applicationsOpenOn: input.applicationsOpenOn,
        applicationsCloseOn: input.applicationsCloseOn,
        seatsTaken: 0,
        applicationCount: 0,
        waitlistCount: 0,
        trainers: [{ id: trainer.id, displayName: 'Tina Trainerin' }],
        sessions: [],
      });
      expect(c.modules.map((m) => m.module.position)).toEqual([1, 2, 3, 4, 5]);
      expect(c.modules.map((m) => m.moduleId)).toEqual(moduleIds);
      for (const m of c.modules) expect(m).toMatchObject({ cohortId: c.id, minAttendancePercent: 80, assignmentDueAt: null, sessions: [] });
      expect(await t.db.query(`SELECT count(*)::int AS n FROM cohort_modules WHERE cohort_id = $1`, [c.id])).toEqual([{ n: 5 }]);

      const again = (await admin.ok<{ cohort: CohortRow }>(GET, { id: c.id })).cohort;
      expect(again).toEqual(c);
    });

    it.each([
      ['COHORT_DATES_ORDER', { startsOn: day(60), endsOn: day(59) }, 'Das Ende des Durchgangs darf nicht vor seinem Beginn liegen.'],
      [
        'APPLICATION_PERIOD_ORDER',
        { applicationsOpenOn: day(-5), applicationsCloseOn: day(201), endsOn: day(200) },
        'Der Bewerbungszeitraum muss vor dem Ende des Durchgangs liegen und darf nicht enden, bevor er beginnt.',
      ],
      [
        'APPLICATION_PERIOD_ORDER',
        { applicationsOpenOn: day(10), applicationsCloseOn: day(9) },
        'Der Bewerbungszeitraum muss vor dem Ende des Durchgangs liegen und darf nicht enden, bevor er beginnt.',
      ],
    ])('refuses %s with a German message and creates nothing', async (code, over, message) => {
      const before = await cohortCount();
      expect(await admin.error(CREATE, { input: cohortInput(over) })).toMatchObject({ code, message });
      expect(await cohortCount()).toBe(before);
    });

    it('answers in English for an English-speaking admin', async () => {
      const { client } = await signedIn([Role.ADMIN], 'en');
      expect(await client.error(CREATE, { input: cohortInput({ startsOn: day(60), endsOn: day(59) }) })).toMatchObject({
        code: 'COHORT_DATES_ORDER',
        message: 'The cohort cannot end before it starts.',
      });
    });

    it('refuses a name that is taken (ignoring case) and creates nothing', async () => {
      const first = await create();
      const before = await cohortCount();
      const error = await admin.error(CREATE, { input: cohortInput({ name: first.name.toUpperCase() }) });
      expect(error).toMatchObject({ code: 'COHORT_NAME_TAKEN', message: 'Es gibt bereits einen Durchgang mit diesem Namen.' });
      expect(await cohortCount()).toBe(before);
    });

    it('refuses trainer ids that are not trainers (a participant, an unknown id) and creates nothing', async () => {
      const participant = await createUser(t.db, { roles: [Role.PARTICIPANT] });
      const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
      const before = await cohortCount();
      const moduleRows = (await t.db.query(`SELECT count(*)::int AS n FROM cohort_modules`))[0].n;
      for (const trainerIds of [[participant.id], [trainer.id, participant.id], [randomUUID()]]) {
        const name = `Durchgang ${tag()}`;
        const error = await admin.error(CREATE, { input: cohortInput({ name, trainerIds }) });
        expect(error).toMatchObject({ code: 'NOT_A_TRAINER', message: 'Nur Konten mit der Rolle Trainer:in können einem Durchgang zugeordnet werden.' });
        expect(await t.db.query(`SELECT id FROM cohorts WHERE name = $1`, [name])).toEqual([]);
      }
      expect(await cohortCount()).toBe(before);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM cohort_modules`))[0].n).toBe(moduleRows);
    });

    it('refuses malformed dates and a capacity of 0 as bad input', async () => {
      expect((await admin.error(CREATE, { input: cohortInput({ startsOn: '2026-02-30' }) })).code).toBe('BAD_USER_INPUT');
      expect((await admin.error(CREATE, { input: cohortInput({ startsOn: '1.3.2026' }) })).code).toBe('BAD_USER_INPUT');
      expect((await admin.error(CREATE, { input: cohortInput({ capacity: 0 }) })).code).toBe('BAD_USER_INPUT');
    });
  });

  describe('updateCohort', () => {
    it('changes the fields and replaces the trainers', async () => {
      const [t1, t2] = [await createUser(t.db, { roles: [Role.TRAINER] }), await createUser(t.db, { roles: [Role.TRAINER, Role.ADMIN] })];
      const c = await create({ trainerIds: [t1.id] });
      const input = asUpdate(c, {
        name: `Umbenannt ${tag()}`,
        description: 'Neu',
        startsOn: day(40),
        endsOn: day(220),
        capacity: 25,
        applicationsOpenOn: day(-1),
        applicationsCloseOn: day(35),
        trainerIds: [t2.id],
      });
      const { updateCohort: u } = await admin.ok<{ updateCohort: CohortRow }>(UPDATE, { input });
      expect(u).toMatchObject({
        id: c.id,
        name: input.name,
        description: 'Neu',
        startsOn: day(40),
        endsOn: day(220),
        capacity: 25,
        applicationsOpenOn: day(-1),
        applicationsCloseOn: day(35),
        trainers: [{ id: t2.id, displayName: t2.displayName }],
      });
      expect(u.modules).toHaveLength(5);
      // Keeping its own name is not a clash.
      await admin.ok(UPDATE, { input: { ...input, trainerIds: [] } });
      expect((await stored(c.id)).trainers).toBeNull();
    });

    it('refuses bad input and changes nothing: dates, application period, taken name, non-trainer, capacity below admitted', async () => {
      const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
      const participant = await createUser(t.db, { roles: [Role.PARTICIPANT] });
      const other = await create();
      const c = await create({ trainerIds: [trainer.id], capacity: 5 });
      await enrol(c.id, 'admitted');
      await enrol(c.id, 'admitted');
      await enrol(c.id, 'completed');
      await enrol(c.id, 'waitlisted');
      await enrol(c.id, 'applied');
      const before = await stored(c.id);

      const refusals: Array<[string, Record<string, unknown>]> = [
        ['COHORT_DATES_ORDER', { startsOn: day(100), endsOn: day(99), name: `X ${tag()}` }],
        ['APPLICATION_PERIOD_ORDER', { applicationsCloseOn: day(201), capacity: 7 }],
        ['APPLICATION_PERIOD_ORDER', { applicationsOpenOn: day(21), applicationsCloseOn: day(20) }],
        ['COHORT_NAME_TAKEN', { name: other.name, capacity: 9 }],
        ['NOT_A_TRAINER', { trainerIds: [participant.id], name: `Y ${tag()}`, capacity: 8 }],
        ['CAPACITY_BELOW_ADMITTED', { capacity: 2, name: `Z ${tag()}` }],
      ];
      for (const [code, over] of refusals) {
        const error = await admin.error(UPDATE, { input: asUpdate(c, over) });
        expect({ over, code: error.code }).toEqual({ over, code });
        expect(await stored(c.id)).toEqual(before);
      }
      expect((await admin.error(UPDATE, { input: asUpdate(c, { capacity: 2 }) })).message).toBe(
        'Die Zahl der Plätze darf nicht kleiner sein als die Zahl der bereits zugelassenen Teilnehmer:innen.',
      );

      // Admitted and completed take places; exactly that many is fine.
      const { updateCohort } = await admin.ok<{ updateCohort: CohortRow }>(UPDATE, { input: asUpdate(c, { capacity: 3 }) });
      expect(updateCohort).toMatchObject({ capacity: 3, seatsTaken: 3, applicationCount: 1, waitlistCount: 1 });
    });

    it('refuses dates that would leave sessions outside the cohort', async () => {
      const c = await create();
      await admin.ok(ADD_SESSION, { input: { cohortId: c.id, moduleId: moduleIds[0], startsAt: at(day(31), '08:00'), endsAt: at(day(31), '12:00'), location: 'Kleve' } });
      const before = await stored(c.id);
      const error = await admin.error(UPDATE, { input: asUpdate(c, { startsOn: day(32) }) });
      expect(error.code).toBe('COHORT_DATES_EXCLUDE_SESSIONS');
      expect(await stored(c.id)).toEqual(before);
      await admin.ok(UPDATE, { input: asUpdate(c, { startsOn: day(31) }) });
    });

    it('answers COHORT_NOT_FOUND for an unknown id', async () => {
      const c = await create();
      expect((await admin.error(UPDATE, { input: asUpdate(c, { id: randomUUID(), name: `N ${tag()}` }) })).code).toBe('COHORT_NOT_FOUND');
    });
  });

  describe('updateCohortModule', () => {
    it('sets the assignment due date and the attendance requirement of one module', async () => {
      const c = await create();
      const due = at(day(90), '21:59');
      const { updateCohortModule } = await admin.ok<{ updateCohortModule: Record<string, unknown> }>(UPDATE_MODULE, {
        input: { cohortId: c.id, moduleId: moduleIds[1], assignmentDueAt: due, minAttendancePercent: 75 },
      });
      expect(updateCohortModule).toEqual({ cohortId: c.id, moduleId: moduleIds[1], minAttendancePercent: 75, assignmentDueAt: due, module: { position: 2 } });

      const modules = (await admin.ok<{ cohort: CohortRow }>(GET, { id: c.id })).cohort.modules;
      expect(modules.map((m) => [m.module.position, m.minAttendancePercent, m.assignmentDueAt])).toEqual([
        [1, 80, null],
        [2, 75, due],
        [3, 80, null],
        [4, 80, null],
        [5, 80, null],
      ]);

      // The due date can be cleared again.
      await admin.ok(UPDATE_MODULE, { input: { cohortId: c.id, moduleId: moduleIds[1], assignmentDueAt: null, minAttendancePercent: 100 } });
      expect(await t.db.query(`SELECT assignment_due_at, min_attendance_percent FROM cohort_modules WHERE cohort_id = $1 AND module_id = $2`, [c.id, moduleIds[1]])).toEqual([
        { assignment_due_at: null, min_attendance_percent: 100 },
      ]);
    });

    it('refuses an unknown module, a percentage above 100 and a due date outside the cohort', async () => {
      const c = await create();
      const input = { cohortId: c.id, moduleId: moduleIds[0], assignmentDueAt: null, minAttendancePercent: 80 };
      expect((await admin.error(UPDATE_MODULE, { input: { ...input, moduleId: randomUUID() } })).code).toBe('MODULE_NOT_FOUND');
      expect((await admin.error(UPDATE_MODULE, { input: { ...input, cohortId: randomUUID() } })).code).toBe('MODULE_NOT_FOUND');
      expect((await admin.error(UPDATE_MODULE, { input: { ...input, minAttendancePercent: 101 } })).code).toBe('BAD_USER_INPUT');
      const early = await admin.error(UPDATE_MODULE, { input: { ...input, assignmentDueAt: at(day(29), '10:00') } });
      expect(early).toMatchObject({ code: 'ASSIGNMENT_DUE_OUTSIDE_COHORT', message: `Der Abgabetermin muss zwischen Beginn und Ende des Durchgangs liegen (${day(30)} bis ${day(200)}).` });
      expect((await admin.error(UPDATE_MODULE, { input: { ...input, assignmentDueAt: at(day(201), '10:00') } })).code).toBe('ASSIGNMENT_DUE_OUTSIDE_COHORT');
      expect(await t.db.query(`SELECT DISTINCT assignment_due_at, min_attendance_percent FROM cohort_modules WHERE cohort_id = $1`, [c.id])).toEqual([
        { assignment_due_at: null, min_attendance_percent: 80 },
      ]);
    });
  });

  describe('sessions', () => {
    const sessionInput = (cohortId: string, over: Record<string, unknown> = {}) => ({
      cohortId,
      moduleId: moduleIds[0],
      title: 'Auftakt',
      startsAt: at(day(35), '08:00'),
      endsAt: at(day(35), '15:00'),
      location: 'Kreishaus Kleve, Raum 1',
      onlineUrl: null,
      ...over,
    });
    const sessionsOf = async (cohortId: string) => (await admin.ok<{ cohort: CohortRow }>(GET, { id: cohortId })).cohort;

    it('adds, updates and deletes sessions; the cohort and its modules list them in time order', async () => {
      const c = await create();
      const later = (await admin.ok<{ addSession: SessionRow }>(ADD_SESSION, { input: sessionInput(c.id, { startsAt: at(day(36), '08:00'), endsAt: at(day(36), '12:00') }) })).addSession;
      const online = (
        await admin.ok<{ addSession: SessionRow }>(ADD_SESSION, {
          input: sessionInput(c.id, { moduleId: moduleIds[2], title: '', location: '', onlineUrl: 'https://meet.example.org/koko-3' }),
        })
      ).addSession;
      expect(later).toMatchObject({ cohortId: c.id, moduleId: moduleIds[0], title: 'Auftakt', location: 'Kreishaus Kleve, Raum 1', onlineUrl: null, online: false, module: { position: 1 } });
      expect(online).toMatchObject({ moduleId: moduleIds[2], title: '', location: null, onlineUrl: 'https://meet.example.org/koko-3', online: true, module: { position: 3 } });

      let cohort = await sessionsOf(c.id);
      expect(cohort.sessions.map((s) => s.id)).toEqual([online.id, later.id]);
      expect(cohort.modules[0].sessions).toEqual([{ id: later.id }]);
      expect(cohort.modules[2].sessions).toEqual([{ id: online.id }]);

      const moved = sessionInput(c.id, { id: later.id, moduleId: moduleIds[1], title: 'Vertiefung', startsAt: at(day(34), '07:00'), endsAt: at(day(34), '09:30'), location: 'Rathaus Moers' });
      const { updateSession } = await admin.ok<{ updateSession: SessionRow }>(UPDATE_SESSION, { input: moved });
      expect(updateSession).toMatchObject({ id: later.id, moduleId: moduleIds[1], title: 'Vertiefung', startsAt: moved.startsAt, endsAt: moved.endsAt, location: 'Rathaus Moers', module: { position: 2 } });
      cohort = await sessionsOf(c.id);
      expect(cohort.sessions.map((s) => s.id)).toEqual([later.id, online.id]);
      expect(cohort.modules.map((m) => m.sessions.map((s) => s.id))).toEqual([[], [later.id], [online.id], [], []]);

      expect(await admin.ok(DELETE_SESSION, { id: online.id })).toEqual({ deleteSession: true });
      expect((await sessionsOf(c.id)).sessions.map((s) => s.id)).toEqual([later.id]);
      expect((await admin.error(DELETE_SESSION, { id: online.id })).code).toBe('SESSION_NOT_FOUND');
    });

    it('counts the days in Berlin: 23:30 UTC before the first day is already the first day there', async () => {
      const c = await create();
      const input = sessionInput(c.id, { startsAt: at(day(29), '23:30'), endsAt: at(day(30), '03:00') });
      await admin.ok(ADD_SESSION, { input });
      // …and 23:30 UTC on the last day is the day after in Berlin.
      const late = sessionInput(c.id, { startsAt: at(day(200), '20:00'), endsAt: at(day(200), '23:30') });
      expect((await admin.error(ADD_SESSION, { input: late })).code).toBe('SESSION_OUTSIDE_COHORT');
    });

    it('refuses sessions outside the cohort, ending before they start, or without place and link; nothing changes', async () => {
      const c = await create();
      const kept = (await admin.ok<{ addSession: SessionRow }>(ADD_SESSION, { input: sessionInput(c.id) })).addSession;
      const refusals: Array<[string, Record<string, unknown>, string?]> = [
        ['SESSION_OUTSIDE_COHORT', { startsAt: at(day(29), '08:00'), endsAt: at(day(29), '12:00') }, `Der Termin liegt außerhalb des Durchgangs (${day(30)} bis ${day(200)}).`],
        ['SESSION_OUTSIDE_COHORT', { startsAt: at(day(200), '08:00'), endsAt: at(day(201), '12:00') }],
        ['SESSION_TIMES_ORDER', { startsAt: at(day(35), '12:00'), endsAt: at(day(35), '08:00') }, 'Ein Termin muss enden, nachdem er begonnen hat.'],
        ['SESSION_TIMES_ORDER', { startsAt: at(day(35), '12:00'), endsAt: at(day(35), '12:00') }],
        ['SESSION_PLACE_REQUIRED', { location: null, onlineUrl: null }, 'Bitte geben Sie einen Ort oder einen Online-Link an.'],
        ['SESSION_PLACE_REQUIRED', { location: '   ', onlineUrl: '' }],
        ['MODULE_NOT_FOUND', { moduleId: randomUUID() }],
      ];
      const snapshot = async () => t.db.query(`SELECT * FROM cohort_sessions WHERE cohort_id = $1 ORDER BY id`, [c.id]);
      const before = await snapshot();
      for (const [code, over, message] of refusals) {
        const added = await admin.error(ADD_SESSION, { input: sessionInput(c.id, over) });
        expect({ over, code: added.code }).toEqual({ over, code });
        if (message) expect(added.message).toBe(message);
        const updated = await admin.error(UPDATE_SESSION, { input: sessionInput(c.id, { ...over, id: kept.id }) });
        expect({ over, code: updated.code }).toEqual({ over, code });
        expect(await snapshot()).toEqual(before);
      }
      expect((await admin.error(ADD_SESSION, { input: sessionInput(randomUUID()) })).code).toBe('COHORT_NOT_FOUND');
      expect((await admin.error(UPDATE_SESSION, { input: sessionInput(c.id, { id: randomUUID() }) })).code).toBe('SESSION_NOT_FOUND');
      // A session cannot be moved to another cohort by naming it.
      const other = await create();
      expect((await admin.error(UPDATE_SESSION, { input: sessionInput(other.id, { id: kept.id }) })).code).toBe('SESSION_NOT_FOUND');
      expect((await admin.error(ADD_SESSION, { input: sessionInput(c.id, { onlineUrl: 'javascript:alert(1)', location: null }) })).code).toBe('BAD_USER_INPUT');
      expect(await snapshot()).toEqual(before);
    });

    it('answers in English for an English-speaking admin', async () => {
      const c = await create();
      const { client } = await signedIn([Role.ADMIN], 'en');
      expect(await client.error(ADD_SESSION, { input: sessionInput(c.id, { startsAt: at(day(29), '08:00'), endsAt: at(day(29), '12:00') }) })).toMatchObject({
        code: 'SESSION_OUTSIDE_COHORT',
        message: `The session lies outside the cohort (${day(30)} to ${day(200)}).`,
      });
    });

    it('only admins manage sessions (an assigned trainer is refused too)', async () => {
      const { user: trainer, client } = await signedIn([Role.TRAINER]);
      const c = await create({ trainerIds: [trainer.id] });
      expect((await client.error(ADD_SESSION, { input: sessionInput(c.id) })).code).toBe('FORBIDDEN');
      expect((await client.error(UPDATE_MODULE, { input: { cohortId: c.id, moduleId: moduleIds[0], assignmentDueAt: null, minAttendancePercent: 10 } })).code).toBe('FORBIDDEN');
      expect((await client.error(UPDATE, { input: asUpdate(c, { capacity: 1 }) })).code).toBe('FORBIDDEN');
    });
  });

  describe('who sees which cohort', () => {
    it('a trainer sees only assigned cohorts and is refused another cohort; admins see all', async () => {
      const search = `Sicht ${tag()}`;
      const { user: trainer, client } = await signedIn([Role.TRAINER]);
      const colleague = await createUser(t.db, { roles: [Role.TRAINER] });
      const mine = await create({ name: `${search} A`, trainerIds: [trainer.id, colleague.id], startsOn: day(10), applicationsCloseOn: day(5) });
      const alsoMine = await create({ name: `${search} B`, trainerIds: [trainer.id] });
      const notMine = await create({ name: `${search} C`, trainerIds: [colleague.id] });

      const listed = (await client.ok<{ cohorts: { total: number; items: Array<{ id: string }> } }>(LIST, { search })).cohorts;
      expect(listed.total).toBe(2);
      expect(listed.items.map((c) => c.id)).toEqual([alsoMine.id, mine.id]); // latest start first
      const everything = (await client.ok<{ cohorts: { total: number; items: Array<{ id: string }> } }>(LIST, { limit: 100 })).cohorts;
      expect(everything.items.map((c) => c.id).sort()).toEqual([mine.id, alsoMine.id].sort());

      const own = (await client.ok<{ cohort: CohortRow }>(GET, { id: mine.id })).cohort;
      expect(own.id).toBe(mine.id);
      expect(own.applicationCount).toBe(0);
      const refused = await client.error(GET, { id: notMine.id });
      expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'Dafür fehlt Ihnen die Berechtigung.' });
      expect((await client.error(GET, { id: randomUUID() })).code).toBe('COHORT_NOT_FOUND');

      const adminList = (await admin.ok<{ cohorts: { total: number; items: Array<{ id: string }> } }>(LIST, { search: search.toUpperCase() })).cohorts;
      expect(adminList.total).toBe(3);
      expect(new Set(adminList.items.map((c) => c.id))).toEqual(new Set([mine.id, alsoMine.id, notMine.id]));
      expect((await admin.ok<{ cohort: CohortRow }>(GET, { id: notMine.id })).cohort.id).toBe(notMine.id);

      // Removing the trainer from the cohort takes it away from them at once.
      await admin.ok(UPDATE, { input: asUpdate(own, { trainerIds: [colleague.id] }) });
      expect((await client.error(GET, { id: mine.id })).code).toBe('FORBIDDEN');
    });

    it('participants may not list or open cohorts', async () => {
      const c = await create();
      const { client } = await signedIn([Role.PARTICIPANT]);
      expect((await client.error(LIST, {})).code).toBe('FORBIDDEN');
      expect((await client.error(GET, { id: c.id })).code).toBe('FORBIDDEN');
      expect((await t.client().error(GET, { id: c.id })).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('openCohorts', () => {
    interface OpenRow {
      id: string;
      seatsTaken: number;
      applicationCount: number | null;
      waitlistCount: number | null;
      sessions: Array<{ id: string; online: boolean; onlineUrl: string | null; location: string | null }>;
    }
    it('lists the cohorts taking applications today to anyone, hiding meeting links and staff counts from anonymous callers', async () => {
      const open = await create({ applicationsOpenOn: day(-10), applicationsCloseOn: day(0) });
      const opensToday = await create({ applicationsOpenOn: day(0), applicationsCloseOn: day(3) });
      const closed = await create({ applicationsOpenOn: day(-10), applicationsCloseOn: day(-1), startsOn: day(1) });
      const notYet = await create({ applicationsOpenOn: day(1), applicationsCloseOn: day(10) });
      await admin.ok(ADD_SESSION, {
        input: { cohortId: open.id, moduleId: moduleIds[0], startsAt: at(day(40), '08:00'), endsAt: at(day(40), '10:00'), onlineUrl: 'https://meet.example.org/geheim' },
      });
      await admin.ok(ADD_SESSION, {
        input: { cohortId: open.id, moduleId: moduleIds[1], startsAt: at(day(41), '08:00'), endsAt: at(day(41), '10:00'), location: 'Kleve', onlineUrl: 'https://meet.example.org/hybrid' },
      });
      await enrol(open.id, 'admitted');
      await enrol(open.id, 'applied');

      const anonymous = (await t.client().ok<{ openCohorts: OpenRow[] }>(OPEN)).openCohorts;
      const ids = anonymous.map((c) => c.id);
      expect(ids).toEqual(expect.arrayContaining([open.id, opensToday.id]));
      expect(ids).not.toContain(closed.id);
      expect(ids).not.toContain(notYet.id);
      const seen = anonymous.find((c) => c.id === open.id)!;
      expect(seen).toMatchObject({ seatsTaken: 1, applicationCount: null, waitlistCount: null });
      expect(seen.sessions.map((s) => ({ online: s.online, onlineUrl: s.onlineUrl, location: s.location }))).toEqual([
        { online: true, onlineUrl: null, location: null },
        { online: true, onlineUrl: null, location: 'Kleve' },
      ]);
      expect(JSON.stringify(anonymous)).not.toContain('meet.example.org');

      const { client } = await signedIn([Role.PARTICIPANT]);
      const participantView = (await client.ok<{ openCohorts: OpenRow[] }>(OPEN)).openCohorts.find((c) => c.id === open.id)!;
      expect(participantView.sessions.map((s) => s.onlineUrl)).toEqual(['https://meet.example.org/geheim', 'https://meet.example.org/hybrid']);
      expect(participantView.applicationCount).toBeNull();
      const adminView = (await admin.ok<{ openCohorts: OpenRow[] }>(OPEN)).openCohorts.find((c) => c.id === open.id)!;
      expect(adminView).toMatchObject({ seatsTaken: 1, applicationCount: 1, waitlistCount: 0 });
    });
  });

  describe('createMunicipality', () => {
    const kreis = (key: string, over: Record<string, unknown> = {}) => ({
      key,
      name: `Kreis ${key}`,
      kind: 'KREIS',
      kreisKey: null,
      regierungsbezirk: 'Münster',
      hasIntegrationCentre: true,
      tookPartInKoko1: false,
      ...over,
    });

    it('creates a Kreis and a municipality in it', async () => {
      const { createMunicipality: k } = await admin.ok<{ createMunicipality: Record<string, unknown> }>(CREATE_MUNICIPALITY, { input: kreis('05566') });
      expect(k).toMatchObject({ key: '05566', name: 'Kreis 05566', kind: 'KREIS', kreisKey: null, regierungsbezirk: 'Münster', hasIntegrationCentre: true, tookPartInKoko1: false });
      const { createMunicipality: g } = await admin.ok<{ createMunicipality: Record<string, unknown> }>(CREATE_MUNICIPALITY, {
        input: kreis('05566004', { name: '  Emsdetten  ', kind: 'KREISANGEHOERIGE_GEMEINDE', kreisKey: '05566', hasIntegrationCentre: false, tookPartInKoko1: true }),
      });
      expect(g).toMatchObject({ key: '05566004', name: 'Emsdetten', kind: 'KREISANGEHOERIGE_GEMEINDE', kreisKey: '05566', hasIntegrationCentre: false, tookPartInKoko1: true });
      const { createMunicipality: s } = await admin.ok<{ createMunicipality: Record<string, unknown> }>(CREATE_MUNICIPALITY, {
        input: kreis('05515000', { name: 'Münster', kind: 'KREISFREIE_STADT' }),
      });
      expect(s).toMatchObject({ key: '05515000', kind: 'KREISFREIE_STADT', kreisKey: null });
    });

    it('refuses a taken key and invalid details, in the caller’s language, and creates nothing', async () => {
      await admin.ok(CREATE_MUNICIPALITY, { input: kreis('05570') });
      const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM municipalities`))[0].n;
      const before = await count();
      expect(await admin.error(CREATE_MUNICIPALITY, { input: kreis('05570', { name: 'Kreis Warendorf' }) })).toMatchObject({
        code: 'MUNICIPALITY_KEY_TAKEN',
        message: 'Es gibt bereits eine Kommune mit dem Schlüssel 05570.',
      });
      const invalid: Array<Record<string, unknown>> = [
        kreis('0557'), // too short
        kreis('06411'), // Hessen
        kreis('05570012', { kind: 'KREISANGEHOERIGE_GEMEINDE', kreisKey: null }), // no Kreis
        kreis('05570012', { kind: 'KREISANGEHOERIGE_GEMEINDE', kreisKey: '05566' }), // key does not match its Kreis
        kreis('05974012', { kind: 'KREISANGEHOERIGE_GEMEINDE', kreisKey: '05974' }), // Kreis unknown
        kreis('05571', { regierungsbezirk: 'Oberbayern' }),
        kreis('05572', { kreisKey: '05570' }), // a Kreis in a Kreis
      ];
      for (const input of invalid) {
        const error = await admin.error(CREATE_MUNICIPALITY, { input });
        expect({ input, code: error.code }).toEqual({ input, code: 'MUNICIPALITY_INVALID' });
        expect(error.message).toMatch(/^Die Angaben zur Kommune sind ungültig: /);
      }
      expect((await admin.error(CREATE_MUNICIPALITY, { input: kreis('0557') })).message).toBe(
        'Die Angaben zur Kommune sind ungültig: key: "0557" ist kein 5-stelliger Kreisschlüssel aus NRW',
      );
      const { client } = await signedIn([Role.ADMIN], 'en');
      expect(await client.error(CREATE_MUNICIPALITY, { input: kreis('0557') })).toMatchObject({
        code: 'MUNICIPALITY_INVALID',
        message: 'The municipality’s details are invalid: key: "0557" is not a 5-digit Kreis key of NRW',
      });
      expect(await client.error(CREATE_MUNICIPALITY, { input: kreis('05570') })).toMatchObject({
        code: 'MUNICIPALITY_KEY_TAKEN',
        message: 'A municipality with key 05570 already exists.',
      });
      expect(await count()).toBe(before);
    });

    it('refuses non-admins', async () => {
      for (const role of [Role.PARTICIPANT, Role.TRAINER]) {
        const { client } = await signedIn([role]);
        expect((await client.error(CREATE_MUNICIPALITY, { input: kreis('05758') })).code).toBe('FORBIDDEN');
      }
      expect(await t.db.query(`SELECT id FROM municipalities WHERE key = '05758'`)).toEqual([]);
    });
  });
});
