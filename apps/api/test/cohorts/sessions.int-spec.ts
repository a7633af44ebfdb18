import { sqlRows } from '@koko/api/core/database';
import { GraphQLClient, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { ADD_SESSION, at, cohortHelpers, CohortRow, day, DELETE_SESSION, GET, SessionRow, startCohortsApp, UPDATE, UPDATE_MODULE, UPDATE_SESSION } from './support';

describe('cohorts', () => {
  let t: TestApp, admin: GraphQLClient;
  let moduleIds: string[];
  beforeAll(async () => ({ t, admin, moduleIds } = await startCohortsApp()));
  afterAll(() => t.close());
  const { signedIn, create, asUpdate } = cohortHelpers(() => ({ t, admin }));

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
      const snapshot = () => sqlRows<Record<string, unknown>>(t.db, `SELECT * FROM cohort_sessions WHERE cohort_id = $1 ORDER BY id`, [c.id]);
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
});
