import { SurveyMails } from '@koko/api/evaluation';
import { sqlRows, sqlRun } from '@koko/api/core/database';
import { capturedMails, signInAs, TestApp, waitForMail } from '@koko/api/testing';
import { startApp } from '../support/app';
import { ANSWER, CREATE_SURVEY, DAY, evaluationSetup, openSurvey } from './support';

const BY_LINK = `query($token: String!) { surveyByLink(token: $token) { id title asksForCode questionnaire { sections { items { code } } } } }`;
const ANSWER_BY_LINK = `mutation($token: String!, $input: AnswerSurveyInput!) { answerSurveyByLink(token: $token, input: $input) }`;
const REMIND = `mutation($id: ID!) { sendSurveyReminder(surveyId: $id) { id reminderSentAt } }`;

/** The one-time token of the survey link in a mail's text (it follows the `#`). */
function surveyToken(text: string): string {
  const match = /\/befragungen\/link#([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`No survey link in mail:\n${text}`);
  return match[1];
}

describe('evaluation: invitation and reminder mails with one-time links', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const responses = async (surveyId: string) => (await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM evaluation_responses WHERE survey_id = $1`, [surveyId]))[0].n;
  const answerOf = (ids: Record<string, string>, surveyId: string, value = 4) => ({ surveyId, answers: [{ itemId: ids['prep'], value }] });

  it('an open survey is mailed at once, in each person’s language; the link answers once without signing in', async () => {
    const s = await evaluationSetup(t, [2, 1]);
    const [de, , en] = s.participants;
    await sqlRun(t.db, `UPDATE users SET locale = 'en' WHERE id = $1`, [en.user.id]);
    const survey = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId);
    const german = await waitForMail(t.db, de.user.email, { subject: /Ihre Meinung ist gefragt: Vorher-Befragung/ });
    expect(german.text).toContain('ohne Ihren Namen');
    expect(german.text).toContain('ab 5 Antworten');
    const english = await waitForMail(t.db, en.user.email, { subject: /We would like your opinion: Pre survey/ });
    expect(english.text).toContain('you do not need to sign in');
    // The token rides in the fragment: browsers never send it, so no access log can hold it.
    expect(english.text).toMatch(/http:\/\/campus\.test\/befragungen\/link#[A-Za-z0-9_-]{43}/);

    const visitor = t.client();
    const token = surveyToken(german.text);
    const opened = (await visitor.ok<{ surveyByLink: { id: string; asksForCode: boolean; questionnaire: { sections: Array<{ items: Array<{ code: string }> }> } } }>(BY_LINK, { token })).surveyByLink;
    expect(opened.id).toBe(survey.id);
    expect(opened.questionnaire.sections[0].items[0].code).toBe('prep');

    // A valid link does not answer another survey; a malformed or unknown one is refused alike.
    const other = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId);
    expect((await visitor.error(ANSWER_BY_LINK, { token, input: answerOf(s.ids, other.id) })).code).toBe('SURVEY_LINK_INVALID');
    expect((await visitor.error(ANSWER_BY_LINK, { token: 'kurz', input: answerOf(s.ids, survey.id) })).code).toBe('SURVEY_LINK_INVALID');
    expect((await visitor.error(BY_LINK, { token: 'A'.repeat(43) })).code).toBe('SURVEY_LINK_INVALID');
    expect((await visitor.error(ANSWER_BY_LINK, { token, input: { surveyId: survey.id, answers: [] } })).code).toBe('INVALID_ANSWER');
    expect(await responses(survey.id)).toBe(0);

    expect((await visitor.ok<{ answerSurveyByLink: boolean }>(ANSWER_BY_LINK, { token, input: answerOf(s.ids, survey.id) })).answerSurveyByLink).toBe(true);
    expect(await responses(survey.id)).toBe(1);
    expect(await sqlRows(t.db, `SELECT answered, token_hash, reminder_token_hash FROM evaluation_invitations WHERE survey_id = $1 AND user_id = $2`, [survey.id, de.user.id])).toEqual([
      { answered: true, token_hash: null, reminder_token_hash: null },
    ]);
    // The link is void; signed in, the same person finds the survey answered.
    expect((await visitor.error(ANSWER_BY_LINK, { token, input: answerOf(s.ids, survey.id) })).code).toBe('SURVEY_LINK_INVALID');
    expect((await visitor.error(BY_LINK, { token })).code).toBe('SURVEY_LINK_INVALID');
    expect((await (await signInAs(t, de.user)).error(ANSWER, { input: answerOf(s.ids, survey.id) })).code).toBe('ALREADY_ANSWERED');
    expect(await responses(survey.id)).toBe(1);
  });

  it('the one reminder goes only to those who have not answered; the invitation link stays valid; a second reminder is refused', async () => {
    const s = await evaluationSetup(t, [2, 1]);
    const [a, b, c] = s.participants;
    const survey = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId);
    const invitationB = surveyToken((await waitForMail(t.db, b.user.email, { subject: /Ihre Meinung/ })).text);
    const invitationC = surveyToken((await waitForMail(t.db, c.user.email, { subject: /Ihre Meinung/ })).text);
    await (await signInAs(t, a.user)).ok(ANSWER, { input: answerOf(s.ids, survey.id) });

    const reminded = (await s.evaluation.ok<{ sendSurveyReminder: { reminderSentAt: string | null } }>(REMIND, { id: survey.id })).sendSurveyReminder;
    expect(reminded.reminderSentAt).not.toBeNull();
    const reminderC = surveyToken((await waitForMail(t.db, c.user.email, { subject: /^Erinnerung: Vorher-Befragung/ })).text);
    await waitForMail(t.db, b.user.email, { subject: /^Erinnerung/ });
    expect((await capturedMails(t.db, [a.user.email])).map((m) => m.subject)).toEqual(['Ihre Meinung ist gefragt: Vorher-Befragung']);
    expect((await s.evaluation.error(REMIND, { id: survey.id })).code).toBe('REMINDER_ALREADY_SENT');

    // b answers with the invitation's link, c with the reminder's: each person's other link dies with it.
    const visitor = t.client();
    await visitor.ok(ANSWER_BY_LINK, { token: invitationB, input: answerOf(s.ids, survey.id, 2) });
    await visitor.ok(ANSWER_BY_LINK, { token: reminderC, input: answerOf(s.ids, survey.id, 5) });
    expect((await visitor.error(ANSWER_BY_LINK, { token: invitationC, input: answerOf(s.ids, survey.id) })).code).toBe('SURVEY_LINK_INVALID');
    expect(await responses(survey.id)).toBe(3);
    const audit = await sqlRows<{ action: string }>(t.db, `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [survey.id]);
    expect(audit.map((r) => r.action)).toEqual(['evaluation-survey.created', 'evaluation-survey.reminded']);
  });

  it('a later survey is mailed when it opens and reminded at its reminder time, each once; nothing after the close', async () => {
    const s = await evaluationSetup(t, [1, 1]);
    const mails = t.app.get(SurveyMails);
    const now = Date.now();
    const opensAt = new Date(now + DAY);
    const input = { versionId: s.version.id, cohortId: s.cohort.cohortId, title: 'Nachher', titleEn: 'Post', wave: 'POST', opensAt: opensAt.toISOString(), closesAt: new Date(now + 8 * DAY).toISOString() };
    expect((await s.evaluation.error(CREATE_SURVEY, { input: { ...input, remindAt: new Date(now + 9 * DAY).toISOString() } })).code).toBe('REMIND_AT_INVALID');
    expect((await s.evaluation.error(CREATE_SURVEY, { input: { ...input, remindAt: opensAt.toISOString() } })).code).toBe('REMIND_AT_INVALID');
    const survey = (await s.evaluation.ok<{ createSurvey: { id: string } }>(CREATE_SURVEY, { input: { ...input, remindAt: new Date(now + 4 * DAY).toISOString() } })).createSurvey;
    const outbox = async () =>
      (await sqlRows<{ template: string }>(t.db, `SELECT template FROM mail_outbox WHERE recipient = ANY($1) ORDER BY template`, [s.participants.map((p) => p.user.email)])).map((r) => r.template);
    expect(await outbox()).toEqual([]);
    expect((await s.evaluation.error(REMIND, { id: survey.id })).code).toBe('SURVEY_NOT_OPEN');

    expect(await mails.sendDue(new Date(now + DAY / 2))).toEqual({ invitations: 0, reminders: 0 });
    const opened = new Date(now + DAY + 60_000);
    const both = await Promise.all([mails.sendDue(opened), mails.sendDue(opened)]);
    expect(both.map((r) => r.invitations).sort()).toEqual([0, 2]);
    expect(await mails.sendDue(new Date(now + 2 * DAY))).toEqual({ invitations: 0, reminders: 0 });
    expect(await mails.sendDue(new Date(now + 4 * DAY + 60_000))).toEqual({ invitations: 0, reminders: 2 });
    expect(await mails.sendDue(new Date(now + 5 * DAY))).toEqual({ invitations: 0, reminders: 0 });
    expect(await outbox()).toEqual(['survey-invitation', 'survey-invitation', 'survey-reminder', 'survey-reminder']);

    // A survey that closed before anyone ran the job is never mailed.
    const closed = (await s.evaluation.ok<{ createSurvey: { id: string } }>(CREATE_SURVEY, { input: { ...input, opensAt: new Date(now + 10 * DAY).toISOString(), closesAt: new Date(now + 11 * DAY).toISOString() } }))
      .createSurvey;
    expect(await mails.sendDue(new Date(now + 12 * DAY))).toEqual({ invitations: 0, reminders: 0 });
    expect(await sqlRows(t.db, `SELECT invitations_sent_at FROM evaluation_surveys WHERE id = $1`, [closed.id])).toEqual([{ invitations_sent_at: null }]);
  });
});
