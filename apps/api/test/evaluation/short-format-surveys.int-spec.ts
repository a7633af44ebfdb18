import { sqlRows } from '@koko/api/core/database';
import { EvaluationClock, SurveyMails } from '@koko/api/evaluation';
import { capturedMails, createMunicipality, createRunningCohort, createUser, GraphQLClient, signInAs, waitForMail } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { CHECK_IN, HOUR, ShortFormatsHarness, tag } from '../short-formats/support';
import { ANSWER, CREATE_QUESTIONNAIRE, DAY, itemIds, QUESTIONNAIRE, VersionShape } from './support';

const CONTEXTS = `{ surveyContexts { cohorts { id name nameEn } modules { id position title } shortFormats { id title endsAt checkedIn } } }`;
const CREATE = `mutation($input: SurveyInput!) { createSurvey(input: $input) { id invited wave shortFormatId cohortId contextName contextNameEn } }`;
const SURVEYS = `{ evaluationSurveys { id contextName } }`;
const RESULTS = `query($id: ID!) { surveyResults(surveyId: $id) { surveyId } }`;

describe('evaluation: surveys after a short format, to its checked-in attendees', () => {
  let h: ShortFormatsHarness;
  let evaluation: GraphQLClient;
  let version: VersionShape;
  beforeAll(async () => {
    h = await ShortFormatsHarness.start();
    evaluation = await signInAs(h.t, await createUser(h.t.db, { roles: [Role.EVALUATION] }));
    version = (await evaluation.ok<{ createQuestionnaire: VersionShape }>(CREATE_QUESTIONNAIRE, { input: QUESTIONNAIRE })).createQuestionnaire;
  });
  afterAll(() => h.close());
  afterEach(() => jest.restoreAllMocks());

  const registrationId = async (email: string, shortFormatId: string) =>
    (await sqlRows<{ id: string }>(h.t.db, `SELECT id FROM short_format_registrations WHERE email = $1 AND short_format_id = $2`, [email, shortFormatId]))[0].id;
  const invitedUsers = async (surveyId: string) =>
    (await sqlRows<{ user_id: string }>(h.t.db, `SELECT user_id FROM evaluation_invitations WHERE survey_id = $1 ORDER BY user_id`, [surveyId])).map((r) => r.user_id);
  const surveyCount = async () => (await sqlRows<{ n: number }>(h.t.db, `SELECT count(*)::int AS n FROM evaluation_surveys`))[0].n;

  /** An online event on 2031-09-10, 08:00–10:00 UTC, with the given people confirmed; the events clock stands at its start. */
  async function eventWith(people: Array<{ email: string; locale?: 'DE' | 'EN'; municipalityId?: string }>) {
    const start = new Date('2031-09-10T08:00:00Z');
    const before = new Date(start.getTime() - 3 * HOUR);
    jest.spyOn(h.clock, 'now').mockReturnValue(before);
    const title = `Konflikte moderieren ${tag()}`;
    const id = await h.published({ title, capacity: 10 }, before, 3);
    for (const p of people) await h.confirmAnonymously(id, p.email, { locale: p.locale ?? 'DE', municipalityId: p.municipalityId ?? null, organisation: p.municipalityId ? null : 'Verein' });
    jest.spyOn(h.clock, 'now').mockReturnValue(start);
    return { id, title, end: new Date(start.getTime() + 2 * HOUR) };
  }

  const input = (shortFormatId: string, opensAt: Date, extra: Record<string, unknown> = {}) => ({
    versionId: version.id,
    title: 'Rückmeldung zum Kurzformat',
    titleEn: 'Feedback on the short format',
    wave: 'EVENT',
    shortFormatId,
    opensAt: opensAt.toISOString(),
    closesAt: new Date(opensAt.getTime() + 14 * DAY).toISOString(),
    ...extra,
  });

  it('lists cohorts, modules and short formats with their check-ins to Evaluation and admins only', async () => {
    const cohort = await createRunningCohort(h.t.db, { participants: 0 });
    const guest = `gast.${tag()}@example.org`;
    const event = await eventWith([{ email: guest }]);
    await h.admin.ok(CHECK_IN, { input: { shortFormatId: event.id, registrationId: await registrationId(guest, event.id) } });
    const contexts = (
      await evaluation.ok<{ surveyContexts: { cohorts: Array<{ id: string }>; modules: Array<{ position: number }>; shortFormats: Array<{ id: string; title: string; endsAt: string; checkedIn: number }> } }>(CONTEXTS)
    ).surveyContexts;
    expect(contexts.cohorts.map((c) => c.id)).toContain(cohort.cohortId);
    expect(contexts.modules.map((m) => m.position)).toEqual([1, 2, 3, 4, 5]);
    expect(contexts.shortFormats.find((s) => s.id === event.id)).toEqual({ id: event.id, title: event.title, endsAt: event.end.toISOString(), checkedIn: 1 });
    expect((await h.admin.ok<{ surveyContexts: unknown }>(CONTEXTS)).surveyContexts).toBeTruthy();
    for (const role of [Role.PARTICIPANT, Role.TRAINER, Role.ADVISOR]) {
      const other = await signInAs(h.t, await createUser(h.t.db, { roles: [role] }));
      expect((await other.error(CONTEXTS)).code).toBe('FORBIDDEN');
      expect((await other.error(CREATE, { input: input(event.id, new Date(event.end.getTime() + HOUR)) })).code).toBe('FORBIDDEN');
    }
    expect((await h.t.client().error(CONTEXTS)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a survey that opens before the event ends, a mixed or missing context, an unknown event or version — translated, and nothing is stored', async () => {
    const event = await eventWith([]);
    const after = new Date(event.end.getTime() + HOUR);
    const before = await surveyCount();
    const early = await evaluation.error(CREATE, { input: input(event.id, new Date(event.end.getTime() - 60_000)) });
    expect(early).toMatchObject({ code: 'SURVEY_BEFORE_EVENT_END', message: expect.stringContaining('erst nach dessen Ende') });
    const english = await signInAs(h.t, await createUser(h.t.db, { roles: [Role.EVALUATION], locale: Locale.EN }), 'en');
    expect((await english.error(CREATE, { input: input(event.id, new Date(event.end.getTime() - 60_000)) })).message).toContain('only open after it has ended');
    const cohort = await createRunningCohort(h.t.db, { participants: 0 });
    expect((await evaluation.error(CREATE, { input: input(event.id, after, { cohortId: cohort.cohortId }) })).code).toBe('SURVEY_CONTEXT_INVALID');
    expect((await evaluation.error(CREATE, { input: input(event.id, after, { shortFormatId: null }) })).code).toBe('SURVEY_CONTEXT_INVALID');
    expect((await evaluation.error(CREATE, { input: input(event.id, after, { wave: 'POST', cohortId: cohort.cohortId }) })).code).toBe('SURVEY_CONTEXT_INVALID');
    expect((await evaluation.error(CREATE, { input: input(event.id, after, { wave: 'POST', shortFormatId: null }) })).code).toBe('COHORT_NOT_FOUND');
    expect((await evaluation.error(CREATE, { input: input(randomUUID(), after) })).code).toBe('SHORT_FORMAT_NOT_FOUND');
    expect((await evaluation.error(CREATE, { input: input(event.id, after, { versionId: randomUUID() }) })).code).toBe('QUESTIONNAIRE_NOT_FOUND');
    expect((await evaluation.error(CREATE, { input: input(event.id, after, { closesAt: after.toISOString() }) })).code).toBe('SURVEY_PERIOD_INVALID');
    const past = { wave: 'POST', cohortId: cohort.cohortId, shortFormatId: null, opensAt: '2020-01-01T08:00:00.000Z', closesAt: '2020-01-15T08:00:00.000Z' };
    expect((await evaluation.error(CREATE, { input: input(event.id, after, past) })).message).toContain('in der Vergangenheit');
    const draft = (await h.admin.ok<{ createShortFormat: { id: string } }>(`mutation($input: ShortFormatInput!) { createShortFormat(input: $input) { id } }`, { input: h.input() })).createShortFormat.id;
    expect((await evaluation.error(CREATE, { input: input(draft, new Date('2032-01-01T00:00:00Z')) })).code).toBe('SHORT_FORMAT_NOT_FOUND');
    expect(await surveyCount()).toBe(before);
  });

  it('asks only checked-in attendees with an account, mails them when it opens in their language, and counts answers for their Kommune', async () => {
    const kleve = await createMunicipality(h.t.db, { key: '05154036', name: 'Kleve' });
    const anna = await createUser(h.t.db);
    const ben = await createUser(h.t.db, { locale: Locale.EN });
    const late = await createUser(h.t.db);
    const absent = await createUser(h.t.db);
    const guest = `gast.${tag()}@example.org`;
    const event = await eventWith([{ email: anna.email, municipalityId: kleve.id }, { email: ben.email, locale: 'EN' }, { email: guest }, { email: late.email }, { email: absent.email }]);
    for (const email of [anna.email, ben.email, guest]) await h.admin.ok(CHECK_IN, { input: { shortFormatId: event.id, registrationId: await registrationId(email, event.id) } });

    const opensAt = new Date(event.end.getTime() + HOUR);
    const survey = (await evaluation.ok<{ createSurvey: { id: string; invited: number; wave: string; cohortId: string | null; contextName: string } }>(CREATE, { input: input(event.id, opensAt) })).createSurvey;
    // The guest has no account (nobody to write to or sign in as); the absent person never checked in.
    expect(survey).toMatchObject({ invited: 2, wave: 'EVENT', cohortId: null, contextName: event.title });
    expect(await invitedUsers(survey.id)).toEqual([anna.id, ben.id].sort());

    // Someone checked in after the survey was made is asked too, when it opens.
    await h.admin.ok(CHECK_IN, { input: { shortFormatId: event.id, registrationId: await registrationId(late.email, event.id) } });
    const clock = h.t.app.get(EvaluationClock);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(opensAt.getTime() + 60_000));
    expect(await h.t.app.get(SurveyMails).sendDue(clock.now())).toMatchObject({ invitations: 3 });
    expect(await invitedUsers(survey.id)).toEqual([anna.id, ben.id, late.id].sort());
    await waitForMail(h.t.db, anna.email, { subject: /Ihre Meinung ist gefragt: Rückmeldung zum Kurzformat/ });
    await waitForMail(h.t.db, ben.email, { subject: /We would like your opinion: Feedback on the short format/ });
    await waitForMail(h.t.db, late.email, { subject: /Ihre Meinung ist gefragt/ });
    expect((await capturedMails(h.t.db, [absent.email, guest])).filter((m) => /Meinung|opinion/.test(m.subject))).toEqual([]);

    const asAnna = await signInAs(h.t, anna);
    expect((await asAnna.ok<{ myOpenSurveys: Array<{ id: string }> }>(`{ myOpenSurveys { id } }`)).myOpenSurveys.map((s) => s.id)).toEqual([survey.id]);
    const toAnswer = (await asAnna.ok<{ surveyToAnswer: { asksForCode: boolean } }>(`query($id: ID!) { surveyToAnswer(surveyId: $id) { asksForCode } }`, { id: survey.id })).surveyToAnswer;
    expect(toAnswer.asksForCode).toBe(false);
    await asAnna.ok(ANSWER, { input: { surveyId: survey.id, answers: [{ itemId: itemIds(version)['prep'], value: 4 }] } });
    expect(await sqlRows(h.t.db, `SELECT wave, municipality_id, code FROM evaluation_responses WHERE survey_id = $1`, [survey.id])).toEqual([{ wave: 'event', municipality_id: kleve.id, code: null }]);
    // Someone who did not attend is not asked.
    expect((await (await signInAs(h.t, absent)).error(ANSWER, { input: { surveyId: survey.id, answers: [] } })).code).toBe('SURVEY_NOT_FOUND');

    // A short-format survey is the evaluation team's: trainers neither list nor read it.
    const trainer = await signInAs(h.t, await createUser(h.t.db, { roles: [Role.TRAINER] }));
    expect((await trainer.ok<{ evaluationSurveys: Array<{ id: string }> }>(SURVEYS)).evaluationSurveys.map((s) => s.id)).not.toContain(survey.id);
    expect((await trainer.error(RESULTS, { id: survey.id })).code).toBe('SURVEY_NOT_FOUND');
    expect((await evaluation.ok<{ evaluationSurveys: Array<{ id: string; contextName: string }> }>(SURVEYS)).evaluationSurveys).toContainEqual({ id: survey.id, contextName: event.title });
  });
});
