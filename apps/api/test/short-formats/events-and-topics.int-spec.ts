import { auditTrail, GraphQLClient, TestApp } from '@koko/api/testing';
import { CANCEL, CREATE, HELD, HOUR, PUBLISH, ShortFormatsHarness, tag, TOPICS } from './support';

const UPDATE = `mutation($input: UpdateShortFormatInput!) { updateShortFormat(input: $input) { id title capacity } }`;
const CREATE_TOPIC = `mutation($input: TopicInput!) { createShortFormatTopic(input: $input) { id title position } }`;
const UPDATE_TOPIC = `mutation($input: UpdateTopicInput!) { updateShortFormatTopic(input: $input) { id archived } }`;
const DETAIL = `query($id: ID!) { shortFormat(id: $id) { id title state availability registrationWindow joinUrl capacity address icalUrl topic { title } counts { confirmed waiting } } }`;
const CALENDAR = `query($topicId: ID, $format: ShortFormatFormat, $month: String) {
  shortFormatCalendar(topicId: $topicId, format: $format, month: $month, limit: 100) { total items { id title availability } } }`;

describe('short formats: events and topics', () => {
  let h: ShortFormatsHarness;
  let t: TestApp, admin: GraphQLClient, anonymous: GraphQLClient, topicId: string;
  beforeAll(async () => {
    h = await ShortFormatsHarness.start();
    ({ t, admin, anonymous, topicId } = h);
  });
  afterAll(() => h.close());
  afterEach(() => jest.restoreAllMocks());

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
    expect((await admin.error(CREATE, { input: h.input({ topicId: created.id }) })).code).toBe('TOPIC_NOT_FOUND');
  });

  it('refuses bad input with a translated message and stores nothing', async () => {
    const before = await h.snapshot();
    const start = new Date(Date.now() + 48 * HOUR);
    const wrongEnd = await admin.error(CREATE, { input: h.input({ endsAt: new Date(start.getTime() - HOUR).toISOString(), startsAt: start.toISOString() }) });
    expect(wrongEnd).toMatchObject({ code: 'END_BEFORE_START', message: 'Das Ende muss nach dem Beginn liegen.' });
    expect((await admin.error(CREATE, { input: h.input({ joinUrl: null }) })).code).toBe('JOIN_LINK_REQUIRED');
    expect((await admin.error(CREATE, { input: h.input({ format: 'HYBRID', address: null }) })).code).toBe('ADDRESS_REQUIRED');
    expect((await admin.error(CREATE, { input: h.input({ registrationClosesAt: new Date(Date.now() + 400 * 24 * HOUR).toISOString() }) })).code).toBe(
      'REGISTRATION_PERIOD_INVALID',
    );
    expect(await h.snapshot()).toBe(before);
  });

  it('goes draft → published → held, or published → cancelled; drafts are not public', async () => {
    const id = (await admin.ok<{ createShortFormat: { id: string; state: string } }>(CREATE, { input: h.input() })).createShortFormat.id;
    expect((await anonymous.error(DETAIL, { id })).code).toBe('SHORT_FORMAT_NOT_FOUND');
    expect((await admin.error(HELD, { id })).code).toBe('STATE_CHANGE_NOT_ALLOWED');
    expect((await admin.ok<{ publishShortFormat: { state: string } }>(PUBLISH, { id })).publishShortFormat.state).toBe('PUBLISHED');
    expect((await admin.error(PUBLISH, { id })).code).toBe('STATE_CHANGE_NOT_ALLOWED');
    // Not yet started: cannot be marked held.
    expect((await admin.error(HELD, { id })).code).toBe('STATE_CHANGE_NOT_ALLOWED');
    const cancelled = await admin.ok<{ cancelShortFormat: { state: string; cancellationNote: string } }>(CANCEL, { input: { id, note: 'Die Referentin ist erkrankt.' } });
    expect(cancelled.cancelShortFormat).toEqual({ id, state: 'CANCELLED', cancellationNote: 'Die Referentin ist erkrankt.' });
    expect((await admin.error(UPDATE, { input: { ...h.input(), id } })).code).toBe('STATE_CHANGE_NOT_ALLOWED');

    const past = await h.published({}, new Date(Date.now() - 30 * 24 * HOUR));
    expect((await admin.ok<{ markShortFormatHeld: { state: string } }>(HELD, { id: past })).markShortFormatHeld.state).toBe('HELD');
    expect((await auditTrail(t.db, { entityId: past })).at(-1)?.action).toBe('short-format.held');
  });

  it('shows the public calendar with filters, availability instead of counts and never the join link', async () => {
    const month = new Date(Date.now() + 60 * 24 * HOUR);
    const monthKey = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(month).slice(0, 7);
    const online = await h.published({ capacity: 3 }, new Date(), 60 * 24);
    const inPerson = await h.published({ format: 'IN_PERSON', joinUrl: null, address: 'Rathaus Kleve, Raum 1' }, new Date(), 60 * 24);
    const other = (await anonymous.ok<{ shortFormatTopics: { id: string }[] }>(TOPICS)).shortFormatTopics[0].id;
    const otherTopic = await h.published({ topicId: other }, new Date(), 60 * 24);

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
    for (const n of [1, 2]) await h.confirmAnonymously(online, `voll${n}.${tag()}@example.org`);
    expect((await anonymous.ok<{ shortFormat: { availability: string } }>(DETAIL, { id: online })).shortFormat.availability).toBe('FEW_PLACES');
    await h.confirmAnonymously(online, `voll3.${tag()}@example.org`);
    expect((await anonymous.ok<{ shortFormat: { availability: string } }>(DETAIL, { id: online })).shortFormat.availability).toBe('WAITING_LIST');
  });

  it('serves an iCal file per event and a feed, without the join link; drafts are not served', async () => {
    const id = await h.published({ title: `Feed-Test ${tag()}` });
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
    const draft = (await admin.ok<{ createShortFormat: { id: string } }>(CREATE, { input: h.input() })).createShortFormat.id;
    expect((await t.http().get(`/api/short-formats/${draft}.ics`)).status).toBe(404);
    // A malformed id is refused before any query (as on every route with an id); an unknown one is not found.
    expect((await t.http().get(`/api/short-formats/nicht-da.ics`)).status).toBe(400);
    expect((await t.http().get(`/api/short-formats/00000000-0000-4000-8000-000000000000.ics`)).status).toBe(404);
  });
});
