import { PersonalDataRegistry, sqlRows } from '@koko/api/core/database';
import { auditTrail, createUser, signInAs, TestApp } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { startApp } from '../support/app';
import { ASSIGN, counsellingSetup, SET_STATUS } from './support';

const THREAD = `query($id: ID!) { counsellingThread(requestId: $id) { id body confidential fromRequester author { displayName } } }`;
const POST = `mutation($input: PostCounsellingMessageInput!) { postCounsellingMessage(input: $input) { id confidential fromRequester } }`;

interface Mail {
  recipient: string;
  template: string;
  locale: string;
  context: Record<string, unknown>;
}

describe('counselling: thread, confidential notes and mails', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const mailsTo = (email: string) => sqlRows<Mail>(t.db, `SELECT recipient, template, locale, context FROM mail_outbox WHERE recipient = $1 AND template LIKE 'counselling-%' ORDER BY created_at, id`, [email]);
  const thread = async (client: { ok: <T>(q: string, v?: Record<string, unknown>) => Promise<T> }, id: string) =>
    (await client.ok<{ counsellingThread: Array<{ body: string; confidential: boolean; fromRequester: boolean }> }>(THREAD, { id })).counsellingThread;

  it('an acute request is acknowledged by mail at once (in the requester’s language) and the team is told', async () => {
    const s = await counsellingSetup(t);
    const english = await createUser(t.db, { locale: Locale.EN });
    const client = await signInAs(t, english, 'en');
    const request = await s.file({ urgency: 'ACUTE' }, client);
    const [ack] = await mailsTo(english.email);
    expect(ack).toMatchObject({ template: 'counselling-received', locale: 'en', context: { acute: true, municipalityName: 'Kleve' } });
    expect(String(ack.context['requestUrl'])).toMatch(new RegExp(`/beratung/anfragen/${request.id}$`));
    const team = (await sqlRows<Mail>(t.db, `SELECT recipient, template, locale, context FROM mail_outbox WHERE template = 'counselling-team' AND context->>'requestUrl' LIKE $1`, [`%${request.id}`]))[0];
    expect(team.context['acute']).toBe(true);
    // A normal request: acknowledged too, without the crisis wording.
    await s.file({ urgency: 'NORMAL' });
    const normal = (await mailsTo(s.requesterUser.email)).at(-1);
    expect(normal).toMatchObject({ template: 'counselling-received', locale: 'de', context: { acute: false } });
  });

  it('requester and advisors talk in the thread; confidential notes never reach the requester, neither in the thread nor by mail', async () => {
    const s = await counsellingSetup(t);
    const request = await s.file();
    await s.admin.ok(ASSIGN, { input: { requestId: request.id, advisorIds: [s.advisors.a.id, s.advisors.b.id] } });
    const assigned = await mailsTo(s.advisors.a.email);
    expect(assigned.map((m) => [m.template, m.locale])).toEqual([['counselling-assigned', 'en']]);
    const advisorA = await signInAs(t, s.advisors.a, 'en');
    const advisorB = await signInAs(t, s.advisors.b);

    await advisorA.ok(SET_STATUS, { input: { requestId: request.id, status: 'ACCEPTED' } });
    expect((await mailsTo(s.requesterUser.email)).map((m) => [m.template, m.context['statusLabel']])).toEqual([
      ['counselling-received', undefined],
      ['counselling-status', 'angenommen'],
    ]);

    const answer = (await advisorA.ok<{ postCounsellingMessage: { fromRequester: boolean } }>(POST, { input: { requestId: request.id, body: 'Guten Tag, passt Ihnen Dienstag um 10 Uhr?' } }))
      .postCounsellingMessage;
    expect(answer.fromRequester).toBe(false);
    await advisorB.ok(POST, { input: { requestId: request.id, body: 'Vorsicht: Die Leitung der Unterkunft ist selbst Konfliktpartei.', confidential: true } });
    await s.requester.ok(POST, { input: { requestId: request.id, body: 'Dienstag passt gut, vielen Dank!' } });

    const forRequester = await thread(s.requester, request.id);
    expect(forRequester.map((m) => m.body)).toEqual(['Guten Tag, passt Ihnen Dienstag um 10 Uhr?', 'Dienstag passt gut, vielen Dank!']);
    expect(forRequester.some((m) => m.confidential)).toBe(false);
    const forAdvisor = await thread(advisorA, request.id);
    expect(forAdvisor.map((m) => [m.confidential, m.fromRequester])).toEqual([
      [false, false],
      [true, false],
      [false, true],
    ]);
    expect((await thread(s.admin, request.id)).filter((m) => m.confidential)).toHaveLength(1);

    // Mails: the requester hears of the advisor's message only; the note goes to advisor A alone.
    const requesterMails = (await mailsTo(s.requesterUser.email)).filter((m) => m.template === 'counselling-message');
    expect(requesterMails.map((m) => m.context['confidential'])).toEqual([false]);
    const aMails = (await mailsTo(s.advisors.a.email)).filter((m) => m.template === 'counselling-message');
    expect(aMails.map((m) => [m.locale, m.context['confidential']])).toEqual([
      ['en', true],
      ['en', false],
    ]);
    const everyMail = await sqlRows<{ context: string }>(t.db, `SELECT context::text AS context FROM mail_outbox WHERE template LIKE 'counselling-%'`);
    expect(everyMail.filter((m) => m.context.includes('Konfliktpartei'))).toEqual([]);

    const trail = await auditTrail(t.db, { entityId: request.id });
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['counselling-request.message-posted', 'counselling-request.note-added']));

    // "Meine Daten": the requester's export holds the request and the thread they can read, never the
    // note; advisor B's holds the note they wrote and the assignment.
    const source = t.app.get(PersonalDataRegistry).sources.find((p) => p.section === 'counselling');
    if (!source) throw new Error('counselling registers no personal data');
    const requesterData = (await source.collect({ userId: s.requesterUser.id, email: s.requesterUser.email }, t.db.manager)).data;
    expect(JSON.stringify(requesterData)).not.toContain('Konfliktpartei');
    expect(requesterData['requests']).toEqual([expect.objectContaining({ id: request.id, status: 'accepted' })]);
    expect((requesterData['messages'] as Array<{ body: string }>).map((m) => m.body)).toEqual(['Guten Tag, passt Ihnen Dienstag um 10 Uhr?', 'Dienstag passt gut, vielen Dank!']);
    const advisorData = (await source.collect({ userId: s.advisors.b.id, email: s.advisors.b.email }, t.db.manager)).data;
    expect(advisorData['requests']).toEqual([]);
    expect(advisorData['messages']).toEqual([expect.objectContaining({ writtenByYou: true, confidential: true })]);
    expect(advisorData['assignedAsAdvisor']).toEqual([expect.objectContaining({ requestId: request.id })]);
  });

  it('a requester cannot write a confidential note; strangers and unassigned advisors see no thread; a finished request takes no message', async () => {
    const s = await counsellingSetup(t);
    const request = await s.file();
    const before = await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM counselling_messages`);
    const note = await s.requester.error(POST, { input: { requestId: request.id, body: 'Nur für mich', confidential: true } });
    expect(note).toMatchObject({ code: 'NOTES_FOR_ADVISORS_ONLY', message: 'Vertrauliche Notizen schreiben nur Berater:innen und das Programmteam.' });
    const stranger = await signInAs(t, await createUser(t.db));
    expect((await stranger.error(THREAD, { id: request.id })).code).toBe('COUNSELLING_REQUEST_NOT_FOUND');
    expect((await stranger.error(POST, { input: { requestId: request.id, body: 'Hallo' } })).code).toBe('COUNSELLING_REQUEST_NOT_FOUND');
    const unassigned = await signInAs(t, await createUser(t.db, { roles: [Role.ADVISOR] }));
    expect((await unassigned.error(THREAD, { id: request.id })).code).toBe('COUNSELLING_REQUEST_NOT_FOUND');
    const blank = await s.requester.error(POST, { input: { requestId: request.id, body: '   ' } });
    expect(blank.code).toBe('MESSAGE_EMPTY');
    await s.admin.ok(SET_STATUS, { input: { requestId: request.id, status: 'DECLINED', reason: 'Kein Bezug zu einer Kommune.' } });
    expect((await s.requester.error(POST, { input: { requestId: request.id, body: 'Warum?' } })).code).toBe('REQUEST_FINISHED');
    expect(await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM counselling_messages`)).toEqual(before);
  });
});
