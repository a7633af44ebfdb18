import { sqlRows } from '@koko/api/core/database';
import { createUser, GraphQLClient, TestApp, TestUser, waitForMail } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { DECIDE, enrolmentHelpers, SEATS, startEnrolmentApp, State } from './support';

describe('applications and enrolment', () => {
  let t: TestApp, admin: GraphQLClient, admin2: GraphQLClient, adminUser: TestUser, kleve: string;
  beforeAll(async () => ({ t, admin, admin2, adminUser, kleve } = await startEnrolmentApp()));
  afterAll(() => t.close());
  const { cohort, participant, arranged, stateOf, rowOf, decide } = enrolmentHelpers(() => ({ t, admin, kleve }));

  describe('decideEnrolments', () => {
    const allowed: Array<[string, string, State]> = [
      ['applied', 'ADMIT', 'ADMITTED'],
      ['applied', 'WAITLIST', 'WAITLISTED'],
      ['applied', 'DECLINE', 'DECLINED'],
      ['waitlisted', 'ADMIT', 'ADMITTED'],
      ['waitlisted', 'DECLINE', 'DECLINED'],
      ['admitted', 'COMPLETE', 'COMPLETED'],
      ['admitted', 'WITHDRAW', 'WITHDRAWN'],
    ];

    it.each(allowed)('allows %s → %s (audited)', async (from, decision, to) => {
      const c = await cohort();
      const { id, user } = await arranged(c.id, from);
      const result = await decide(admin, [id], decision);
      expect(result.failed).toEqual([]);
      expect(result.decided).toHaveLength(1);
      expect(result.decided[0]).toMatchObject({ id, state: to, decisionMessage: null });
      expect(result.decided[0].decidedAt).not.toBeNull();
      if (to === 'WAITLISTED') expect(result.decided[0].waitlistedAt).not.toBeNull();
      expect(await stateOf(id)).toBe(to.toLowerCase());
      const audit = await sqlRows<{ actor_id: string | null; subject_user_id: string | null; cohort_id: string | null; before: unknown; after: unknown }>(
        t.db,
        `SELECT actor_id, subject_user_id, cohort_id, before, after FROM audit_events WHERE entity_id = $1 AND action = 'enrolment.state-changed'`,
        [id],
      );
      expect(audit).toEqual([
        { actor_id: adminUser.id, subject_user_id: user.id, cohort_id: c.id, before: { state: from }, after: expect.objectContaining({ state: to.toLowerCase() }) },
      ]);
    });

    const refused: Array<[string, string]> = [
      ['declined', 'ADMIT'],
      ['declined', 'WAITLIST'],
      ['withdrawn', 'ADMIT'],
      ['completed', 'WITHDRAW'],
      ['applied', 'COMPLETE'],
      ['applied', 'WITHDRAW'],
      ['waitlisted', 'WAITLIST'],
      ['waitlisted', 'COMPLETE'],
      ['admitted', 'ADMIT'],
      ['admitted', 'DECLINE'],
    ];

    it.each(refused)('refuses %s → %s with TRANSITION_NOT_ALLOWED, leaving the enrolment as it was', async (from, decision) => {
      const c = await cohort();
      const { id } = await arranged(c.id, from);
      const before = await rowOf(id);
      const result = await decide(admin, [id], decision, 'Bitte beachten');
      expect(result.decided).toEqual([]);
      expect(result.failed).toEqual([{ enrolmentId: id, code: 'TRANSITION_NOT_ALLOWED', message: expect.stringMatching(/^Eine Anmeldung im Status „.+“ kann nicht auf „.+“ gesetzt werden\.$/) }]);
      expect(await rowOf(id)).toEqual(before);
      expect(await sqlRows<{ id: string }>(t.db, `SELECT id FROM audit_events WHERE entity_id = $1`, [id])).toEqual([]);
    });

    it('names the states in the message, in the caller’s language', async () => {
      const c = await cohort();
      const { id } = await arranged(c.id, 'declined');
      expect((await decide(admin, [id], 'ADMIT')).failed[0].message).toBe('Eine Anmeldung im Status „abgelehnt“ kann nicht auf „zugelassen“ gesetzt werden.');
      const en = await createUser(t.db, { roles: [Role.ADMIN], locale: Locale.EN });
      const english = t.client('en');
      await english.signIn(en.email, en.password);
      expect((await decide(english, [id], 'ADMIT')).failed[0].message).toBe('An enrolment that is declined cannot become admitted.');
    });

    it('decides in bulk: each enrolment on its own, with mixed outcomes, in the given order', async () => {
      const c = await cohort({ capacity: 2 });
      const a = await arranged(c.id, 'applied');
      const b = await arranged(c.id, 'waitlisted');
      const declined = await arranged(c.id, 'declined');
      const d = await arranged(c.id, 'applied');
      const unknown = randomUUID();
      const result = await decide(admin, [a.id, declined.id, a.id, unknown, b.id, d.id], 'ADMIT', '  Willkommen im Durchgang!  ');
      expect(result.decided.map((e) => [e.id, e.state, e.decisionMessage])).toEqual([
        [a.id, 'ADMITTED', 'Willkommen im Durchgang!'],
        [b.id, 'ADMITTED', 'Willkommen im Durchgang!'],
      ]);
      expect(result.failed).toEqual([
        { enrolmentId: declined.id, code: 'TRANSITION_NOT_ALLOWED', message: 'Eine Anmeldung im Status „abgelehnt“ kann nicht auf „zugelassen“ gesetzt werden.' },
        { enrolmentId: unknown, code: 'ENROLMENT_NOT_FOUND', message: 'Die Anmeldung wurde nicht gefunden.' },
        { enrolmentId: d.id, code: 'COHORT_FULL', message: 'Der Durchgang ist voll: alle 2 Plätze sind vergeben.' },
      ]);
      expect(await stateOf(d.id)).toBe('applied');
      expect((await admin.ok<{ cohort: { seatsTaken: number; applicationCount: number; waitlistCount: number } }>(SEATS, { id: c.id })).cohort).toMatchObject({
        seatsTaken: 2,
        applicationCount: 1,
        waitlistCount: 0,
      });
    });

    it('stores the optional message and sends it with the decision mail', async () => {
      const c = await cohort();
      const admitted = await arranged(c.id, 'applied');
      const waitlisted = await arranged(c.id, 'applied');
      const declined = await arranged(c.id, 'applied');
      await decide(admin, [admitted.id], 'ADMIT', 'Wir freuen uns auf Sie.\nBitte bringen Sie Ihr Konzept mit.');
      await decide(admin, [waitlisted.id], 'WAITLIST', null);
      await decide(admin, [declined.id], 'DECLINE', '   ');
      expect((await rowOf(admitted.id)).decision_message).toBe('Wir freuen uns auf Sie.\nBitte bringen Sie Ihr Konzept mit.');
      expect((await rowOf(waitlisted.id)).decision_message).toBeNull();
      expect((await rowOf(declined.id)).decision_message).toBeNull();

      const mail = await waitForMail(t.db, admitted.user.email);
      expect(mail.subject).toBe(`Zusage: Sie sind für „${c.name}“ zugelassen`);
      expect(mail.text).toContain('Wir freuen uns auf Sie.\nBitte bringen Sie Ihr Konzept mit.');
      expect((await waitForMail(t.db, waitlisted.user.email)).subject).toBe(`Ihre Bewerbung für „${c.name}“: Platz auf der Warteliste`);
      expect((await waitForMail(t.db, declined.user.email)).subject).toBe(`Ihre Bewerbung für „${c.name}“`);
    });

    it('capacity holds when two admins admit different applicants to the last place at the same moment (5 rounds)', async () => {
      for (let round = 0; round < 5; round++) {
        const c = await cohort({ capacity: 2 });
        await arranged(c.id, 'admitted');
        const first = await arranged(c.id, 'applied');
        const second = await arranged(c.id, 'waitlisted');
        const [r1, r2] = await Promise.all([decide(admin, [first.id], 'ADMIT'), decide(admin2, [second.id], 'ADMIT')]);
        const decided = [...r1.decided, ...r2.decided];
        const failed = [...r1.failed, ...r2.failed];
        expect({ round, decided: decided.length, failed: failed.length }).toEqual({ round, decided: 1, failed: 1 });
        expect(failed[0]).toEqual({ enrolmentId: expect.any(String), code: 'COHORT_FULL', message: 'Der Durchgang ist voll: alle 2 Plätze sind vergeben.' });
        expect(failed[0].enrolmentId).not.toBe(decided[0].id);
        const loser = failed[0].enrolmentId;
        expect(await stateOf(loser)).toBe(loser === first.id ? 'applied' : 'waitlisted');
        expect(await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM enrolments WHERE cohort_id = $1 AND state IN ('admitted', 'completed')`, [c.id])).toEqual([{ n: 2 }]);
        expect((await admin.ok<{ cohort: { seatsTaken: number } }>(SEATS, { id: c.id })).cohort.seatsTaken).toBe(2);
      }
    });

    it('refuses everyone but admins', async () => {
      const c = await cohort();
      const { id } = await arranged(c.id, 'applied');
      const { client } = await participant();
      expect((await client.error(DECIDE, { input: { enrolmentIds: [id], decision: 'ADMIT' } })).code).toBe('FORBIDDEN');
      const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
      const tc = t.client();
      await tc.signIn(trainer.email, trainer.password);
      expect((await tc.error(DECIDE, { input: { enrolmentIds: [id], decision: 'ADMIT' } })).code).toBe('FORBIDDEN');
      expect(await stateOf(id)).toBe('applied');
    });
  });
});
