import { addSurveyResponses, createUser, signInAs, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { parseConfig } from '@koko/api/core/config';
import { startApp } from '../support/app';
import { ANSWER, evaluationSetup, openSurvey, QUESTIONNAIRE, RESULTS, SAVE_QUESTIONNAIRE } from './support';

const OPEN = `{ myOpenSurveys { id title } }`;
const TO_ANSWER = `query($id: ID!) { surveyToAnswer(surveyId: $id) { id asksForCode questionnaire { number sections { items { code kind allowNoAnswer lowLabel highLabel } } } } }`;

interface Results {
  surveyResults: {
    minGroup: number;
    invited: number;
    suppressed: boolean;
    responses: number | null;
    responseRate: number | null;
    items: Array<{ code: string; suppressed: boolean; answered: number | null; noAnswer: number | null; mean: number | null; median: number | null; distribution: Array<{ value: number; count: number }>; texts: string[] }>;
    groups: Array<{ label: string; suppressed: boolean; responses: number | null; items: Array<{ code: string; suppressed: boolean; answered: number | null; mean: number | null }> }>;
  };
}

describe('evaluation: anonymous surveys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const columns = async (table: string) =>
    ((await t.db.query(`SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`, [table])) as Array<{ name: string; type: string }>);

  describe('anonymity by construction (schema)', () => {
    it('response and answer rows hold no identifying column and no time', async () => {
      const responses = await columns('evaluation_responses');
      const answers = await columns('evaluation_answers');
      expect(responses.map((c) => c.name)).toEqual(['id', 'survey_id', 'version_id', 'wave', 'municipality_id', 'code']);
      expect(answers.map((c) => c.name)).toEqual(['response_id', 'item_id', 'value', 'choices', 'text', 'no_answer', 'not_for_publication']);
      const all = [...responses, ...answers];
      const identifying = ['user', 'email', 'mail', 'ip', 'address', 'agent', 'referer', 'referrer', 'session', 'created', 'updated', 'submitted', 'at', 'time', 'token'];
      expect(all.filter((c) => c.name.split('_').some((part) => identifying.includes(part)))).toEqual([]);
      expect(all.filter((c) => /time|date/.test(c.type))).toEqual([]);
      // Random (v4) ids: nothing sequential to sort submissions by.
      const [def] = (await t.db.query(`SELECT column_default AS d FROM information_schema.columns WHERE table_name = 'evaluation_responses' AND column_name = 'id'`)) as Array<{ d: string }>;
      expect(def.d).toBe('gen_random_uuid()');
    });

    it('invitations cannot be joined to responses: no shared key but the survey, no reference, no time', async () => {
      const invitations = (await columns('evaluation_invitations')).map((c) => c.name);
      const responses = (await columns('evaluation_responses')).map((c) => c.name);
      expect(invitations.filter((c) => responses.includes(c))).toEqual(['survey_id']);
      expect((await columns('evaluation_invitations')).filter((c) => /time|date/.test(c.type))).toEqual([]);
      const refs = (await t.db.query(
        `SELECT conrelid::regclass::text AS source, confrelid::regclass::text AS target FROM pg_constraint
          WHERE contype = 'f' AND (conrelid::regclass::text LIKE 'evaluation_%')`,
      )) as Array<{ source: string; target: string }>;
      const between = refs.filter((r) => [r.source, r.target].sort().join() === 'evaluation_invitations,evaluation_responses' || (r.source === 'evaluation_answers' && r.target === 'evaluation_invitations'));
      expect(between).toEqual([]);
      expect(refs.filter((r) => r.source.startsWith('evaluation_respon') || r.source === 'evaluation_answers').map((r) => r.target).sort()).toEqual(
        ['evaluation_items', 'evaluation_questionnaire_versions', 'evaluation_responses', 'evaluation_surveys', 'municipalities'].sort(),
      );
    });
  });

  describe('answering', () => {
    it('an invited participant answers once; the response names nobody, the token is gone, a second try is refused', async () => {
      const s = await evaluationSetup(t, [2, 1]);
      const survey = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId);
      expect(survey.invited).toBe(3);
      const [p] = s.participants;
      const client = await signInAs(t, p.user);
      expect((await client.ok<{ myOpenSurveys: Array<{ id: string }> }>(OPEN)).myOpenSurveys.map((x) => x.id)).toEqual([survey.id]);
      const toAnswer = (await client.ok<{ surveyToAnswer: { asksForCode: boolean; questionnaire: { sections: Array<{ items: Array<{ code: string; lowLabel: string | null }> }> } } }>(TO_ANSWER, { id: survey.id }))
        .surveyToAnswer;
      expect(toAnswer.asksForCode).toBe(true);
      expect(toAnswer.questionnaire.sections[0].items[0]).toMatchObject({ code: 'prep', lowLabel: 'trifft nicht zu' });
      await t.db.query(`UPDATE evaluation_invitations SET token_hash = '\\x01' WHERE survey_id = $1 AND user_id = $2`, [survey.id, p.user.id]);
      const input = {
        surveyId: survey.id,
        code: 'mj07k2',
        answers: [
          { itemId: s.ids['prep'], value: 4 },
          { itemId: s.ids['conf'], noAnswer: false, value: 7 },
          { itemId: s.ids['role'], value: 2 },
          { itemId: s.ids['topics'], choices: [3, 1] },
          { itemId: s.ids['years'], value: 12 },
          { itemId: s.ids['wish'], text: 'Mehr Praxisbeispiele', notForPublication: true },
        ],
      };
      expect((await client.ok<{ answerSurvey: boolean }>(ANSWER, { input })).answerSurvey).toBe(true);
      const stored = (await t.db.query(`SELECT * FROM evaluation_responses WHERE survey_id = $1`, [survey.id])) as Array<Record<string, unknown>>;
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ wave: 'pre', code: 'MJ07K2', municipality_id: p.municipalityId });
      expect(JSON.stringify(stored)).not.toContain(p.user.id);
      const answers = (await t.db.query(`SELECT value, choices, text, not_for_publication FROM evaluation_answers WHERE response_id = $1 ORDER BY value NULLS LAST`, [stored[0]['id']])) as Array<Record<string, unknown>>;
      expect(answers).toHaveLength(6);
      expect(answers.find((a) => a['choices'])).toMatchObject({ choices: [1, 3] });
      expect(answers.find((a) => a['text'])).toMatchObject({ text: 'Mehr Praxisbeispiele', not_for_publication: true });
      const [inv] = (await t.db.query(`SELECT answered, token_hash FROM evaluation_invitations WHERE survey_id = $1 AND user_id = $2`, [survey.id, p.user.id])) as Array<{ answered: boolean; token_hash: Buffer | null }>;
      expect(inv).toEqual({ answered: true, token_hash: null });
      expect((await client.error(ANSWER, { input })).code).toBe('ALREADY_ANSWERED');
      expect((await client.error(TO_ANSWER, { id: survey.id })).code).toBe('ALREADY_ANSWERED');
      expect((await client.ok<{ myOpenSurveys: unknown[] }>(OPEN)).myOpenSurveys).toEqual([]);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM evaluation_responses WHERE survey_id = $1`, [survey.id])).toEqual([{ n: 1 }]);
    });

    it('two submissions at once store exactly one response', async () => {
      const s = await evaluationSetup(t, [1, 0]);
      const survey = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId);
      const client = await signInAs(t, s.participants[0].user);
      const input = { surveyId: survey.id, answers: [{ itemId: s.ids['prep'], value: 3 }] };
      const results = await Promise.all([1, 2, 3].map(() => client.run(ANSWER, { input })));
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code))).toEqual(['ALREADY_ANSWERED', 'ALREADY_ANSWERED']);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM evaluation_responses WHERE survey_id = $1`, [survey.id])).toEqual([{ n: 1 }]);
    });

    it('bad answers are refused with the item named and change nothing; the uninvited learn nothing', async () => {
      const s = await evaluationSetup(t, [1, 0]);
      const survey = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId);
      const client = await signInAs(t, s.participants[0].user);
      const bad = [
        [{ itemId: s.ids['prep'], value: 6 }],
        [{ itemId: s.ids['conf'], value: 3 }], // the required item "prep" is missing
        [{ itemId: s.ids['prep'], value: 1 }, { itemId: s.ids['conf'], noAnswer: true }], // "conf" offers no "keine Angabe"
        [{ itemId: s.ids['prep'], value: 1 }, { itemId: s.ids['role'], value: 9 }],
        [{ itemId: s.ids['prep'], value: 1 }, { itemId: s.ids['topics'], choices: [1, 1] }],
        [{ itemId: s.ids['prep'], value: 1 }, { itemId: s.ids['years'], value: 61 }],
        [{ itemId: s.ids['prep'], value: 1, notForPublication: true }],
      ];
      for (const answers of bad) {
        const e = await client.error(ANSWER, { input: { surveyId: survey.id, answers } });
        expect(e.code).toBe('INVALID_ANSWER');
        expect(e.message).toMatch(/^Bitte prüfen Sie Ihre Antwort auf Frage \w+\.$/);
      }
      expect(await t.db.query(`SELECT count(*)::int AS n FROM evaluation_responses WHERE survey_id = $1`, [survey.id])).toEqual([{ n: 0 }]);
      // "keine Angabe" where offered is an answer.
      await client.ok(ANSWER, { input: { surveyId: survey.id, answers: [{ itemId: s.ids['prep'], noAnswer: true }] } });
      const stranger = await signInAs(t, await createUser(t.db));
      expect((await stranger.error(ANSWER, { input: { surveyId: survey.id, answers: [] } })).code).toBe('SURVEY_NOT_FOUND');
      expect((await stranger.error(TO_ANSWER, { id: survey.id })).code).toBe('SURVEY_NOT_FOUND');
    });
  });

  describe('versions', () => {
    it('a version is edited in place until responses exist; then saving creates the next version and the survey keeps its own', async () => {
      const s = await evaluationSetup(t, [1, 0]);
      const changed = { ...QUESTIONNAIRE, title: 'Eingangsbefragung (überarbeitet)' };
      const same = (await s.evaluation.ok<{ saveQuestionnaire: { id: string; number: number } }>(SAVE_QUESTIONNAIRE, { id: s.version.questionnaireId, input: changed })).saveQuestionnaire;
      expect(same).toMatchObject({ id: s.version.id, number: 1 });
      const survey = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId);
      const ids = (await s.evaluation.ok<{ saveQuestionnaire: { sections: Array<{ items: Array<{ id: string; code: string }> }> } }>(SAVE_QUESTIONNAIRE, { id: s.version.questionnaireId, input: changed })).saveQuestionnaire;
      const prep = ids.sections[0].items[0].id;
      const client = await signInAs(t, s.participants[0].user);
      await client.ok(ANSWER, { input: { surveyId: survey.id, answers: [{ itemId: prep, value: 2 }] } });
      const next = (await s.evaluation.ok<{ saveQuestionnaire: { id: string; number: number; frozen: boolean } }>(SAVE_QUESTIONNAIRE, { id: s.version.questionnaireId, input: changed }))
        .saveQuestionnaire;
      expect(next).toMatchObject({ number: 2, frozen: false });
      expect(next.id).not.toBe(s.version.id);
      const list = (await s.evaluation.ok<{ questionnaires: Array<{ id: string; versions: Array<{ number: number; frozen: boolean }> }> }>(`{ questionnaires { id versions { number frozen } } }`)).questionnaires;
      expect(list.find((q) => q.id === s.version.questionnaireId)?.versions).toEqual([
        { number: 2, frozen: false },
        { number: 1, frozen: true },
      ]);
      const [row] = (await t.db.query(`SELECT version_id FROM evaluation_surveys WHERE id = $1`, [survey.id])) as Array<{ version_id: string }>;
      expect(row.version_id).toBe(s.version.id);
      // The frozen version's items are untouched.
      expect(await t.db.query(`SELECT count(*)::int AS n FROM evaluation_items WHERE version_id = $1`, [s.version.id])).toEqual([{ n: 6 }]);
    });

    it('refuses a questionnaire with duplicate codes or unlabelled Likert ends, changing nothing', async () => {
      const s = await evaluationSetup(t, [0, 0]);
      const dup = { ...QUESTIONNAIRE, sections: [{ ...QUESTIONNAIRE.sections[0], items: [QUESTIONNAIRE.sections[0].items[0], QUESTIONNAIRE.sections[0].items[0]] }] };
      expect((await s.evaluation.error(SAVE_QUESTIONNAIRE, { id: s.version.questionnaireId, input: dup })).code).toBe('INVALID_QUESTIONNAIRE');
      const unlabelled = { ...QUESTIONNAIRE, sections: [{ ...QUESTIONNAIRE.sections[0], items: [{ ...QUESTIONNAIRE.sections[0].items[0], highLabel: null }] }] };
      expect((await s.evaluation.error(SAVE_QUESTIONNAIRE, { id: s.version.questionnaireId, input: unlabelled })).code).toBe('INVALID_QUESTIONNAIRE');
      expect(await t.db.query(`SELECT count(*)::int AS n FROM evaluation_items WHERE version_id = $1`, [s.version.id])).toEqual([{ n: 6 }]);
    });
  });

  describe('results never single anyone out', () => {
    const likert = (ids: Record<string, string>, prep: number, extra: Array<{ itemId: string; text?: string; notForPublication?: boolean }> = []) => ({ answers: [{ itemId: ids['prep'], value: prep }, ...extra] });

    it('nothing below the minimum; a cohort of 7 split 5/2 by municipality shows neither the 2 nor the 5 where the total is shown', async () => {
      const s = await evaluationSetup(t, [5, 2]);
      const survey = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId);
      const { a, b } = s.municipalities;
      await addSurveyResponses(t.db, survey.id, [1, 2, 3, 4].map((v) => ({ municipalityId: a, ...likert(s.ids, v) })));
      const below = (await s.evaluation.ok<Results>(RESULTS, { id: survey.id, grouping: 'MUNICIPALITY' })).surveyResults;
      expect(below).toMatchObject({ minGroup: 5, invited: 7, suppressed: true, responses: null, responseRate: null, groups: [] });
      expect(below.items.every((i) => i.suppressed && i.answered === null && i.mean === null && i.distribution.length === 0)).toBe(true);

      await addSurveyResponses(t.db, survey.id, [
        { municipalityId: a, ...likert(s.ids, 5) },
        { municipalityId: b, ...likert(s.ids, 1) },
        { municipalityId: b, ...likert(s.ids, 2) },
      ]);
      const total = (await s.evaluation.ok<Results>(RESULTS, { id: survey.id, grouping: 'MUNICIPALITY' })).surveyResults;
      expect(total).toMatchObject({ suppressed: false, responses: 7, responseRate: 1 });
      const prep = total.items.find((i) => i.code === 'prep')!;
      expect(prep).toMatchObject({ suppressed: false, answered: 7, noAnswer: 0, mean: 2.57, median: 2 });
      expect(prep.distribution).toEqual([
        { value: 1, count: 2 },
        { value: 2, count: 2 },
        { value: 3, count: 1 },
        { value: 4, count: 1 },
        { value: 5, count: 1 },
      ]);
      // Items nobody answered are hidden too.
      expect(total.items.find((i) => i.code === 'conf')).toMatchObject({ suppressed: true, answered: null });
      expect(total.groups.map((g) => [g.label, g.suppressed, g.responses])).toEqual([
        ['Emmerich am Rhein', true, null],
        ['Kleve', true, null],
      ]);
      expect(total.groups.flatMap((g) => g.items).every((i) => i.suppressed && i.answered === null && i.mean === null)).toBe(true);
    });

    it('groups at the minimum are shown; free texts follow the same rule, in random order, unpublished ones only for Evaluation', async () => {
      const s = await evaluationSetup(t, [5, 5]);
      const survey = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId);
      const { a, b } = s.municipalities;
      const texts = Array.from({ length: 10 }, (_, i) => `Wunsch ${i}`);
      await addSurveyResponses(
        t.db,
        survey.id,
        texts.map((text, i) => ({ municipalityId: i < 5 ? a : b, ...likert(s.ids, (i % 5) + 1, [{ itemId: s.ids['wish'], text, notForPublication: i === 9 }]) })),
      );
      const r = (await s.evaluation.ok<Results>(RESULTS, { id: survey.id, grouping: 'MUNICIPALITY' })).surveyResults;
      expect(r.groups.map((g) => [g.label, g.suppressed, g.responses])).toEqual([
        ['Emmerich am Rhein', false, 5],
        ['Kleve', false, 5],
      ]);
      expect(r.groups[0].items.find((i) => i.code === 'prep')).toMatchObject({ suppressed: false, answered: 5, mean: 3 });
      const wish = r.items.find((i) => i.code === 'wish')!;
      expect([...wish.texts].sort()).toEqual([...texts].sort());
      // Random order: 20 reads are not all in the same order.
      const orders = new Set<string>();
      for (let i = 0; i < 20; i++) orders.add((await s.evaluation.ok<Results>(RESULTS, { id: survey.id })).surveyResults.items.find((x) => x.code === 'wish')!.texts.join('|'));
      expect(orders.size).toBeGreaterThan(1);

      // The cohort's trainer sees the aggregates, without the unpublished text; another trainer nothing.
      const trainer = await signInAs(t, s.trainer);
      const seen = (await trainer.ok<Results>(RESULTS, { id: survey.id })).surveyResults;
      expect(seen.responses).toBe(10);
      expect([...seen.items.find((i) => i.code === 'wish')!.texts].sort()).toEqual(texts.slice(0, 9).sort());
      const other = await signInAs(t, await createUser(t.db, { roles: [Role.TRAINER] }));
      expect((await other.error(RESULTS, { id: survey.id })).code).toBe('SURVEY_NOT_FOUND');
      expect((await other.ok<{ evaluationSurveys: Array<{ id: string }> }>(`{ evaluationSurveys { id } }`)).evaluationSurveys.map((x) => x.id)).not.toContain(survey.id);
      expect((await trainer.ok<{ evaluationSurveys: Array<{ id: string; responses: number }> }>(`{ evaluationSurveys { id responses } }`)).evaluationSurveys).toContainEqual({
        id: survey.id,
        responses: 10,
      });
    });

    it('the minimum comes from EVALUATION_MIN_GROUP and is never below 3', async () => {
      expect(() => parseConfig({ NODE_ENV: 'test', EVALUATION_MIN_GROUP: '2' })).toThrow(/EVALUATION_MIN_GROUP/);
      const t3 = await startApp({ EVALUATION_MIN_GROUP: '3' });
      try {
        const s = await evaluationSetup(t3, [3, 0]);
        const survey = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId);
        await addSurveyResponses(t3.db, survey.id, [1, 2, 3].map((v) => ({ municipalityId: s.municipalities.a, ...likert(s.ids, v) })));
        expect((await s.evaluation.ok<Results>(RESULTS, { id: survey.id })).surveyResults).toMatchObject({ minGroup: 3, responses: 3, suppressed: false });
      } finally {
        await t3.close();
      }
    });
  });
});
