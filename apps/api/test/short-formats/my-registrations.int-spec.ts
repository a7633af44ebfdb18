import { createUser, eventually, GraphQLClient, TestApp, TestUser } from '@koko/api/testing';
import { EventsClock } from '@koko/api/events';
import { randomUUID } from 'node:crypto';
import { download } from '../certificates/support';
import { CHECK_IN, HELD, HOUR, REGISTER, ShortFormatsHarness, tag } from './support';

const MINE = `{ myShortFormatRegistrations { id state waitingPosition linkPath checkedInAt attendanceConfirmation { number downloadUrl } shortFormat { id title } } }`;
const LEAVE = `mutation($id: ID!) { leaveMyShortFormatRegistration(registrationId: $id) { id state } }`;

interface Mine {
  id: string;
  state: string;
  waitingPosition: number | null;
  linkPath: string;
  checkedInAt: string | null;
  attendanceConfirmation: { number: string; downloadUrl: string } | null;
  shortFormat: { id: string; title: string };
}

describe('short formats: Meine Anmeldungen', () => {
  let h: ShortFormatsHarness;
  let t: TestApp, admin: GraphQLClient, clock: EventsClock;
  let user: TestUser, client: GraphQLClient;
  beforeAll(async () => {
    h = await ShortFormatsHarness.start();
    ({ t, admin, clock } = h);
    user = await createUser(t.db, { displayName: 'Meine Person' });
    client = t.client();
    await client.signIn(user.email, user.password);
  });
  afterAll(() => h.close());
  afterEach(() => jest.restoreAllMocks());

  const mine = async () => (await client.ok<{ myShortFormatRegistrations: Mine[] }>(MINE)).myShortFormatRegistrations;
  const registerSignedIn = (shortFormatId: string) =>
    client.ok<{ registerForShortFormat: string }>(REGISTER, {
      input: { shortFormatId, name: user.displayName, email: user.email, municipalityId: null, organisation: 'Stadt Kleve', locale: 'DE' },
    });

  it('lists my registrations with state and waiting position; I leave the waiting list or give up my place with one call, and the next in line gets the offer', async () => {
    const open = await h.published({ title: `Offen ${tag()}` }, new Date(), 24 * 20);
    const full = await h.published({ title: `Voll ${tag()}`, capacity: 1 }, new Date(), 24 * 10);
    const before = await h.published({ title: `Ohne Konto ${tag()}` }, new Date(), 24 * 5);
    const first = `erste.${tag()}@example.org`;
    await h.confirmAnonymously(full, first);
    expect((await registerSignedIn(open)).registerForShortFormat).toBe('CONFIRMED');
    expect((await registerSignedIn(full)).registerForShortFormat).toBe('WAITING');
    // Registered with the account's address without being signed in: it is mine too (pending until confirmed).
    await h.register(before, user.email.toUpperCase());
    // Someone else's registration is not.
    await h.confirmAnonymously(open, `fremd.${tag()}@example.org`);

    const list = await mine();
    expect(list.map((r) => [r.shortFormat.id, r.state, r.waitingPosition])).toEqual([
      [open, 'CONFIRMED', null],
      [full, 'WAITING', 1],
      [before, 'PENDING', null],
    ]);
    expect(list[0].linkPath).toMatch(/^\/veranstaltungen\/anmeldung\/[A-Za-z0-9_-]{43}$/);

    // Leave the waiting list.
    const waiting = list[1];
    expect((await client.ok<{ leaveMyShortFormatRegistration: { state: string } }>(LEAVE, { id: waiting.id })).leaveMyShortFormatRegistration.state).toBe('CANCELLED');
    // Give up the place on the full event: the next in line is offered it.
    const second = `zweite.${tag()}@example.org`;
    await h.confirmAnonymously(full, second);
    const firstId = ((await t.db.query(`SELECT id FROM short_format_registrations WHERE email = $1`, [first])) as { id: string }[])[0].id;
    const firstClient = await createUser(t.db, { email: first });
    const firstSignedIn = t.client();
    await firstSignedIn.signIn(firstClient.email, firstClient.password);
    expect((await firstSignedIn.ok<{ leaveMyShortFormatRegistration: { id: string; state: string } }>(LEAVE, { id: firstId })).leaveMyShortFormatRegistration).toEqual({ id: firstId, state: 'CANCELLED' });
    const [{ state: secondState }] = (await t.db.query(`SELECT state FROM short_format_registrations WHERE email = $1`, [second])) as { state: string }[];
    expect(secondState).toBe('offered');

    // Not mine, unknown, or already cancelled: refused, nothing changes.
    const snapshot = await h.snapshot();
    expect((await client.error(LEAVE, { id: firstId })).code).toBe('REGISTRATION_NOT_FOUND');
    expect((await client.error(LEAVE, { id: randomUUID() })).code).toBe('REGISTRATION_NOT_FOUND');
    expect((await client.error(LEAVE, { id: waiting.id })).code).toBe('REGISTRATION_ACTION_NOT_ALLOWED');
    expect(await h.snapshot()).toBe(snapshot);
    const trail = (await t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1`, [waiting.id])) as { action: string }[];
    expect(trail.map((e) => e.action)).toContain('short-format-registration.cancelled');
  });

  it('offers the Teilnahmebescheinigung for download once it is issued', async () => {
    const start = new Date('2031-09-01T08:00:00Z');
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() - 3 * HOUR));
    const id = await h.published({ title: `Gehalten ${tag()}` }, new Date(start.getTime() - 3 * HOUR), 3);
    await registerSignedIn(id);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() - 10 * 60_000));
    const entry = (await mine()).find((r) => r.shortFormat.id === id)!;
    expect(entry.attendanceConfirmation).toBeNull();
    await admin.ok(CHECK_IN, { input: { shortFormatId: id, registrationId: entry.id } });
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() + 3 * HOUR));
    await admin.ok(HELD, { id });
    await eventually(async () => !!(await mine()).find((r) => r.shortFormat.id === id)?.attendanceConfirmation, true, 30_000);
    const issued = (await mine()).find((r) => r.shortFormat.id === id)!;
    expect(issued.attendanceConfirmation?.number).toMatch(/^KOKO-TB-2031-\d{6}$/);
    const pdf = await download(client.agent, issued.attendanceConfirmation!.downloadUrl);
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
