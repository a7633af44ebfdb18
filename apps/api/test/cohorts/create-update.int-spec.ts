import { sqlOne, sqlRows } from '@koko/api/core/database';
import { createUser, GraphQLClient, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { ADD_SESSION, at, cohortHelpers, cohortInput, CohortRow, CREATE, day, GET, startCohortsApp, tag, UPDATE, UPDATE_MODULE } from './support';

describe('cohorts', () => {
  let t: TestApp, admin: GraphQLClient;
  let moduleIds: string[];
  beforeAll(async () => ({ t, admin, moduleIds } = await startCohortsApp()));
  afterAll(() => t.close());
  const { signedIn, create, cohortCount, stored, asUpdate, enrol } = cohortHelpers(() => ({ t, admin }));

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
      expect(await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM cohort_modules WHERE cohort_id = $1`, [c.id])).toEqual([{ n: 5 }]);

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
      const moduleRows = (await sqlOne<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM cohort_modules`)).n;
      for (const trainerIds of [[participant.id], [trainer.id, participant.id], [randomUUID()]]) {
        const name = `Durchgang ${tag()}`;
        const error = await admin.error(CREATE, { input: cohortInput({ name, trainerIds }) });
        expect(error).toMatchObject({ code: 'NOT_A_TRAINER', message: 'Nur Konten mit der Rolle Trainer:in können einem Durchgang zugeordnet werden.' });
        expect(await sqlRows<{ id: string }>(t.db, `SELECT id FROM cohorts WHERE name = $1`, [name])).toEqual([]);
      }
      expect(await cohortCount()).toBe(before);
      expect((await sqlOne<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM cohort_modules`)).n).toBe(moduleRows);
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
      expect(
        await sqlRows<{ assignment_due_at: Date | null; min_attendance_percent: number }>(
          t.db,
          `SELECT assignment_due_at, min_attendance_percent FROM cohort_modules WHERE cohort_id = $1 AND module_id = $2`,
          [c.id, moduleIds[1]],
        ),
      ).toEqual([
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
      expect(
        await sqlRows<{ assignment_due_at: Date | null; min_attendance_percent: number }>(
          t.db,
          `SELECT DISTINCT assignment_due_at, min_attendance_percent FROM cohort_modules WHERE cohort_id = $1`,
          [c.id],
        ),
      ).toEqual([
        { assignment_due_at: null, min_attendance_percent: 80 },
      ]);
    });
  });
});
