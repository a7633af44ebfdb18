import { CounsellingAcuteEscalation } from '@koko/api/counselling';
import { sqlRows, sqlRun } from '@koko/api/core/database';
import { createUser, signInAs, TestApp, waitForMail } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { startApp } from '../support/app';
import { ASSIGN, counsellingSetup, SET_STATUS } from './support';

interface Outbox {
  recipient: string;
  template: string;
  locale: string;
  context: Record<string, unknown>;
}

/**
 * Acute requests: acknowledged at once; if still untaken after COUNSELLING_ACUTE_ESCALATION_HOURS
 * (4 by default) working hours — 08:00–17:00 Berlin, Monday to Friday, NRW public holidays off —
 * the whole team is reminded once. The clock is the `now` each run is given; filing times are set.
 */
describe('counselling: acknowledgement and escalation of acute requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const outbox = (template: string, requestId: string) =>
    sqlRows<Outbox>(t.db, `SELECT recipient, template, locale, context FROM mail_outbox WHERE template = $1 AND context->>'requestUrl' LIKE $2 ORDER BY recipient`, [template, `%${requestId}`]);
  const filedAt = (id: string, at: string) => sqlRun(t.db, `UPDATE counselling_requests SET created_at = $2 WHERE id = $1`, [id, at]);

  it('acknowledges at once, and reminds the whole team after 4 working hours: across Fronleichnam, a weekend with the clock change, and Allerheiligen; not when accepted in time', async () => {
    const s = await counsellingSetup(t);
    const englishAdmin = await createUser(t.db, { roles: [Role.ADMIN], locale: Locale.EN });
    const inactiveAdvisor = await createUser(t.db, { roles: [Role.ADVISOR], active: false });
    const escalation = t.app.get(CounsellingAcuteEscalation);

    // Filed: the acknowledgement and the team's notice are queued in the same transaction, before any job runs.
    const holiday = await s.file({ urgency: 'ACUTE' });
    expect((await outbox('counselling-received', holiday.id)).map((m) => [m.recipient, m.context['acute']])).toEqual([[s.requesterUser.email, true]]);
    expect((await outbox('counselling-team', holiday.id)).map((m) => m.context['acute'])).toEqual([true]);
    const weekend = await s.file({ urgency: 'ACUTE' });
    const allSaints = await s.file({ urgency: 'ACUTE' });
    const taken = await s.file({ urgency: 'ACUTE' });
    const soon = await s.file({ urgency: 'SOON' });
    // Wednesday 19 June 2030, 15:00 CEST: 2 h that day, Thursday is Fronleichnam → due Friday 21 June 10:00 CEST.
    await filedAt(holiday.id, '2030-06-19T13:00:00Z');
    await filedAt(taken.id, '2030-06-19T13:00:00Z');
    await filedAt(soon.id, '2030-06-19T13:00:00Z');
    // Friday 25 October 2030, 16:00 CEST: 1 h, weekend (clocks go back) → due Monday 28 October 11:00 CET.
    await filedAt(weekend.id, '2030-10-25T14:00:00Z');
    // Thursday 31 October 2030, 16:00 CET: 1 h, Allerheiligen and the weekend → due Monday 4 November 11:00 CET.
    await filedAt(allSaints.id, '2030-10-31T15:00:00Z');
    expect(escalation.deadline(new Date('2030-06-19T13:00:00Z')).toISOString()).toBe('2030-06-21T08:00:00.000Z');

    const mine = [holiday.id, weekend.id, allSaints.id, taken.id, soon.id];
    const run = async (now: string) => (await escalation.escalateOverdue(new Date(now))).filter((id) => mine.includes(id));

    // On the holiday itself and just before the deadline: nothing. One request is accepted in time.
    expect(await run('2030-06-20T14:00:00Z')).toEqual([]);
    await s.admin.ok(ASSIGN, { input: { requestId: taken.id, advisorIds: [s.advisors.a.id] } });
    await (await signInAs(t, s.advisors.a)).ok(SET_STATUS, { input: { requestId: taken.id, status: 'ACCEPTED' } });
    expect(await run('2030-06-21T07:59:00Z')).toEqual([]);
    // At the deadline: the untaken acute one, once, even when two runs overlap.
    const [first, second] = await Promise.all([run('2030-06-21T08:00:00Z'), run('2030-06-21T08:00:00Z')]);
    expect([...first, ...second]).toEqual([holiday.id]);
    expect(await run('2030-06-24T08:00:00Z')).toEqual([]);

    // The whole team: every active admin and advisor in their language, and the team address; not the requester.
    const reminded = await outbox('counselling-escalation', holiday.id);
    const byRecipient = new Map(reminded.map((m) => [m.recipient, m]));
    expect(byRecipient.get(englishAdmin.email)?.locale).toBe('en');
    expect(byRecipient.get(s.advisors.b.email)?.locale).toBe('de');
    expect(byRecipient.has(s.advisors.other.email)).toBe(true);
    expect(byRecipient.get('koko-team@koko-campus.example')?.context['workingHours']).toBe(4);
    expect(byRecipient.has(s.requesterUser.email)).toBe(false);
    expect(byRecipient.has(inactiveAdvisor.email)).toBe(false);
    await waitForMail(t.db, englishAdmin.email, { subject: /^ACUTE CRISIS still without an advisor: Kleve$/ });
    const german = await waitForMail(t.db, s.advisors.b.email, { subject: /^AKUTE KRISE noch ohne Berater:in: Kleve$/ });
    expect(german.text).toContain('nach 4 Arbeitsstunden');
    expect(german.text).toContain('19. Juni 2030 um 15:00');

    // Across the weekend and the clock change: not on Saturday or Monday 10:59 CET, at 11:00 CET.
    expect(await run('2030-10-26T12:00:00Z')).toEqual([]);
    expect(await run('2030-10-28T09:59:00Z')).toEqual([]);
    expect(await run('2030-10-28T10:00:00Z')).toEqual([weekend.id]);
    // Across Allerheiligen (Friday 1 November) and the weekend.
    expect(await run('2030-11-01T15:00:00Z')).toEqual([]);
    expect(await run('2030-11-04T09:59:00Z')).toEqual([]);
    expect(await run('2030-11-04T10:00:00Z')).toEqual([allSaints.id]);

    const escalated = await sqlRows<{ id: string }>(t.db, `SELECT id FROM counselling_requests WHERE escalated_at IS NOT NULL AND id = ANY($1::uuid[]) ORDER BY created_at`, [mine]);
    expect(escalated.map((r) => r.id)).toEqual([holiday.id, weekend.id, allSaints.id]);
  });
});
