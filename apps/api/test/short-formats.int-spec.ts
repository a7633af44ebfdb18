import { createMunicipality, createUser, GraphQLClient, TestApp, waitForMail } from '@koko/api/testing';
import { EventsClock, RegistrationService } from '@koko/api/events';
import { Role } from '@koko/shared';
import { startApp } from './support/app';

const CREATE = `mutation($input: ShortFormatInput!) { createShortFormat(input: $input) { id state } }`;
const UPDATE = `mutation($input: UpdateShortFormatInput!) { updateShortFormat(input: $input) { id title capacity } }`;
const PUBLISH = `mutation($id: ID!) { publishShortFormat(id: $id) { id state } }`;
const CANCEL = `mutation($input: CancelShortFormatInput!) { cancelShortFormat(input: $input) { id state cancellationNote } }`;
const HELD = `mutation($id: ID!) { markShortFormatHeld(id: $id) { id state } }`;
const TOPICS = `query($all: Boolean) { shortFormatTopics(includeArchived: $all) { id title titleEn position archived } }`;
const CREATE_TOPIC = `mutation($input: TopicInput!) { createShortFormatTopic(input: $input) { id title position } }`;
const UPDATE_TOPIC = `mutation($input: UpdateTopicInput!) { updateShortFormatTopic(input: $input) { id archived } }`;
const DETAIL = `query($id: ID!) { shortFormat(id: $id) { id title state availability registrationWindow joinUrl capacity address icalUrl topic { title } counts { confirmed waiting } } }`;
const CALENDAR = `query($topicId: ID, $format: ShortFormatFormat, $month: String) {
  shortFormatCalendar(topicId: $topicId, format: $format, month: $month, limit: 100) { total items { id title availability } } }`;
const REGISTER = `mutation($input: RegisterInput!) { registerForShortFormat(input: $input) }`;
const VIEW = `query($input: RegistrationTokenInput!) { shortFormatRegistration(input: $input) { id state waitingPosition checkInCode joinUrl confirmBy offerExpiresAt shortFormat { title } } }`;
const CONFIRM = `mutation($input: RegistrationTokenInput!) { confirmShortFormatRegistration(input: $input) { state waitingPosition checkInCode joinUrl } }`;
const CANCEL_REG = `mutation($input: RegistrationTokenInput!) { cancelShortFormatRegistration(input: $input) { state } }`;
const ACCEPT = `mutation($input: RegistrationTokenInput!) { acceptShortFormatOffer(input: $input) { state } }`;
const RESEND = `mutation($input: ResendConfirmationInput!) { resendShortFormatConfirmation(input: $input) }`;
const ORGANISER_LIST = `query($id: ID!) { shortFormatRegistrations(shortFormatId: $id) { id name email state waitingPosition accessibilityNeeds municipalityName } }`;

const MOVE = `mutation($input: MoveWaitingEntryInput!) { moveShortFormatWaitingEntry(input: $input) { id email waitingPosition } }`;

const HOUR = 3_600_000;
const tag = () => Math.random().toString(36).slice(2, 8);

