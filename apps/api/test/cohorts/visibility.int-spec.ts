import { createUser, GraphQLClient, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { ADD_SESSION, at, cohortHelpers, CohortRow, day, GET, LIST, OPEN, startCohortsApp, tag, UPDATE } from './support';

describe('cohorts', () => {
  let t: TestApp, admin: GraphQLClient;
  let moduleIds: string[];
  beforeAll(async () => ({ t, admin, moduleIds } = await startCohortsApp()));
  afterAll(() => t.close());
  const { signedIn, create, asUpdate, enrol } = cohortHelpers(() => ({ t, admin }));

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
});
