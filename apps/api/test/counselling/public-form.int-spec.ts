import { sqlOne, sqlRows } from '@koko/api/core/database';
import { auditTrail, createMunicipality, createUser, TestApp, waitForMail } from '@koko/api/testing';
import { startApp } from '../support/app';

const SEND = `mutation($input: RequestCounsellingWithoutAccountInput!) { requestCounsellingWithoutAccount(input: $input) }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`;
const MINE = `{ myCounsellingRequests { id status urgency municipalityName description } }`;
const tag = () => Math.random().toString(36).slice(2, 8);

/** The public contact form: a request without an account creates the account with an invitation, as applications do. */
describe('counselling: the public contact form', () => {
  let t: TestApp;
  let municipalityId: string;
  let topicId: string;
  beforeAll(async () => {
    t = await startApp({ COUNSELLING_PUBLIC_REQUESTS_PER_HOUR: '3', TEAM_EMAIL: 'team@koko.test' });
    municipalityId = (await createMunicipality(t.db, { key: '05154036', name: 'Kleve' })).id;
    topicId = (await sqlOne<{ id: string }>(t.db, `SELECT id FROM short_format_topics WHERE NOT archived ORDER BY position LIMIT 1`)).id;
  });
  afterAll(() => t.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    municipalityId,
    topicId,
    description: 'Vor der Unterkunft an der Bahnhofstraße gibt es seit Tagen laute Auseinandersetzungen.',
    urgency: 'ACUTE',
    format: 'PHONE',
    availability: 'Werktags ab 8 Uhr',
    email: `sachgebiet.${tag()}@kleve.example`,
    displayName: 'Petra Sachgebiet',
    locale: 'DE',
    consent: true,
    ...overrides,
  });
  const requestCount = async () => (await sqlOne<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM counselling_requests`)).n;
  /** Each test speaks from its own client address (X-Forwarded-For from loopback is trusted by default, TRUST_PROXY). */
  const from = (address: string) => t.client().header('x-forwarded-for', address);

  it('files the request with a new account: the acknowledgement carries the set-password link, the team is told, and after setting a password the requester sees the request', async () => {
    const sent = input();
    expect(await from('203.0.113.10').ok(SEND, { input: sent })).toEqual({ requestCounsellingWithoutAccount: true });
    const ack = await waitForMail(t.db, sent.email, { subject: /^Akute Krise: Ihre Beratungsanfrage ist eingegangen$/ });
    expect(ack.text).toContain('Mit Ihrer Anfrage haben wir ein Konto bei KoKo Campus für Sie angelegt.');
    const token = /[?&]token=([\w-]+)/.exec(ack.text)?.[1];
    expect(token).toBeDefined();
    await waitForMail(t.db, 'team@koko.test', { subject: /^AKUTE KRISE – Neue Beratungsanfrage: Kleve$/ });
    const invitee = t.client();
    await invitee.ok(ACCEPT, { input: { token, displayName: 'Petra Sachgebiet', certificateName: '', password: 'Konflikte-klug-loesen-7' } });
    const mine = (await invitee.ok<{ myCounsellingRequests: Array<Record<string, unknown>> }>(MINE)).myCounsellingRequests;
    expect(mine).toEqual([expect.objectContaining({ status: 'NEW', urgency: 'ACUTE', municipalityName: 'Kleve', description: sent.description })]);
    const [row] = await sqlRows<{ id: string }>(t.db, `SELECT id FROM counselling_requests WHERE description = $1`, [sent.description]);
    expect((await auditTrail(t.db, { entityId: row.id })).map((e) => e.action)).toEqual(['counselling-request.created']);
  });

  it('an address with an account stores nothing and its owner is asked to sign in; the answer is the same', async () => {
    const owner = await createUser(t.db);
    const before = await requestCount();
    expect(await from('203.0.113.20').ok(SEND, { input: input({ email: owner.email.toUpperCase(), description: `Bestehendes Konto ${tag()} fragt ohne Anmeldung an.` }) })).toEqual({
      requestCounsellingWithoutAccount: true,
    });
    const mail = await waitForMail(t.db, owner.email, { subject: /^Beratungsanfrage: Bitte melden Sie sich an$/ });
    expect(mail.text).toContain('http://campus.test/beratung/neu');
    expect(await requestCount()).toBe(before);
  });

  it('a filled honeypot stores nothing and says the same; without consent, or beyond the hourly limit per address, a translated refusal changes nothing', async () => {
    const before = await requestCount();
    const users = (await sqlOne<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM users`)).n;
    expect(await from('203.0.113.30').ok(SEND, { input: input({ website: 'https://spam.example' }) })).toEqual({ requestCounsellingWithoutAccount: true });
    expect(await from('203.0.113.30').error(SEND, { input: input({ consent: false }) })).toMatchObject({
      code: 'CONSENT_REQUIRED',
      message: 'Bitte stimmen Sie zu, dass wir Ihre Angaben zur Bearbeitung der Anfrage speichern und dafür ein Konto für Sie anlegen.',
    });
    expect(await from('203.0.113.30').error(SEND, { input: input({ topicId: municipalityId }) })).toMatchObject({ code: 'TOPIC_NOT_FOUND' });
    expect(await t.client('en').header('x-forwarded-for', '203.0.113.30').error(SEND, { input: input({ email: 'keine-adresse' }) })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await requestCount()).toBe(before);
    expect((await sqlOne<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM users`)).n).toBe(users);

    for (let i = 0; i < 3; i++) await from('203.0.113.40').ok(SEND, { input: input({ urgency: 'NORMAL' }) });
    const refused = await t.client('en').header('x-forwarded-for', '203.0.113.40').error(SEND, { input: input({ urgency: 'NORMAL' }) });
    expect(refused).toMatchObject({ code: 'TOO_MANY_COUNSELLING_REQUESTS', message: 'Several requests came from your connection in the last hour. Please try again later or write us an e-mail.' });
    expect(await requestCount()).toBe(before + 3);
    // Another address is not affected.
    await from('203.0.113.41').ok(SEND, { input: input({ urgency: 'NORMAL' }) });
    expect(await requestCount()).toBe(before + 4);
  });
});
