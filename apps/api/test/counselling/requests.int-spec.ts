import { auditTrail, createUser, signInAs, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { startApp } from '../support/app';
import { ASSIGN, counsellingSetup, LIST, MINE, ONE, RequestShape, SET_STATUS } from './support';

type Setup = Awaited<ReturnType<typeof counsellingSetup>>;

describe('counselling requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as Array<{ n: number }>)[0].n;

  describe('filing', () => {
    it('a participant files a request and sees it under their own requests; it is audited', async () => {
      const s = await counsellingSetup(t);
      const created = await s.file({ urgency: 'ACUTE', format: 'ON_SITE' });
      expect(created).toMatchObject({ status: 'NEW', urgency: 'ACUTE', advisors: [] });
      const mine = (await s.requester.ok<{ myCounsellingRequests: Array<{ id: string; status: string }> }>(MINE)).myCounsellingRequests;
      expect(mine.map((r) => r.id)).toEqual([created.id]);
      const trail = await auditTrail(t.db, { entityId: created.id });
      expect(trail.map((e) => e.action)).toEqual(['counselling-request.created']);
      expect(trail[0]).toMatchObject({ actorId: s.requesterUser.id, after: { urgency: 'acute', format: 'on_site' } });
    });

    it('bad input gets a translated message and stores nothing', async () => {
      const s = await counsellingSetup(t);
      const before = await count(`SELECT count(*)::int AS n FROM counselling_requests`);
      const unknownKommune = await s.requester.error(`mutation($input: RequestCounsellingInput!) { requestCounselling(input: $input) { id } }`, {
        input: s.input({ municipalityId: randomUUID() }),
      });
      expect(unknownKommune).toMatchObject({ code: 'MUNICIPALITY_NOT_FOUND', message: 'Bitte wählen Sie eine Kommune aus der Liste.' });
      const unknownTopic = await s.requester.error(`mutation($input: RequestCounsellingInput!) { requestCounselling(input: $input) { id } }`, {
        input: s.input({ topicId: randomUUID() }),
      });
      expect(unknownTopic.code).toBe('TOPIC_NOT_FOUND');
      const tooShort = await s.requester.error(`mutation($input: RequestCounsellingInput!) { requestCounselling(input: $input) { id } }`, {
        input: s.input({ description: 'Hilfe' }),
      });
      expect(tooShort.code).toBe('BAD_USER_INPUT');
      expect(await count(`SELECT count(*)::int AS n FROM counselling_requests`)).toBe(before);
    });
  });

  describe('triage', () => {
    async function filed(): Promise<{ s: Setup; request: RequestShape }> {
      const s = await counsellingSetup(t);
      return { s, request: await s.file() };
    }

    it('admins assign one or two advisors; only accounts with the advisor role', async () => {
      const { s, request } = await filed();
      const assigned = (await s.admin.ok<{ assignCounsellingAdvisors: RequestShape }>(ASSIGN, { input: { requestId: request.id, advisorIds: [s.advisors.a.id, s.advisors.b.id] } }))
        .assignCounsellingAdvisors;
      expect(assigned.advisors.map((a) => a.id).sort()).toEqual([s.advisors.a.id, s.advisors.b.id].sort());
      const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
      const notAdvisor = await s.admin.error(ASSIGN, { input: { requestId: request.id, advisorIds: [trainer.id] } });
      expect(notAdvisor).toMatchObject({ code: 'NOT_AN_ADVISOR', message: 'Nur Personen mit der Rolle Berater:in können eine Anfrage begleiten.' });
      const twice = await s.admin.error(ASSIGN, { input: { requestId: request.id, advisorIds: [s.advisors.a.id, s.advisors.a.id] } });
      expect(twice.code).toBe('ADVISORS_INVALID');
      const three = await s.admin.error(ASSIGN, { input: { requestId: request.id, advisorIds: [s.advisors.a.id, s.advisors.b.id, s.advisors.other.id] } });
      expect(three.code).toBe('BAD_USER_INPUT');
      // Still the two from before.
      expect(await count(`SELECT count(*)::int AS n FROM counselling_assignments WHERE request_id = $1`, [request.id])).toBe(2);
      const trail = await auditTrail(t.db, { entityId: request.id, action: 'counselling-request.assigned' });
      expect(trail).toHaveLength(1);
      expect(trail[0].after).toEqual({ advisorIds: [s.advisors.a.id, s.advisors.b.id].sort() });
    });

    it('the status machine holds on the server: new → accepted → in progress → closed with an outcome', async () => {
      const { s, request } = await filed();
      const noAdvisor = await s.admin.error(SET_STATUS, { input: { requestId: request.id, status: 'ACCEPTED' } });
      expect(noAdvisor).toMatchObject({ code: 'ADVISOR_REQUIRED', message: 'Bitte ordnen Sie zuerst eine Berater:in zu.' });
      const skip = await s.admin.error(SET_STATUS, { input: { requestId: request.id, status: 'CLOSED', outcomeCategories: ['ADVICE'], outcomeSummary: 'x' } });
      expect(skip).toMatchObject({ code: 'STATUS_CHANGE_NOT_ALLOWED', message: 'Eine Anfrage im Status „neu“ kann nicht in den Status „abgeschlossen“ wechseln.' });
      const notYetAssigned = await (await signInAs(t, s.advisors.a, 'en')).error(SET_STATUS, { input: { requestId: request.id, status: 'ACCEPTED' } });
      expect(notYetAssigned.code).toBe('COUNSELLING_REQUEST_NOT_FOUND');

      await s.admin.ok(ASSIGN, { input: { requestId: request.id, advisorIds: [s.advisors.a.id] } });
      const advisor = await signInAs(t, s.advisors.a, 'en');
      expect((await advisor.ok<{ setCounsellingStatus: RequestShape }>(SET_STATUS, { input: { requestId: request.id, status: 'ACCEPTED' } })).setCounsellingStatus.status).toBe('ACCEPTED');
      const back = await advisor.error(SET_STATUS, { input: { requestId: request.id, status: 'NEW' } });
      expect(back).toMatchObject({ code: 'STATUS_CHANGE_NOT_ALLOWED', message: 'A request that is accepted cannot become new.' });
      await advisor.ok(SET_STATUS, { input: { requestId: request.id, status: 'IN_PROGRESS' } });
      const noOutcome = await advisor.error(SET_STATUS, { input: { requestId: request.id, status: 'CLOSED', outcomeSummary: 'Gespräch geführt.' } });
      expect(noOutcome.code).toBe('OUTCOME_REQUIRED');
      const closed = (
        await advisor.ok<{ setCounsellingStatus: { status: string; outcomeCategories: string[]; outcomeSummary: string } }>(SET_STATUS, {
          input: { requestId: request.id, status: 'CLOSED', outcomeCategories: ['MEDIATION', 'NETWORKING'], outcomeSummary: 'Runder Tisch mit der Unterkunftsleitung vereinbart.' },
        })
      ).setCounsellingStatus;
      expect(closed).toMatchObject({ status: 'CLOSED', outcomeCategories: ['MEDIATION', 'NETWORKING'] });
      const finished = await s.admin.error(ASSIGN, { input: { requestId: request.id, advisorIds: [s.advisors.b.id] } });
      expect(finished.code).toBe('REQUEST_FINISHED');
      // The requester sees the outcome.
      const mine = (await s.requester.ok<{ myCounsellingRequests: Array<{ outcomeSummary: string | null; advisors: Array<{ displayName: string }> }> }>(MINE)).myCounsellingRequests;
      expect(mine[0].outcomeSummary).toBe('Runder Tisch mit der Unterkunftsleitung vereinbart.');
      expect(mine[0].advisors).toHaveLength(1);
      const trail = await auditTrail(t.db, { entityId: request.id, action: 'counselling-request.status-changed' });
      expect(trail.map((e) => [e.before?.['status'], e.after?.['status']])).toEqual([
        ['new', 'accepted'],
        ['accepted', 'in_progress'],
        ['in_progress', 'closed'],
      ]);
    });

    it('declining needs a reason, which the requester sees; a declined request is final', async () => {
      const { s, request } = await filed();
      const noReason = await s.admin.error(SET_STATUS, { input: { requestId: request.id, status: 'DECLINED', reason: '   ' } });
      expect(noReason.code).toBe('DECLINE_REASON_REQUIRED');
      await s.admin.ok(SET_STATUS, { input: { requestId: request.id, status: 'DECLINED', reason: 'Das Anliegen betrifft keine Kommune in NRW.' } });
      const mine = (await s.requester.ok<{ myCounsellingRequests: Array<{ status: string; declineReason: string }> }>(MINE)).myCounsellingRequests;
      expect(mine[0]).toMatchObject({ status: 'DECLINED', declineReason: 'Das Anliegen betrifft keine Kommune in NRW.' });
      const again = await s.admin.error(SET_STATUS, { input: { requestId: request.id, status: 'ACCEPTED' } });
      expect(again.code).toBe('STATUS_CHANGE_NOT_ALLOWED');
    });
  });

  describe('who sees what', () => {
    it('advisors see only the requests assigned to them; other participants nothing', async () => {
      const s = await counsellingSetup(t);
      const theirs = await s.file({ urgency: 'NORMAL' });
      const acute = await s.file({ urgency: 'ACUTE' });
      const notTheirs = await s.file();
      await s.admin.ok(ASSIGN, { input: { requestId: theirs.id, advisorIds: [s.advisors.a.id] } });
      await s.admin.ok(ASSIGN, { input: { requestId: acute.id, advisorIds: [s.advisors.a.id, s.advisors.b.id] } });
      await s.admin.ok(ASSIGN, { input: { requestId: notTheirs.id, advisorIds: [s.advisors.other.id] } });

      const advisor = await signInAs(t, s.advisors.a);
      const listed = (await advisor.ok<{ counsellingRequests: { total: number; items: RequestShape[] } }>(LIST)).counsellingRequests;
      expect(listed.total).toBe(2);
      // Acute first.
      expect(listed.items.map((r) => r.id)).toEqual([acute.id, theirs.id]);
      expect((await advisor.ok<{ counsellingRequest: { id: string } }>(ONE, { id: theirs.id })).counsellingRequest.id).toBe(theirs.id);
      expect((await advisor.error(ONE, { id: notTheirs.id })).code).toBe('COUNSELLING_REQUEST_NOT_FOUND');
      expect((await advisor.error(SET_STATUS, { input: { requestId: notTheirs.id, status: 'ACCEPTED' } })).code).toBe('COUNSELLING_REQUEST_NOT_FOUND');

      // Another participant: neither in their list nor readable.
      const stranger = await signInAs(t, await createUser(t.db));
      expect((await stranger.ok<{ myCounsellingRequests: unknown[] }>(MINE)).myCounsellingRequests).toEqual([]);
      expect((await stranger.error(ONE, { id: theirs.id })).code).toBe('COUNSELLING_REQUEST_NOT_FOUND');
      // The requester reads their own but cannot move it on.
      expect((await s.requester.ok<{ counsellingRequest: { id: string } }>(ONE, { id: theirs.id })).counsellingRequest.id).toBe(theirs.id);
      expect((await s.requester.error(SET_STATUS, { input: { requestId: theirs.id, status: 'ACCEPTED' } })).code).toBe('FORBIDDEN');

      // Admins filter: by advisor, urgency and status.
      const byAdvisor = (await s.admin.ok<{ counsellingRequests: { items: RequestShape[] } }>(LIST, { advisorId: s.advisors.other.id })).counsellingRequests.items;
      expect(byAdvisor.map((r) => r.id)).toEqual([notTheirs.id]);
      const acuteOnly = (await s.admin.ok<{ counsellingRequests: { items: RequestShape[] } }>(LIST, { urgency: 'ACUTE', advisorId: s.advisors.b.id })).counsellingRequests.items;
      expect(acuteOnly.map((r) => r.id)).toEqual([acute.id]);
    });

    it('admins list the advisors they can assign (active accounts with the role only)', async () => {
      const s = await counsellingSetup(t);
      const inactive = await createUser(t.db, { roles: [Role.ADVISOR], active: false });
      const { counsellingAdvisors } = await s.admin.ok<{ counsellingAdvisors: Array<{ id: string }> }>(`{ counsellingAdvisors { id displayName } }`);
      const ids = counsellingAdvisors.map((a) => a.id);
      expect(ids).toEqual(expect.arrayContaining([s.advisors.a.id, s.advisors.b.id]));
      expect(ids).not.toContain(inactive.id);
    });
  });
});