describe('short formats', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let anonymous: GraphQLClient;
  let topicId: string;
  let clock: EventsClock;

  beforeAll(async () => {
    t = await startApp();
    const a = await createUser(t.db, { roles: [Role.ADMIN] });
    admin = t.client();
    await admin.signIn(a.email, a.password);
    anonymous = t.client('en');
    topicId = (await anonymous.ok<{ shortFormatTopics: { id: string }[] }>(TOPICS)).shortFormatTopics[3].id;
    clock = t.app.get(EventsClock);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  /** An event starting `startInHours` after `from`, registration open from a day before `from`. */
  const input = (overrides: Record<string, unknown> = {}, from = new Date(), startInHours = 24 * 14) => {
    const startsAt = new Date(from.getTime() + startInHours * HOUR);
    return {
      title: `Rassismus erkennen ${tag()}`,
      topicId,
      description: 'Ein kurzer Austausch.',
      format: 'ONLINE',
      joinUrl: 'https://meet.example.org/geheim-123',
      address: null,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
      capacity: 20,
      registrationOpensAt: new Date(from.getTime() - 24 * HOUR).toISOString(),
      registrationClosesAt: startsAt.toISOString(),
      targetGroup: 'KI-Mitarbeitende',
      speakers: 'Dr. Beispiel',
      language: 'DE',
      accessibility: 'Untertitel',
      contact: 'kurzformate@koko.example',
      ...overrides,
    };
  };

  async function published(overrides: Record<string, unknown> = {}, from?: Date, startInHours?: number): Promise<string> {
    const id = (await admin.ok<{ createShortFormat: { id: string } }>(CREATE, { input: input(overrides, from, startInHours) })).createShortFormat.id;
    await admin.ok(PUBLISH, { id });
    return id;
  }

  const register = (shortFormatId: string, email = `gast.${tag()}@example.org`, extra: Record<string, unknown> = {}) =>
    anonymous.ok<{ registerForShortFormat: string }>(REGISTER, {
      input: { shortFormatId, name: 'Gast Person', email, municipalityId: null, organisation: 'Verein Miteinander e. V.', locale: 'DE', ...extra },
    });
  const tokenOf = async (email: string, shortFormatId: string): Promise<string> => {
    const [row] = (await t.db.query(`SELECT token FROM short_format_registrations WHERE email = $1 AND short_format_id = $2`, [email, shortFormatId])) as { token: string }[];
    return row.token;
  };
  const snapshot = async () =>
    JSON.stringify([
      await t.db.query(`SELECT * FROM short_format_registrations ORDER BY id`),
      await t.db.query(`SELECT * FROM short_formats ORDER BY id`),
    ]);

  describe('events and topics', () => {
    it('seeds the programme’s conflict topics and lets admins add and archive topics', async () => {
      const topics = (await anonymous.ok<{ shortFormatTopics: { title: string }[] }>(TOPICS)).shortFormatTopics;
      expect(topics.map((x) => x.title)).toEqual(expect.arrayContaining(['Rassismus und Diskriminierung', 'Demokratie, Vielfalt, Teilhabe und Beteiligung']));
      const title = `Konflikte um Wohnraum ${tag()}`;
      const created = (await admin.ok<{ createShortFormatTopic: { id: string; position: number } }>(CREATE_TOPIC, { input: { title, titleEn: 'Housing conflicts' } })).createShortFormatTopic;
      expect(created.position).toBeGreaterThan(7);
      expect((await admin.error(CREATE_TOPIC, { input: { title: title.toUpperCase(), titleEn: 'Again' } })).code).toBe('TOPIC_TAKEN');
      await admin.ok(UPDATE_TOPIC, { input: { id: created.id, title, titleEn: 'Housing conflicts', archived: true, position: created.position } });
      const open = (await anonymous.ok<{ shortFormatTopics: { id: string }[] }>(TOPICS)).shortFormatTopics.map((x) => x.id);
      expect(open).not.toContain(created.id);
      const all = (await anonymous.ok<{ shortFormatTopics: { id: string }[] }>(TOPICS, { all: true })).shortFormatTopics.map((x) => x.id);
      expect(all).toContain(created.id);
      // An archived topic is not offered for new events.
      expect((await admin.error(CREATE, { input: input({ topicId: created.id }) })).code).toBe('TOPIC_NOT_FOUND');
    });

    it('refuses bad input with a translated message and stores nothing', async () => {
      const before = await snapshot();
      const start = new Date(Date.now() + 48 * HOUR);
      const wrongEnd = await admin.error(CREATE, { input: input({ endsAt: new Date(start.getTime() - HOUR).toISOString(), startsAt: start.toISOString() }) });
      expect(wrongEnd).toMatchObject({ code: 'END_BEFORE_START', message: 'Das Ende muss nach dem Beginn liegen.' });
      expect((await admin.error(CREATE, { input: input({ joinUrl: null }) })).code).toBe('JOIN_LINK_REQUIRED');
      expect((await admin.error(CREATE, { input: input({ format: 'HYBRID', address: null }) })).code).toBe('ADDRESS_REQUIRED');
      expect((await admin.error(CREATE, { input: input({ registrationClosesAt: new Date(Date.now() + 400 * 24 * HOUR).toISOString() }) })).code).toBe(
        'REGISTRATION_PERIOD_INVALID',
      );
      expect(await snapshot()).toBe(before);
    });

    it('goes draft → published → held, or published → cancelled; drafts are not public', async () => {
      const id = (await admin.ok<{ createShortFormat: { id: string; state: string } }>(CREATE, { input: input() })).createShortFormat.id;
      expect((await anonymous.error(DETAIL, { id })).code).toBe('SHORT_FORMAT_NOT_FOUND');
      expect((await admin.error(HELD, { id })).code).toBe('STATE_CHANGE_NOT_ALLOWED');
      expect((await admin.ok<{ publishShortFormat: { state: string } }>(PUBLISH, { id })).publishShortFormat.state).toBe('PUBLISHED');
      expect((await admin.error(PUBLISH, { id })).code).toBe('STATE_CHANGE_NOT_ALLOWED');
      // Not yet started: cannot be marked held.
      expect((await admin.error(HELD, { id })).code).toBe('STATE_CHANGE_NOT_ALLOWED');
      const cancelled = await admin.ok<{ cancelShortFormat: { state: string; cancellationNote: string } }>(CANCEL, { input: { id, note: 'Die Referentin ist erkrankt.' } });
      expect(cancelled.cancelShortFormat).toEqual({ id, state: 'CANCELLED', cancellationNote: 'Die Referentin ist erkrankt.' });
      expect((await admin.error(UPDATE, { input: { ...input(), id } })).code).toBe('STATE_CHANGE_NOT_ALLOWED');

      const past = await published({}, new Date(Date.now() - 30 * 24 * HOUR));
      expect((await admin.ok<{ markShortFormatHeld: { state: string } }>(HELD, { id: past })).markShortFormatHeld.state).toBe('HELD');
      const [audit] = (await t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [past])) as { action: string }[];
      expect(audit.action).toBe('short-format.held');
    });

    it('shows the public calendar with filters, availability instead of counts and never the join link', async () => {
      const month = new Date(Date.now() + 60 * 24 * HOUR);
      const monthKey = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(month).slice(0, 7);
      const online = await published({ capacity: 3 }, new Date(), 60 * 24);
      const inPerson = await published({ format: 'IN_PERSON', joinUrl: null, address: 'Rathaus Kleve, Raum 1' }, new Date(), 60 * 24);
      const other = (await anonymous.ok<{ shortFormatTopics: { id: string }[] }>(TOPICS)).shortFormatTopics[0].id;
      const otherTopic = await published({ topicId: other }, new Date(), 60 * 24);

      const ids = async (vars: Record<string, unknown>) =>
        (await anonymous.ok<{ shortFormatCalendar: { items: { id: string }[] } }>(CALENDAR, vars)).shortFormatCalendar.items.map((x) => x.id);
      expect(await ids({ month: monthKey, topicId })).toEqual(expect.arrayContaining([online, inPerson]));
      expect(await ids({ month: monthKey, topicId })).not.toContain(otherTopic);
      expect(await ids({ month: monthKey, format: 'IN_PERSON' })).toContain(inPerson);
      expect(await ids({ month: monthKey, format: 'IN_PERSON' })).not.toContain(online);
      expect((await anonymous.error(CALENDAR, { month: '2026-13' })).code).toBe('BAD_USER_INPUT');

      const detail = (await anonymous.ok<{ shortFormat: Record<string, unknown> }>(DETAIL, { id: online })).shortFormat;
      expect(detail).toMatchObject({ availability: 'PLACES_FREE', registrationWindow: 'OPEN', joinUrl: null, capacity: null, counts: null });
      expect((await admin.ok<{ shortFormat: Record<string, unknown> }>(DETAIL, { id: online })).shortFormat).toMatchObject({
        joinUrl: 'https://meet.example.org/geheim-123',
        capacity: 3,
      });

      // Two of three places taken: few places; three: waiting list.
      for (const n of [1, 2]) await confirmAnonymously(online, `voll${n}.${tag()}@example.org`);
      expect((await anonymous.ok<{ shortFormat: { availability: string } }>(DETAIL, { id: online })).shortFormat.availability).toBe('FEW_PLACES');
      await confirmAnonymously(online, `voll3.${tag()}@example.org`);
      expect((await anonymous.ok<{ shortFormat: { availability: string } }>(DETAIL, { id: online })).shortFormat.availability).toBe('WAITING_LIST');
    });

    it('serves an iCal file per event and a feed, without the join link; drafts are not served', async () => {
      const id = await published({ title: `Feed-Test ${tag()}` });
      const one = await t.http().get(`/api/short-formats/${id}.ics`);
      // iCal folds long lines; read it unfolded.
      const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
      expect(one.status).toBe(200);
      expect(one.headers['content-type']).toMatch(/^text\/calendar/);
      expect(one.text).toContain('BEGIN:VEVENT');
      expect(unfold(one.text)).toContain(`URL;VALUE=URI:http://campus.test/veranstaltungen/${id}`);
      expect(unfold(one.text)).not.toContain('geheim-123');
      const feed = await t.http().get(`/api/short-formats/feed.ics`);
      expect(feed.status).toBe(200);
      expect(unfold(feed.text)).toContain(`short-format-${id}@koko-campus`);
      expect(unfold(feed.text)).not.toContain('geheim-123');
      const draft = (await admin.ok<{ createShortFormat: { id: string } }>(CREATE, { input: input() })).createShortFormat.id;
      expect((await t.http().get(`/api/short-formats/${draft}.ics`)).status).toBe(404);
      // A malformed id is refused before any query (as on every route with an id); an unknown one is not found.
      expect((await t.http().get(`/api/short-formats/nicht-da.ics`)).status).toBe(400);
      expect((await t.http().get(`/api/short-formats/00000000-0000-4000-8000-000000000000.ics`)).status).toBe(404);
    });
  });

  async function confirmAnonymously(shortFormatId: string, email: string): Promise<{ state: string }> {
    await register(shortFormatId, email);
    return (await anonymous.ok<{ confirmShortFormatRegistration: { state: string } }>(CONFIRM, { input: { token: await tokenOf(email, shortFormatId) } }))
      .confirmShortFormatRegistration;
  }

  describe('registration with double opt-in', () => {
    it('stays pending until confirmed through the page behind the mail link; opening any link in any mail changes nothing', async () => {
      const id = await published({ capacity: 1 });
      const email = `anna.${tag()}@example.org`;
      expect((await register(id, email, { accessibilityNeeds: 'Rollstuhlplatz' })).registerForShortFormat).toBe('PENDING');
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
      await confirmAnonymously(id, second);
      await waitForMail(t.db, second, { subject: /Warteliste/ });
      const mails = (await t.db.query(`SELECT text, html FROM captured_mail WHERE recipient IN ($1, $2)`, [email, second])) as { text: string; html: string }[];
      const links = new Set(mails.flatMap((m) => [...`${m.text} ${m.html}`.matchAll(/https?:\/\/[^\s"<>]+/g)].map((x) => x[0])));
      expect(links.size).toBeGreaterThanOrEqual(2);
      const before = await snapshot();
      for (const url of links) {
        const path = url.replace(/^https?:\/\/[^/]+/, '') || '/';
        await t.http().get(path);
        await t.http().head(path);
        // What the link's page does when it opens: read the registration.
        const token = /\/veranstaltungen\/anmeldung\/([A-Za-z0-9_-]{43})/.exec(path)?.[1];
        if (token) await anonymous.ok(VIEW, { input: { token } });
      }
      expect(await snapshot()).toBe(before);

      // Organisers see the accessibility needs and the queue.
      const list = (await admin.ok<{ shortFormatRegistrations: Record<string, unknown>[] }>(ORGANISER_LIST, { id })).shortFormatRegistrations;
      expect(list.map((r) => [r['email'], r['state'], r['waitingPosition'], r['accessibilityNeeds']])).toEqual([
        [email, 'CONFIRMED', null, 'Rollstuhlplatz'],
        [second, 'WAITING', 1, null],
      ]);
    });

    it('signed-in users registering their own address are confirmed without a mail round trip', async () => {
      const id = await published();
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
      const draft = (await admin.ok<{ createShortFormat: { id: string } }>(CREATE, { input: input() })).createShortFormat.id;
      expect((await anonymous.error(REGISTER, { input: { shortFormatId: draft, name: 'X Y', email: `x.${tag()}@example.org`, organisation: 'Verein', locale: 'DE' } })).code).toBe(
        'REGISTRATION_NOT_OPEN',
      );
      const id = await published();
      const noOrganisation = await anonymous.error(REGISTER, { input: { shortFormatId: id, name: 'X Y', email: `x.${tag()}@example.org`, locale: 'DE' } });
      expect(noOrganisation.code).toBe('BAD_USER_INPUT');
      const later = await published({ registrationOpensAt: new Date(Date.now() + 24 * HOUR).toISOString() });
      expect((await anonymous.error(REGISTER, { input: { shortFormatId: later, name: 'X Y', email: `x.${tag()}@example.org`, organisation: 'Verein', locale: 'DE' } })).message).toBe(
        'Registration for this event is not open at the moment.',
      );
    });

    it('expires unconfirmed registrations after 24 hours; the mail can be requested again', async () => {
      const id = await published();
      const email = `spaet.${tag()}@example.org`;
      await register(id, email);
      const token = await tokenOf(email, id);
      const registeredAt = Date.now();
      jest.spyOn(clock, 'now').mockReturnValue(new Date(registeredAt + 25 * HOUR));
      expect((await anonymous.ok<{ shortFormatRegistration: { state: string } }>(VIEW, { input: { token } })).shortFormatRegistration.state).toBe('EXPIRED');
      expect((await anonymous.error(CONFIRM, { input: { token } })).code).toBe('REGISTRATION_EXPIRED');
      jest.restoreAllMocks();

      // Within the time, a new mail carries a new link; the old one stops working.
      const again = `nochmal.${tag()}@example.org`;
      await register(id, again);
      const old = await tokenOf(again, id);
      expect((await anonymous.ok<{ resendShortFormatConfirmation: boolean }>(RESEND, { input: { shortFormatId: id, email: again.toUpperCase() } })).resendShortFormatConfirmation).toBe(true);
      const fresh = await tokenOf(again, id);
      expect(fresh).not.toBe(old);
      expect((await anonymous.error(CONFIRM, { input: { token: old } })).code).toBe('REGISTRATION_NOT_FOUND');
      expect((await anonymous.ok<{ confirmShortFormatRegistration: { state: string } }>(CONFIRM, { input: { token: fresh } })).confirmShortFormatRegistration.state).toBe('CONFIRMED');
      // Unknown addresses get the same answer.
      expect((await anonymous.ok<{ resendShortFormatConfirmation: boolean }>(RESEND, { input: { shortFormatId: id, email: `niemand.${tag()}@example.org` } })).resendShortFormatConfirmation).toBe(
        true,
      );
    });

    it('50 parallel confirmations for 10 places give exactly 10 confirmed and 40 waiting, in confirmation order', async () => {
      const id = await published({ capacity: 10 });
      const emails = Array.from({ length: 50 }, (_, i) => `parallel${i}.${tag()}@example.org`);
      await Promise.all(emails.map((email) => register(id, email)));
      const tokens = await Promise.all(emails.map((e) => tokenOf(e, id)));
      const results = await Promise.all(tokens.map((token) => anonymous.run<{ confirmShortFormatRegistration: { state: string } }>(CONFIRM, { input: { token } })));
      expect(results.filter((r) => r.errors).length).toBe(0);
      const rows = (await t.db.query(
        `SELECT state, queue_no::bigint AS queue_no FROM short_format_registrations WHERE short_format_id = $1 ORDER BY queue_no`,
        [id],
      )) as { state: string; queue_no: string }[];
      expect(rows.filter((r) => r.state === 'confirmed').length).toBe(10);
      expect(rows.filter((r) => r.state === 'waiting').length).toBe(40);
      // The first ten confirmations got the places; the rest wait in the order they confirmed.
      expect(rows.slice(0, 10).every((r) => r.state === 'confirmed')).toBe(true);
      const list = (await admin.ok<{ shortFormatRegistrations: { state: string; waitingPosition: number | null }[] }>(ORGANISER_LIST, { id })).shortFormatRegistrations;
      expect(list.filter((r) => r.state === 'WAITING').map((r) => r.waitingPosition)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    }, 180_000);
  });

  describe('waiting list (controlled clock)', () => {
    /** An event with one place: A confirmed, B and C waiting. */
    async function fullEvent(startInHours: number, now: Date) {
      jest.spyOn(clock, 'now').mockReturnValue(now);
      const id = await published({ capacity: 1 }, now, startInHours);
      const people = ['a', 'b', 'c'].map((p) => `${p}.${tag()}@example.org`);
      for (const p of people) await confirmAnonymously(id, p);
      const [a, b, c] = await Promise.all(people.map((p) => tokenOf(p, id)));
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
      const id = await published({ capacity: 1 }, now, 24 * 10);
      const people = ['a', 'b', 'c', 'd'].map((p) => `${p}.${tag()}@example.org`);
      for (const p of people) await confirmAnonymously(id, p);
      const [a, b, c, d] = await Promise.all(people.map((p) => tokenOf(p, id)));
      await anonymous.ok(CANCEL_REG, { input: { token: a } });
      await anonymous.ok(ACCEPT, { input: { token: b } });
      await anonymous.ok(CANCEL_REG, { input: { token: b } });
      expect((await stateOf(c)).state).toBe('OFFERED');
      // C's offer lapses at the moment D leaves the list: the place goes to nobody waiting … D is gone, so it stays free.
      jest.spyOn(clock, 'now').mockReturnValue(new Date(now.getTime() + 49 * HOUR));
      await anonymous.ok(CANCEL_REG, { input: { token: d } });
      expect((await stateOf(c)).state).toBe('EXPIRED');
      expect((await stateOf(d)).state).toBe('CANCELLED');
      const [{ count }] = (await t.db.query(`SELECT count(*)::int AS count FROM short_format_registrations WHERE short_format_id = $1 AND state IN ('confirmed', 'offered')`, [id])) as {
        count: number;
      }[];
      expect(count).toBe(0);
      const moves = (await t.db.query(`SELECT action FROM audit_events WHERE entity_type = 'short_format_registration' AND after->>'shortFormatId' = $1 ORDER BY id`, [id])) as {
        action: string;
      }[];
      expect(moves.map((m) => m.action)).toEqual(expect.arrayContaining(['short-format-registration.offered', 'short-format-registration.offer-accepted', 'short-format-registration.offer-expired']));
    });

    it('an organiser moves someone up the waiting list with a logged reason; offers follow the new order', async () => {
      const now = new Date('2031-06-01T09:00:00Z');
      jest.spyOn(clock, 'now').mockReturnValue(now);
      const id = await published({ capacity: 1 }, now, 24 * 10);
      const people = ['a', 'b', 'c', 'd'].map((p) => `${p}.${tag()}@example.org`);
      for (const p of people) await confirmAnonymously(id, p);
      const [a, , , d] = await Promise.all(people.map((p) => tokenOf(p, id)));
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
      const [entry] = (await t.db.query(`SELECT before, after FROM audit_events WHERE action = 'short-format-registration.waiting-list-moved' AND entity_id = $1`, [dId])) as {
        before: { position: number };
        after: { position: number; reason: string };
      }[];
      expect(entry.before.position).toBe(3);
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
  describe('check-in (controlled clock)', () => {
    const CHECK_IN = `mutation($input: CheckInInput!) { checkInShortFormatRegistration(input: $input) { alreadyCheckedInAt registration { id email checkedInAt checkedInVia } } }`;
    const UNDO = `mutation($input: UndoCheckInInput!) { undoShortFormatCheckIn(input: $input) { id checkedInAt } }`;
    const SELF = `mutation($input: RegistrationTokenInput!) { selfCheckInShortFormat(input: $input) { state checkedInAt selfCheckInOpen } }`;
    const LINK = `query($input: RegistrationTokenInput!) { shortFormatRegistration(input: $input) { state checkedInAt selfCheckInOpen checkInQrUrl checkInCode } }`;
    type CheckIn = { alreadyCheckedInAt: string | null; registration: { id: string; email: string; checkedInAt: string | null; checkedInVia: string | null } };
    const rowOf = async (email: string, id: string) =>
      ((await t.db.query(`SELECT id, check_in_code, check_in_token FROM short_format_registrations WHERE email = $1 AND short_format_id = $2`, [email, id])) as {
        id: string;
        check_in_code: string;
        check_in_token: string;
      }[])[0];

    it('organisers check in by list, short code and QR code from an hour before the start; a repeat says when the first was; undo is logged', async () => {
      const start = new Date('2031-07-01T08:00:00Z');
      const before = new Date(start.getTime() - 3 * HOUR);
      jest.spyOn(clock, 'now').mockReturnValue(before);
      const id = await published({ capacity: 2, format: 'HYBRID', address: 'Rathaus Kleve, Minoritenplatz 1' }, before, 3);
      const [a, b, c] = ['a', 'b', 'c'].map((p) => `${p}.${tag()}@example.org`);
      for (const p of [a, b, c]) await confirmAnonymously(id, p);
      const [ra, rb, rc] = await Promise.all([a, b, c].map((p) => rowOf(p, id)));

      // The confirmation mail carries the short code and the QR code (an image of the random token only).
      const mail = await waitForMail(t.db, a, { subject: /^Ihr Platz ist bestätigt/ });
      expect(mail.text).toContain(ra.check_in_code);
      const qrUrl = /src="(https?:\/\/[^"]+\.png)"/.exec(mail.html)?.[1] ?? '';
      expect(qrUrl).toContain(`/api/short-formats/check-in/${ra.check_in_token}.png`);
      const qr = await t.http().get(new URL(qrUrl).pathname);
      expect(qr.status).toBe(200);
      expect(qr.headers['content-type']).toBe('image/png');
      expect(mail.html).not.toContain(a);

      // Two hours before the start: too early.
      jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() - 2 * HOUR));
      expect((await admin.error(CHECK_IN, { input: { shortFormatId: id, code: ra.check_in_code } })).code).toBe('CHECK_IN_NOT_OPEN');

      const first = new Date(start.getTime() - 30 * 60_000);
      jest.spyOn(clock, 'now').mockReturnValue(first);
      const typed = `${ra.check_in_code.slice(0, 3).toLowerCase()} ${ra.check_in_code.slice(3)}`;
      const byCode = (await admin.ok<{ checkInShortFormatRegistration: CheckIn }>(CHECK_IN, { input: { shortFormatId: id, code: typed } })).checkInShortFormatRegistration;
      expect(byCode).toMatchObject({ alreadyCheckedInAt: null, registration: { email: a, checkedInAt: first.toISOString(), checkedInVia: 'CODE' } });
      jest.spyOn(clock, 'now').mockReturnValue(new Date(first.getTime() + 5 * 60_000));
      const again = (await admin.ok<{ checkInShortFormatRegistration: CheckIn }>(CHECK_IN, { input: { shortFormatId: id, registrationId: ra.id } })).checkInShortFormatRegistration;
      expect(again.alreadyCheckedInAt).toBe(first.toISOString());
      expect(again.registration.checkedInVia).toBe('CODE');

      const byQr = (await admin.ok<{ checkInShortFormatRegistration: CheckIn }>(CHECK_IN, { input: { shortFormatId: id, qrToken: rb.check_in_token } })).checkInShortFormatRegistration;
      expect(byQr.registration).toMatchObject({ email: b, checkedInVia: 'QR' });
      // C is on the waiting list; an unknown code is refused; so is a code of another event.
      expect((await admin.error(CHECK_IN, { input: { shortFormatId: id, registrationId: rc.id } })).code).toBe('CHECK_IN_NOT_CONFIRMED');
      expect((await admin.error(CHECK_IN, { input: { shortFormatId: id, code: 'ZZZZZZ' } })).code).toBe('CHECK_IN_NOT_FOUND');
      const other = await published({}, before, 3);
      expect((await admin.error(CHECK_IN, { input: { shortFormatId: other, code: ra.check_in_code } })).code).toBe('CHECK_IN_NOT_FOUND');

      const undone = (await admin.ok<{ undoShortFormatCheckIn: { checkedInAt: string | null } }>(UNDO, { input: { registrationId: rb.id, reason: 'Falsche Person angeklickt' } }))
        .undoShortFormatCheckIn;
      expect(undone.checkedInAt).toBeNull();
      const trail = (await t.db.query(`SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY id`, [rb.id])) as {
        action: string;
        before: Record<string, unknown> | null;
        after: Record<string, unknown>;
      }[];
      expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['short-format-registration.checked-in', 'short-format-registration.check-in-undone']));
      const undo = trail.find((e) => e.action === 'short-format-registration.check-in-undone')!;
      expect(undo.before).toMatchObject({ via: 'qr' });
      expect(undo.after).toMatchObject({ reason: 'Falsche Person angeklickt' });
      const detail = (await admin.ok<{ shortFormat: { counts: { checkedIn: number } } }>(`query($id: ID!) { shortFormat(id: $id) { counts { checkedIn } } }`, { id })).shortFormat;
      expect(detail.counts.checkedIn).toBe(1);
    });

    it('online: a confirmed registrant checks in through the personal link from 15 minutes before the start until the end', async () => {
      const start = new Date('2031-08-01T08:00:00Z');
      const early = new Date(start.getTime() - 20 * 60_000);
      jest.spyOn(clock, 'now').mockReturnValue(early);
      const id = await published({ capacity: 1 }, early, 20 / 60);
      const [a, b] = ['a', 'b'].map((p) => `${p}.${tag()}@example.org`);
      for (const p of [a, b]) await confirmAnonymously(id, p);
      const [ta, tb] = await Promise.all([a, b].map((p) => tokenOf(p, id)));
      const link = async (token: string) =>
        (await anonymous.ok<{ shortFormatRegistration: { selfCheckInOpen: boolean; checkedInAt: string | null; checkInQrUrl: string | null } }>(LINK, { input: { token } }))
          .shortFormatRegistration;

      expect(await link(ta)).toMatchObject({ selfCheckInOpen: false, checkedInAt: null, checkInQrUrl: null });
      expect((await anonymous.error(SELF, { input: { token: ta } })).code).toBe('CHECK_IN_NOT_OPEN');

      const at = new Date(start.getTime() - 10 * 60_000);
      jest.spyOn(clock, 'now').mockReturnValue(at);
      expect((await link(ta)).selfCheckInOpen).toBe(true);
      expect((await anonymous.ok<{ selfCheckInShortFormat: { checkedInAt: string; selfCheckInOpen: boolean } }>(SELF, { input: { token: ta } })).selfCheckInShortFormat).toMatchObject({
        checkedInAt: at.toISOString(),
        selfCheckInOpen: false,
      });
      // Repeating it is harmless; B is on the waiting list.
      expect((await anonymous.ok<{ selfCheckInShortFormat: { checkedInAt: string } }>(SELF, { input: { token: ta } })).selfCheckInShortFormat.checkedInAt).toBe(at.toISOString());
      expect((await anonymous.error(SELF, { input: { token: tb } })).code).toBe('CHECK_IN_NOT_CONFIRMED');
      const list = (await admin.ok<{ shortFormatRegistrations: { email: string; checkedInVia: string | null }[] }>(
        `query($id: ID!) { shortFormatRegistrations(shortFormatId: $id) { email checkedInVia } }`,
        { id },
      )).shortFormatRegistrations;
      expect(list.find((r) => r.email === a)?.checkedInVia).toBe('SELF');

      // After the end the link no longer checks in (organisers can still correct).
      jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() + 3 * HOUR));
      const undo = `mutation($input: UndoCheckInInput!) { undoShortFormatCheckIn(input: $input) { id } }`;
      const [{ id: aId }] = (await t.db.query(`SELECT id FROM short_format_registrations WHERE email = $1`, [a])) as { id: string }[];
      await admin.ok(undo, { input: { registrationId: aId } });
      expect((await anonymous.error(SELF, { input: { token: ta } })).code).toBe('CHECK_IN_NOT_OPEN');
      expect((await admin.ok<{ checkInShortFormatRegistration: CheckIn }>(CHECK_IN, { input: { shortFormatId: id, registrationId: aId } })).checkInShortFormatRegistration.registration.checkedInVia).toBe('LIST');
    });
  });
  describe('reporting', () => {
    it('counts per event, Regierungsbezirk and municipality, and exports the participant list and the statistics as German Excel CSV', async () => {
      const start = new Date('2031-09-01T08:00:00Z');
      const before = new Date(start.getTime() - 3 * HOUR);
      jest.spyOn(clock, 'now').mockReturnValue(before);
      const kleve = await createMunicipality(t.db);
      const muenster = await createMunicipality(t.db, { key: '05515000', name: 'Münster', kind: 'kreisfreie_stadt', kreisKey: null, regierungsbezirk: 'Münster' });
      const title = `Statistik ${tag()}`;
      const id = await published({ title, capacity: 2, format: 'HYBRID', address: 'Stadthaus, Klemensstraße 10, Münster' }, before, 3);
      const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((p) => `${p}.${tag()}@example.org`);
      await register(id, a, { municipalityId: kleve.id, organisation: null, name: 'Anna Kleve' });
      await register(id, b, { municipalityId: muenster.id, organisation: null, name: 'Bernd Münster' });
      for (const p of [a, b]) await anonymous.ok(CONFIRM, { input: { token: await tokenOf(p, id) } });
      await confirmAnonymously(id, c);
      await register(id, d);
      const [{ id: aId }] = (await t.db.query(`SELECT id FROM short_format_registrations WHERE email = $1`, [a])) as { id: string }[];
      jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() - 30 * 60_000));
      await admin.ok(`mutation($input: CheckInInput!) { checkInShortFormatRegistration(input: $input) { alreadyCheckedInAt } }`, { input: { shortFormatId: id, registrationId: aId } });

      // After the end: B confirmed but absent is a no-show; D never confirmed its address but still may.
      jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() + 3 * HOUR));
      const counts = (
        await admin.ok<{ shortFormat: { counts: Record<string, number> } }>(
          `query($id: ID!) { shortFormat(id: $id) { counts { registered confirmed waiting pending checkedIn noShows } } }`,
          { id },
        )
      ).shortFormat.counts;
      expect(counts).toEqual({ registered: 4, confirmed: 2, waiting: 1, pending: 1, checkedIn: 1, noShows: 1 });

      const list = (await admin.ok<{ shortFormatParticipantsCsv: { filename: string; content: string } }>(`query($id: ID!) { shortFormatParticipantsCsv(shortFormatId: $id) { filename content } }`, { id }))
        .shortFormatParticipantsCsv;
      expect(list.filename).toBe('teilnehmende-2031-09-01.csv');
      expect(list.content.startsWith('\uFEFFName;E-Mail;Organisation;Regierungsbezirk;Status;Wartelistenplatz;Bestätigt am;Anwesend;Eingecheckt am\r\n')).toBe(true);
      const lines = list.content.slice(1).trimEnd().split('\r\n');
      expect(lines).toHaveLength(5);
      expect(lines[1]).toBe(`Anna Kleve;${a};Kleve;Düsseldorf;Bestätigt;;2031-09-01 07:00;ja;2031-09-01 09:30`);
      expect(lines[2]).toMatch(new RegExp(`^Bernd Münster;${b.replace('.', '\\.')};Münster;Münster;Bestätigt;;.*;nein;$`));
      expect(lines[3]).toMatch(/;Verein Miteinander e\. V\.;;Warteliste;1;/);
      expect(lines[4]).toMatch(/;Unbestätigt;;;nein;$/);

      const stats = (await admin.ok<{ shortFormatStatisticsCsv: { content: string } }>(`query($search: String) { shortFormatStatisticsCsv(search: $search) { content } }`, { search: title }))
        .shortFormatStatisticsCsv.content;
      const rows = stats.slice(1).trimEnd().split('\r\n');
      expect(rows[0]).toBe('Veranstaltung;Thema;Format;Beginn;Status;Plätze;Ebene;Gruppe;Angemeldet;Bestätigt;Warteliste;Anwesend;Nicht erschienen');
      const tail = rows.slice(1).map((r) => r.split(';').slice(6).join(';'));
      expect(tail).toEqual([
        'Gesamt;;4;2;1;1;1',
        'Regierungsbezirk;Andere Organisation;2;0;1;0;0',
        'Regierungsbezirk;Düsseldorf;1;1;0;1;0',
        'Regierungsbezirk;Münster;1;1;0;0;1',
        'Kommune;Andere Organisation;2;0;1;0;0',
        'Kommune;Kleve;1;1;0;1;0',
        'Kommune;Münster;1;1;0;0;1',
      ]);
      expect(rows[1].split(';').slice(0, 6)).toEqual([title, expect.any(String), 'Hybrid', '2031-09-01 10:00', 'Veröffentlicht', '2']);
    });
  });
});
