import { addSurveyResponses, createUser, signInAs, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { sqlRows } from '@koko/api/core/database';
import { startApp } from '../support/app';
import { ANSWER, evaluationSetup, openSurvey } from './support';

const RATES = `query($k: Int) { prePostMatchRates(minAgreement: $k) { cohortId preSurveyId postSurveyId suppressed preResponses postResponses preWithCode postWithCode exact partial ambiguous matchRate } }`;
const EXPORT = `query($pre: ID!, $post: ID!, $k: Int) { prePostExport(preSurveyId: $pre, postSurveyId: $post, minAgreement: $k) { exact partial csv { content } sps { content } r { content } } }`;
const CODEBOOK = `query($id: ID!) { questionnaireCodebook(versionId: $id) { filename content } }`;

interface Rate {
  cohortId: string;
  suppressed: boolean;
  preResponses: number | null;
  preWithCode: number | null;
  postWithCode: number | null;
  exact: number | null;
  partial: number | null;
  ambiguous: number | null;
  matchRate: number | null;
}

describe('evaluation: pre/post linking by the self-generated code', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('a participant answers with the five-part code; a malformed code is refused and nothing is stored', async () => {
    const s = await evaluationSetup(t, [1, 0]);
    const survey = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId);
    const client = await signInAs(t, s.participants[0].user);
    const input = (code: string | null) => ({ surveyId: survey.id, code, answers: [{ itemId: s.ids['prep'], value: 3 }] });
    for (const bad of ['MA12KR', 'MJ32K2', 'MJ07KK', 'MJ7K2']) expect((await client.error(ANSWER, { input: input(bad) })).code).toBe('BAD_USER_INPUT');
    expect(await sqlRows(t.db, `SELECT code FROM evaluation_responses WHERE survey_id = $1`, [survey.id])).toEqual([]);
    await client.ok(ANSWER, { input: input('mj07k2') });
    expect(await sqlRows(t.db, `SELECT code FROM evaluation_responses WHERE survey_id = $1`, [survey.id])).toEqual([{ code: 'MJ07K2' }]);
  });

  it('links exactly and by 4 of 5 elements, reports the match rate per cohort, exports the pairs without codes; nothing below the minimum', async () => {
    const s = await evaluationSetup(t, [7, 0]);
    const pre = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId, 'PRE');
    const post = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId, 'POST');
    const answer = (code: string | null, value: number) => ({ code, answers: [{ itemId: s.ids['prep'], value }] });
    await addSurveyResponses(t.db, pre.id, [answer('AA01A1', 1), answer('BB02B2', 2), answer('CC03C3', 3), answer('DD04D4', 4), answer('EE05E5', 5), answer('FF06F6', 1), answer(null, 2)]);
    await addSurveyResponses(t.db, post.id, [answer('AA01A1', 5), answer('BB02B2', 4), answer('CC03C3', 3)]);

    // Four post responses: below the minimum of five, no figure at all.
    const rates = async (k?: number) => (await s.evaluation.ok<{ prePostMatchRates: Rate[] }>(RATES, { k })).prePostMatchRates.find((r) => r.cohortId === s.cohort.cohortId);
    expect(await rates()).toMatchObject({ suppressed: true, preResponses: null, exact: null, matchRate: null });
    expect((await s.evaluation.error(EXPORT, { pre: pre.id, post: post.id })).code).toBe('TOO_FEW_RESPONSES');

    // DD04D4 → DD14D4 (the day misremembered: 4 of 5), EE05E5 → EX05E9 (3 of 5: only with k = 3), and a post response without code.
    await addSurveyResponses(t.db, post.id, [answer('DD14D4', 5), answer('EX05E9', 2), answer(null, 1)]);
    expect(await rates()).toMatchObject({ suppressed: false, preResponses: 7, preWithCode: 6, postWithCode: 5, exact: 3, partial: 1, ambiguous: 0, matchRate: 0.8 });
    expect(await rates(3)).toMatchObject({ exact: 3, partial: 2, matchRate: 1 });
    expect((await s.evaluation.error(RATES, { k: 2 })).code).toBe('INVALID_MIN_AGREEMENT');

    // Four pairs with k = 4 are below the minimum; five with k = 3.
    expect((await s.evaluation.error(EXPORT, { pre: pre.id, post: post.id })).code).toBe('TOO_FEW_RESPONSES');
    const linked = (await s.evaluation.ok<{ prePostExport: { exact: number; partial: number; csv: { content: string }; sps: { content: string }; r: { content: string } } }>(EXPORT, { pre: pre.id, post: post.id, k: 3 }))
      .prePostExport;
    expect([linked.exact, linked.partial]).toEqual([3, 2]);
    const lines = linked.csv.content.trim().split('\n');
    expect(lines[0]).toMatch(/^pair,agreeing,pre_prep,pre_conf,.*,post_prep,post_conf,/);
    expect(lines).toHaveLength(6);
    // No code in the linked data: the pair number is all that ties the two halves.
    for (const code of ['AA01A1', 'DD14D4', 'EX05E9']) expect(linked.csv.content).not.toContain(code);
    const pairs = lines.slice(1).map((l) => l.split(','));
    const prePost = pairs.map((p) => `${p[2]}>${p[lines[0].split(',').indexOf('post_prep')]}:${p[1]}`).sort();
    expect(prePost).toEqual(['1>5:5', '2>4:5', '3>3:5', '4>5:4', '5>2:3']);
    expect(linked.sps.content).toContain('pre_prep "Vorher: Ich fühle mich auf Konflikte gut vorbereitet."');
    expect(linked.r.content).toContain('attr(d[["post_prep"]], "label") <- "Nachher: Ich fühle mich auf Konflikte gut vorbereitet."');
    const audit = await sqlRows<{ after: { pairs: number } }>(t.db, `SELECT after FROM audit_events WHERE action = 'evaluation-survey.pre-post-exported' AND entity_id = $1`, [post.id]);
    expect(audit.map((a) => a.after.pairs)).toEqual([5]);

    // Two pre surveys of one wave cannot be linked; an admin sees the rates but gets no raw pairs.
    expect((await s.evaluation.error(EXPORT, { pre: pre.id, post: pre.id, k: 3 })).code).toBe('PRE_POST_MISMATCH');
    const admin = await signInAs(t, await createUser(t.db, { roles: [Role.ADMIN] }));
    expect((await admin.ok<{ prePostMatchRates: Rate[] }>(RATES)).prePostMatchRates.find((r) => r.cohortId === s.cohort.cohortId)?.matchRate).toBe(0.8);
    expect((await admin.error(EXPORT, { pre: pre.id, post: post.id })).code).toBe('FORBIDDEN');
  });

  it('the codebook of a questionnaire version', async () => {
    const s = await evaluationSetup(t, [1, 0]);
    const book = (await s.evaluation.ok<{ questionnaireCodebook: { filename: string; content: string } }>(CODEBOOK, { id: s.version.id })).questionnaireCodebook;
    expect(book.filename).toMatch(/^codebuch-.+-v1\.md$/);
    expect(book.content).toContain('# Codebuch: Eingangsbefragung Durchgang (Version 1)');
    expect(book.content).toContain('| role | Meine Funktion | My role | Zahl | 1 = Verwaltung; 2 = KI | – |');
    expect(book.content).toContain('| code | Selbst generierter Code (Vorher/Nachher) |');
  });
});
