import { auditTrail, GraphQLClient, shortFormatRegistrationsOf, TestApp, waitForMail } from '@koko/api/testing';
import { EventsClock, RegistrationService } from '@koko/api/events';
import { CANCEL, HOUR, ORGANISER_LIST, ShortFormatsHarness, tag, VIEW } from './support';

const CANCEL_REG = `mutation($input: RegistrationTokenInput!) { cancelShortFormatRegistration(input: $input) { state } }`;
const ACCEPT = `mutation($input: RegistrationTokenInput!) { acceptShortFormatOffer(input: $input) { state } }`;
const MOVE = `mutation($input: MoveWaitingEntryInput!) { moveShortFormatWaitingEntry(input: $input) { id email waitingPosition } }`;

describe('short formats: waiting list (controlled clock)', () => {
  let h: ShortFormatsHarness;
  let t: TestApp, admin: GraphQLClient, anonymous: GraphQLClient, clock: EventsClock;
  beforeAll(async () => {
    h = await ShortFormatsHarness.start();
    ({ t, admin, anonymous, clock } = h);
  });
  afterAll(() => h.close());
  afterEach(() => jest.restoreAllMocks());

  /** An event with one place: A confirmed, B and C waiting. */
  async function fullEvent(startInHours: number, now: Date) {
    jest.spyOn(clock, 'now').mockReturnValue(now);
    const id = await h.published({ capacity: 1 }, now, startInHours);
    const people = ['a', 'b', 'c'].map((p) => `${p}.${tag()}@example.org`);
    for (const p of people) await h.confirmAnonymously(id, p);
    const [a, b, c] = await Promise.all(people.map((p) => h.tokenOf(p, id)));
    return { id, a, b, c, emails: people };
  }
  const stateOf = async (token: string) => {
    const { state, offerExpiresAt } = (await anonymous.ok<{ shortFormatRegistration: { state: string; offerExpiresAt: string | null } }>(VIEW, { input: { token } }))
      .shortFormatRegistration;
    return { state, offerExpiresAt };
  };

  it('a freed place is offered to the first in line for 48 hours; it passes on when the offer lapses', async () => {
    const now = new Date('2031-03-01T09:00:00Z');
    const { a, b, c } = await fullEvent(24 * 10, now);
    expect((await anonymous.ok<{ shortFormatRegistration: { waitingPosition: number } }>(VIEW, { input: { token: c } })).shortFormatRegistration.waitingPosition).toBe(2);
    await anonymous.ok(CANCEL_REG, { input: { token: a } });
    expect(await stateOf(b)).toEqual({ state: 'OFFERED', offerExpiresAt: new Date(now.getTime() + 48 * HOUR).toISOString() });
    expect((await stateOf(c)).state).toBe('WAITING');

    jest.spyOn(clock, 'now').mockReturnValue(new Date(now.getTime() + 49 * HOUR));
    expect((await anonymous.error(ACCEPT, { input: { token: b } })).code).toBe('REGISTRATION_EXPIRED');
    await t.app.get(RegistrationService).sweep();
    expect((await stateOf(b)).state).toBe('EXPIRED');
    expect((await stateOf(c)).state).toBe('OFFERED');
    expect((await anonymous.ok<{ acceptShortFormatOffer: { state: string } }>(ACCEPT, { input: { token: c } })).acceptShortFormatOffer.state).toBe('CONFIRMED');
  });

  it('an offer never reaches past the cut-off, and no offers are made after it', async () => {
    const now = new Date('2031-04-01T09:00:00Z');
    const { a, b, c } = await fullEvent(10, now);
    await anonymous.ok(CANCEL_REG, { input: { token: a } });
    // Start in 10 h, cut-off 2 h before: the offer ends after 8 h, not 48.
    expect(await stateOf(b)).toEqual({ state: 'OFFERED', offerExpiresAt: new Date(now.getTime() + 8 * HOUR).toISOString() });
    jest.spyOn(clock, 'now').mockReturnValue(new Date(now.getTime() + 8 * HOUR + 60_000));
    await t.app.get(RegistrationService).sweep();
    expect((await stateOf(b)).state).toBe('EXPIRED');
    // Past the cut-off: C is not offered the place.
    expect((await stateOf(c)).state).toBe('WAITING');
  });

  it('a cancellation after an accepted offer passes the place to the next; an offer expiring while the next cancels moves on', async () => {
    const now = new Date('2031-05-01T09:00:00Z');
    jest.spyOn(clock, 'now').mockReturnValue(now);
    const id = await h.published({ capacity: 1 }, now, 24 * 10);
    const people = ['a', 'b', 'c', 'd'].map((p) => `${p}.${tag()}@example.org`);
    for (const p of people) await h.confirmAnonymously(id, p);
    const [a, b, c, d] = await Promise.all(people.map((p) => h.tokenOf(p, id)));
    await anonymous.ok(CANCEL_REG, { input: { token: a } });
    await anonymous.ok(ACCEPT, { input: { token: b } });
    await anonymous.ok(CANCEL_REG, { input: { token: b } });
    expect((await stateOf(c)).state).toBe('OFFERED');
    // C's offer lapses at the moment D leaves the list: the place goes to nobody waiting … D is gone, so it stays free.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(now.getTime() + 49 * HOUR));
    await anonymous.ok(CANCEL_REG, { input: { token: d } });
    expect((await stateOf(c)).state).toBe('EXPIRED');
    expect((await stateOf(d)).state).toBe('CANCELLED');
    expect((await shortFormatRegistrationsOf(t.db, id)).filter((r) => r.state === 'confirmed' || r.state === 'offered')).toHaveLength(0);
    const moves = await auditTrail(t.db, { entityType: 'short_format_registration', after: { shortFormatId: id } });
    expect(moves.map((m) => m.action)).toEqual(expect.arrayContaining(['short-format-registration.offered', 'short-format-registration.offer-accepted', 'short-format-registration.offer-expired']));
  });

  it('an organiser moves someone up the waiting list with a logged reason; offers follow the new order', async () => {
    const now = new Date('2031-06-01T09:00:00Z');
    jest.spyOn(clock, 'now').mockReturnValue(now);
    const id = await h.published({ capacity: 1 }, now, 24 * 10);
    const people = ['a', 'b', 'c', 'd'].map((p) => `${p}.${tag()}@example.org`);
    for (const p of people) await h.confirmAnonymously(id, p);
    const [a, , , d] = await Promise.all(people.map((p) => h.tokenOf(p, id)));
    const list = (await admin.ok<{ shortFormatRegistrations: { id: string; email: string }[] }>(ORGANISER_LIST, { id })).shortFormatRegistrations;
    const dId = list.find((r) => r.email === people[3])!.id;
    const moved = (
      await admin.ok<{ moveShortFormatWaitingEntry: { email: string; waitingPosition: number }[] }>(MOVE, {
        input: { registrationId: dId, position: 1, reason: 'Bei der Anmeldung technisch gescheitert' },
      })
    ).moveShortFormatWaitingEntry;
    expect(moved.map((r) => [r.email, r.waitingPosition])).toEqual([
      [people[3], 1],
      [people[1], 2],
      [people[2], 3],
    ]);
    expect((await anonymous.ok<{ shortFormatRegistration: { waitingPosition: number } }>(VIEW, { input: { token: d } })).shortFormatRegistration.waitingPosition).toBe(1);
    const [entry] = await auditTrail(t.db, { action: 'short-format-registration.waiting-list-moved', entityId: dId });
    expect(entry.before).toMatchObject({ position: 3 });
    expect(entry.after).toMatchObject({ position: 1, reason: 'Bei der Anmeldung technisch gescheitert' });
    // The freed place goes to the one moved up.
    await anonymous.ok(CANCEL_REG, { input: { token: a } });
    expect((await stateOf(d)).state).toBe('OFFERED');
    // Only waiting entries can be moved; a reason is required.
    const aId = list.find((r) => r.email === people[0])!.id;
    expect((await admin.error(MOVE, { input: { registrationId: aId, position: 1, reason: 'Vorziehen' } })).code).toBe('NOT_ON_WAITING_LIST');
    expect((await admin.error(MOVE, { input: { registrationId: dId, position: 1, reason: '' } })).code).toBe('BAD_USER_INPUT');
  });

  it('cancelling the event informs every registrant', async () => {
    const { id, emails } = await fullEvent(24 * 10, new Date());
    jest.restoreAllMocks();
    await admin.ok(CANCEL, { input: { id, note: 'Leider ist der Raum nicht verfügbar.' } });
    for (const email of emails) {
      const mail = await waitForMail(t.db, email, { subject: /^Abgesagt:/ });
      expect(mail.text).toContain('Leider ist der Raum nicht verfügbar.');
    }
  });
});
