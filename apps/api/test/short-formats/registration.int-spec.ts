import { capturedMails, createUser, GraphQLClient, shortFormatRegistrationsOf, TestApp, waitForMail } from '@koko/api/testing';
import { EventsClock } from '@koko/api/events';
import { Role } from '@koko/shared';
import { CONFIRM, CREATE, HOUR, ORGANISER_LIST, REGISTER, ShortFormatsHarness, tag, VIEW } from './support';

const RESEND = `mutation($input: ResendConfirmationInput!) { resendShortFormatConfirmation(input: $input) }`;

describe('short formats: registration with double opt-in', () => {
  let h: ShortFormatsHarness;
  let t: TestApp, admin: GraphQLClient, anonymous: GraphQLClient, clock: EventsClock;
  beforeAll(async () => {
    h = await ShortFormatsHarness.start();
    ({ t, admin, anonymous, clock } = h);
  });
  afterAll(() => h.close());
  afterEach(() => jest.restoreAllMocks());

  it('stays pending until confirmed through the page behind the mail link; opening any link in any mail changes nothing', async () => {
    const id = await h.published({ capacity: 1 });
    const email = `anna.${tag()}@example.org`;
    expect((await h.register(id, email, { accessibilityNeeds: 'Rollstuhlplatz' })).registerForShortFormat).toBe('PENDING');
    const mail = await waitForMail(t.db, email, { subject: /Bitte bestätigen Sie Ihre Anmeldung/ });
    const link = /http:\/\/campus\.test\/veranstaltungen\/anmeldung\/([A-Za-z0-9_-]{43})/.exec(mail.text);
    expect(link).not.toBeNull();
    const token = link![1];
    expect((await anonymous.ok<{ shortFormatRegistration: { state: string } }>(VIEW, { input: { token } })).shortFormatRegistration.state).toBe('PENDING');

    const confirmed = (await anonymous.ok<{ confirmShortFormatRegistration: Record<string, unknown> }>(CONFIRM, { input: { token } })).confirmShortFormatRegistration;
    expect(confirmed).toMatchObject({ state: 'CONFIRMED', joinUrl: 'https://meet.example.org/geheim-123' });
    expect(confirmed['checkInCode']).toMatch(/^[A-Z2-9]{6}$/);
    const placeMail = await waitForMail(t.db, email, { subject: /Ihr Platz ist bestätigt/ });
    expect(placeMail.text).toContain('https://meet.example.org/geheim-123');
    // Confirming twice is harmless.
    expect((await anonymous.ok<{ confirmShortFormatRegistration: { state: string } }>(CONFIRM, { input: { token } })).confirmShortFormatRegistration.state).toBe('CONFIRMED');

    // A second person goes to the waiting list; then every link in every mail is opened.
    const second = `bernd.${tag()}@example.org`;
    await h.confirmAnonymously(id, second);
    await waitForMail(t.db, second, { subject: /Warteliste/ });
    const mails = await capturedMails(t.db, [email, second]);
    const links = new Set(mails.flatMap((m) => [...`${m.text} ${m.html}`.matchAll(/https?:\/\/[^\s"<>]+/g)].map((x) => x[0])));
    expect(links.size).toBeGreaterThanOrEqual(2);
    const before = await h.snapshot();
    for (const url of links) {
      const path = url.replace(/^https?:\/\/[^/]+/, '') || '/';
      await t.http().get(path);
      await t.http().head(path);
      // What the link's page does when it opens: read the registration.
      const token = /\/veranstaltungen\/anmeldung\/([A-Za-z0-9_-]{43})/.exec(path)?.[1];
      if (token) await anonymous.ok(VIEW, { input: { token } });
    }
    expect(await h.snapshot()).toBe(before);

    // Organisers see the accessibility needs and the queue.
    const list = (await admin.ok<{ shortFormatRegistrations: Record<string, unknown>[] }>(ORGANISER_LIST, { id })).shortFormatRegistrations;
    expect(list.map((r) => [r['email'], r['state'], r['waitingPosition'], r['accessibilityNeeds']])).toEqual([
      [email, 'CONFIRMED', null, 'Rollstuhlplatz'],
      [second, 'WAITING', 1, null],
    ]);
  });

  it('signed-in users registering their own address are confirmed without a mail round trip', async () => {
    const id = await h.published();
    const user = await createUser(t.db, { roles: [Role.PARTICIPANT] });
    const me = t.client();
    await me.signIn(user.email, user.password);
    const state = await me.ok<{ registerForShortFormat: string }>(REGISTER, {
      input: { shortFormatId: id, name: user.displayName, email: user.email, organisation: 'Stadt Kleve', locale: 'DE' },
    });
    expect(state.registerForShortFormat).toBe('CONFIRMED');
    expect((await me.error(REGISTER, { input: { shortFormatId: id, name: user.displayName, email: user.email.toUpperCase(), organisation: 'Stadt Kleve', locale: 'DE' } })).code).toBe(
      'ALREADY_REGISTERED',
    );
  });

  it('refuses registration outside the window, without organisation, or for drafts', async () => {
    const draft = (await admin.ok<{ createShortFormat: { id: string } }>(CREATE, { input: h.input() })).createShortFormat.id;
    expect((await anonymous.error(REGISTER, { input: { shortFormatId: draft, name: 'X Y', email: `x.${tag()}@example.org`, organisation: 'Verein', locale: 'DE' } })).code).toBe(
      'REGISTRATION_NOT_OPEN',
    );
    const id = await h.published();
    const noOrganisation = await anonymous.error(REGISTER, { input: { shortFormatId: id, name: 'X Y', email: `x.${tag()}@example.org`, locale: 'DE' } });
    expect(noOrganisation.code).toBe('BAD_USER_INPUT');
    const later = await h.published({ registrationOpensAt: new Date(Date.now() + 24 * HOUR).toISOString() });
    expect((await anonymous.error(REGISTER, { input: { shortFormatId: later, name: 'X Y', email: `x.${tag()}@example.org`, organisation: 'Verein', locale: 'DE' } })).message).toBe(
      'Registration for this event is not open at the moment.',
    );
  });

  it('expires unconfirmed registrations after 24 hours; the mail can be requested again', async () => {
    const id = await h.published();
    const email = `spaet.${tag()}@example.org`;
    await h.register(id, email);
    const token = await h.tokenOf(email, id);
    const registeredAt = Date.now();
    jest.spyOn(clock, 'now').mockReturnValue(new Date(registeredAt + 25 * HOUR));
    expect((await anonymous.ok<{ shortFormatRegistration: { state: string } }>(VIEW, { input: { token } })).shortFormatRegistration.state).toBe('EXPIRED');
    expect((await anonymous.error(CONFIRM, { input: { token } })).code).toBe('REGISTRATION_EXPIRED');
    jest.restoreAllMocks();

    // Within the time, a new mail carries a new link; the old one stops working.
    const again = `nochmal.${tag()}@example.org`;
    await h.register(id, again);
    const old = await h.tokenOf(again, id);
    expect((await anonymous.ok<{ resendShortFormatConfirmation: boolean }>(RESEND, { input: { shortFormatId: id, email: again.toUpperCase() } })).resendShortFormatConfirmation).toBe(true);
    const fresh = await h.tokenOf(again, id);
    expect(fresh).not.toBe(old);
    expect((await anonymous.error(CONFIRM, { input: { token: old } })).code).toBe('REGISTRATION_NOT_FOUND');
    expect((await anonymous.ok<{ confirmShortFormatRegistration: { state: string } }>(CONFIRM, { input: { token: fresh } })).confirmShortFormatRegistration.state).toBe('CONFIRMED');
    // Unknown addresses get the same answer.
    expect((await anonymous.ok<{ resendShortFormatConfirmation: boolean }>(RESEND, { input: { shortFormatId: id, email: `niemand.${tag()}@example.org` } })).resendShortFormatConfirmation).toBe(
      true,
    );
  });

  it('50 parallel confirmations for 10 places give exactly 10 confirmed and 40 waiting, in confirmation order', async () => {
    const id = await h.published({ capacity: 10 });
    const emails = Array.from({ length: 50 }, (_, i) => `parallel${i}.${tag()}@example.org`);
    await Promise.all(emails.map((email) => h.register(id, email)));
    const tokens = await Promise.all(emails.map((e) => h.tokenOf(e, id)));
    const results = await Promise.all(tokens.map((token) => anonymous.run<{ confirmShortFormatRegistration: { state: string } }>(CONFIRM, { input: { token } })));
    expect(results.filter((r) => r.errors).length).toBe(0);
    const rows = await shortFormatRegistrationsOf(t.db, id);
    expect(rows.filter((r) => r.state === 'confirmed').length).toBe(10);
    expect(rows.filter((r) => r.state === 'waiting').length).toBe(40);
    // The first ten confirmations got the places; the rest wait in the order they confirmed.
    expect(rows.slice(0, 10).every((r) => r.state === 'confirmed')).toBe(true);
    const list = (await admin.ok<{ shortFormatRegistrations: { state: string; waitingPosition: number | null }[] }>(ORGANISER_LIST, { id })).shortFormatRegistrations;
    expect(list.filter((r) => r.state === 'WAITING').map((r) => r.waitingPosition)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  }, 180_000);
});
