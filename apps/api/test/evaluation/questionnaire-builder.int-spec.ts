import { addSurveyResponses, createUser, signInAs, TestApp } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { startApp } from '../support/app';
import { evaluationSetup, openSurvey, QUESTIONNAIRE, SAVE_QUESTIONNAIRE } from './support';

const VERSION = `query($id: ID!) { questionnaireVersion(id: $id) { id number frozen title sections { title titleEn items { code kind text textEn lowLabel highLabel allowNoAnswer required minValue maxValue options { value label labelEn } } } } }`;
const LIST = `{ questionnaires { id title titleEn versions { id number frozen } } }`;

interface VersionContent {
  questionnaireVersion: {
    id: string;
    number: number;
    frozen: boolean;
    title: string;
    sections: Array<{ title: string; items: Array<{ code: string; kind: string; text: string }> }>;
  };
}

/** What the builder page relies on: saving in place, freezing with the first response, new versions, translated refusals. */
describe('evaluation: questionnaire builder (versions and refusals)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const itemCount = async (versionId: string) => ((await t.db.query(`SELECT count(*)::int AS n FROM evaluation_items WHERE version_id = $1`, [versionId])) as Array<{ n: number }>)[0].n;

  it('a frozen version keeps its content while edits go into the next version; that one is edited in place until it has responses too', async () => {
    const s = await evaluationSetup(t, [2, 0]);
    const v1 = s.version.id;
    const survey = await openSurvey(s.evaluation, v1, s.cohort.cohortId);
    await addSurveyResponses(t.db, survey.id, [{ answers: [{ itemId: s.ids['prep'], value: 4 }] }]);
    expect((await s.evaluation.ok<VersionContent>(VERSION, { id: v1 })).questionnaireVersion.frozen).toBe(true);

    // A new section with a numeric item and a reworded Likert item: version 2, version 1 untouched.
    const edited = {
      ...QUESTIONNAIRE,
      sections: [
        { ...QUESTIONNAIRE.sections[0], items: [{ ...QUESTIONNAIRE.sections[0].items[0], text: 'Ich bin auf Konflikte vorbereitet.' }, ...QUESTIONNAIRE.sections[0].items.slice(1)] },
        QUESTIONNAIRE.sections[1],
        { title: 'Zum Schluss', titleEn: 'Finally', items: [{ code: 'hours', kind: 'NUMERIC', text: 'Stunden pro Woche', textEn: 'Hours per week', minValue: 0, maxValue: 60 }] },
      ],
    };
    const v2 = (await s.evaluation.ok<{ saveQuestionnaire: { id: string; number: number; frozen: boolean } }>(SAVE_QUESTIONNAIRE, { id: s.version.questionnaireId, input: edited })).saveQuestionnaire;
    expect(v2).toMatchObject({ number: 2, frozen: false });
    const old = (await s.evaluation.ok<VersionContent>(VERSION, { id: v1 })).questionnaireVersion;
    expect(old.sections).toHaveLength(2);
    expect(old.sections[0].items[0].text).toBe('Ich fühle mich auf Konflikte gut vorbereitet.');
    expect(await itemCount(v1)).toBe(6);

    // Saving again before any response on version 2 edits it in place (no version 3).
    const again = (await s.evaluation.ok<{ saveQuestionnaire: { id: string; number: number } }>(SAVE_QUESTIONNAIRE, { id: s.version.questionnaireId, input: { ...edited, title: 'Eingangsbefragung 2' } }))
      .saveQuestionnaire;
    expect(again).toMatchObject({ id: v2.id, number: 2 });
    const current = (await s.evaluation.ok<VersionContent>(VERSION, { id: v2.id })).questionnaireVersion;
    expect(current.sections.map((x) => x.title)).toEqual(['Erwartungen', 'Erfahrungen', 'Zum Schluss']);
    expect(current.sections[2].items[0]).toMatchObject({ code: 'hours', kind: 'NUMERIC' });
    expect(await itemCount(v2.id)).toBe(7);
    const list = (await s.evaluation.ok<{ questionnaires: Array<{ id: string; title: string; versions: Array<{ number: number; frozen: boolean }> }> }>(LIST)).questionnaires;
    expect(list.find((q) => q.id === s.version.questionnaireId)).toMatchObject({
      title: 'Eingangsbefragung 2',
      versions: [
        { number: 2, frozen: false },
        { number: 1, frozen: true },
      ],
    });
    // The survey keeps answering version 1.
    expect(((await t.db.query(`SELECT version_id FROM evaluation_surveys WHERE id = $1`, [survey.id])) as Array<{ version_id: string }>)[0].version_id).toBe(v1);
  });

  it('each kind of bad content is refused with a translated message naming the item, and nothing changes', async () => {
    const s = await evaluationSetup(t, [0, 0]);
    const en = await signInAs(t, await createUser(t.db, { roles: [Role.EVALUATION], locale: Locale.EN }), 'en');
    const [likert, , single] = QUESTIONNAIRE.sections[0].items;
    const numeric = QUESTIONNAIRE.sections[1].items[1];
    const text = QUESTIONNAIRE.sections[1].items[2];
    const cases: Array<[string, Record<string, unknown>, RegExp, RegExp]> = [
      ['duplicate code', { ...likert, code: 'role' }, /„role“ kommt mehrfach vor/, /“role” occurs more than once/],
      ['unlabelled ends', { ...likert, code: 'x1', highLabelEn: null }, /„x1“: Eine Likert-Skala braucht Beschriftungen/, /“x1”: a Likert scale needs labels/],
      ['one option', { ...single, code: 'x2', options: [single.options![0]] }, /mindestens zwei Antwortmöglichkeiten/, /at least two options/],
      ['same option value', { ...single, code: 'x3', options: [single.options![0], { ...single.options![1], value: 1 }] }, /eigenen Wert/, /value of its own/],
      ['options on a Likert item', { ...likert, code: 'x4', options: single.options }, /Nur Auswahlfragen/, /only choice questions/],
      ['range upside down', { ...numeric, code: 'x5', minValue: 10, maxValue: 2 }, /kleinste Wert muss kleiner/, /smallest value must be below/],
      ['range on a text item', { ...text, code: 'x6', maxValue: 3 }, /Nur Zahlenfragen/, /only number questions/],
      ['"keine Angabe" on free text', { ...text, code: 'x7', allowNoAnswer: true }, /brauchen kein „keine Angabe“/, /need no “no answer”/],
    ];
    for (const [name, item, de, enText] of cases) {
      const input = { ...QUESTIONNAIRE, sections: [{ ...QUESTIONNAIRE.sections[0], items: [...QUESTIONNAIRE.sections[0].items, item] }] };
      const germanError = await s.evaluation.error(SAVE_QUESTIONNAIRE, { id: s.version.questionnaireId, input });
      expect({ name, code: germanError.code }).toEqual({ name, code: 'INVALID_QUESTIONNAIRE' });
      expect(germanError.message).toMatch(de);
      expect((await en.error(SAVE_QUESTIONNAIRE, { id: s.version.questionnaireId, input })).message).toMatch(enText);
    }
    // A malformed code (the export column name) is refused by the input rules, in the caller's language.
    const badCode = { ...QUESTIONNAIRE, sections: [{ ...QUESTIONNAIRE.sections[0], items: [{ ...likert, code: '1 prep' }] }] };
    const refused = await en.error(SAVE_QUESTIONNAIRE, { id: s.version.questionnaireId, input: badCode });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).not.toMatch(/[äöüß]/);
    expect(await itemCount(s.version.id)).toBe(6);
    expect((await s.evaluation.ok<VersionContent>(VERSION, { id: s.version.id })).questionnaireVersion.title).toBe(QUESTIONNAIRE.title);
  });
});
