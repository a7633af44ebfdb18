import { sqlRows } from '@koko/api/core/database';
import { GraphQLClient, TestApp, waitForMail } from '@koko/api/testing';
import { randomUUID } from 'node:crypto';
import { enrolmentHelpers, SEATS, startEnrolmentApp, State, WITHDRAW } from './support';

describe('applications and enrolment', () => {
  let t: TestApp, admin: GraphQLClient, kleve: string;
  beforeAll(async () => ({ t, admin, kleve } = await startEnrolmentApp()));
  afterAll(() => t.close());
  const { cohort, participant, arranged, stateOf, rowOf, decide } = enrolmentHelpers(() => ({ t, admin, kleve }));

  describe('withdrawEnrolment and the waitlist', () => {
    it('a participant withdraws; the first waitlisted applicant (by waitlist order) moves up and is told by mail', async () => {
      const c = await cohort({ capacity: 2 });
      const { user: leaving, client } = await participant();
      const mine = await arranged(c.id, 'admitted', { user: leaving });
      const stays = await arranged(c.id, 'admitted');
      // Applied first, waitlisted second …
      const appliedFirst = await arranged(c.id, 'applied', { appliedAt: new Date(Date.now() - 3 * 86_400_000).toISOString() });
      // … applied later, waitlisted first: this one moves up.
      const waitlistedFirst = await arranged(c.id, 'applied', { appliedAt: new Date(Date.now() - 86_400_000).toISOString() });
      await decide(admin, [waitlistedFirst.id], 'WAITLIST');
      await decide(admin, [appliedFirst.id], 'WAITLIST');

      const { withdrawEnrolment } = await client.ok<{ withdrawEnrolment: { id: string; state: State; decisionMessage: string | null } }>(WITHDRAW, {
        input: { enrolmentId: mine.id, reason: 'Stellenwechsel' },
      });
      expect(withdrawEnrolment).toEqual({ id: mine.id, state: 'WITHDRAWN', decisionMessage: 'Stellenwechsel' });
      expect(await stateOf(waitlistedFirst.id)).toBe('admitted');
      expect(await stateOf(appliedFirst.id)).toBe('waitlisted');
      expect(await stateOf(stays.id)).toBe('admitted');
      expect((await admin.ok<{ cohort: { seatsTaken: number; waitlistCount: number } }>(SEATS, { id: c.id })).cohort).toMatchObject({ seatsTaken: 2, waitlistCount: 1 });

      const mail = await waitForMail(t.db, waitlistedFirst.user.email, { subject: /Warteliste nachgerückt/ });
      expect(mail.subject).toBe(`Sie sind von der Warteliste nachgerückt: „${c.name}“`);
      const movedUp = await sqlRows<{ actor_id: string | null; after: unknown }>(t.db, `SELECT actor_id, after FROM audit_events WHERE entity_id = $1 AND after->>'state' = 'admitted'`, [waitlistedFirst.id]);
      expect(movedUp).toEqual([{ actor_id: null, after: expect.objectContaining({ state: 'admitted', movedUp: true }) }]);
    });

    it('an admin’s withdrawal moves the waitlist up as well; with an empty waitlist nothing moves', async () => {
      const c = await cohort({ capacity: 1 });
      const admitted = await arranged(c.id, 'admitted');
      const waiting = await arranged(c.id, 'waitlisted');
      await decide(admin, [admitted.id], 'WITHDRAW');
      expect(await stateOf(waiting.id)).toBe('admitted');
      await decide(admin, [waiting.id], 'WITHDRAW');
      expect((await admin.ok<{ cohort: { seatsTaken: number } }>(SEATS, { id: c.id })).cohort.seatsTaken).toBe(0);
    });

    it('only one’s own enrolment, and only once admitted', async () => {
      const c = await cohort();
      const { user, client } = await participant();
      const other = await arranged(c.id, 'admitted');
      const before = await rowOf(other.id);
      expect(await client.error(WITHDRAW, { input: { enrolmentId: other.id } })).toMatchObject({
        code: 'ENROLMENT_NOT_FOUND',
        message: 'Die Anmeldung wurde nicht gefunden.',
      });
      expect(await rowOf(other.id)).toEqual(before);
      expect((await client.error(WITHDRAW, { input: { enrolmentId: randomUUID() } })).code).toBe('ENROLMENT_NOT_FOUND');
      // An admin cannot use the participant's operation on someone else's enrolment either.
      expect((await admin.error(WITHDRAW, { input: { enrolmentId: other.id } })).code).toBe('ENROLMENT_NOT_FOUND');

      const applied = await arranged(c.id, 'applied', { user });
      expect(await client.error(WITHDRAW, { input: { enrolmentId: applied.id } })).toMatchObject({
        code: 'TRANSITION_NOT_ALLOWED',
        message: 'Eine Anmeldung im Status „beworben“ kann nicht auf „zurückgezogen“ gesetzt werden.',
      });
      expect(await stateOf(applied.id)).toBe('applied');
    });
  });
});
