import { createEnrolment, createMunicipality, createRunningCohort, createUser, GraphQLClient, signInAs, TestApp, TestUser } from '@koko/api/testing';
import { Role } from '@koko/shared';

export const CREATE_QUESTIONNAIRE = `mutation($input: QuestionnaireInput!) {
  createQuestionnaire(input: $input) { id questionnaireId number frozen sections { id items { id code kind } } }
}`;
export const SAVE_QUESTIONNAIRE = `mutation($id: ID!, $input: QuestionnaireInput!) {
  saveQuestionnaire(questionnaireId: $id, input: $input) { id number frozen sections { items { id code } } }
}`;
export const CREATE_SURVEY = `mutation($input: SurveyInput!) { createSurvey(input: $input) { id versionId invited responses } }`;
export const ANSWER = `mutation($input: AnswerSurveyInput!) { answerSurvey(input: $input) }`;
export const RESULTS = `query($id: ID!, $grouping: ResultGrouping) {
  surveyResults(surveyId: $id, grouping: $grouping) {
    minGroup invited suppressed responses responseRate
    items { code suppressed answered noAnswer mean median distribution { value count } texts }
    groups { label suppressed responses items { code suppressed answered mean } }
  }
}`;

const ends = { lowLabel: 'trifft nicht zu', lowLabelEn: 'does not apply', highLabel: 'trifft voll zu', highLabelEn: 'fully applies' };

/** A questionnaire with one item of each kind. */
export const QUESTIONNAIRE = {
  title: 'Eingangsbefragung Durchgang',
  titleEn: 'Cohort entry survey',
  sections: [
    {
      title: 'Erwartungen',
      titleEn: 'Expectations',
      items: [
        { code: 'prep', kind: 'LIKERT5', text: 'Ich fühle mich auf Konflikte gut vorbereitet.', textEn: 'I feel well prepared for conflicts.', ...ends, allowNoAnswer: true, required: true },
        { code: 'conf', kind: 'LIKERT7', text: 'Ich traue mir Moderation zu.', textEn: 'I am confident to moderate.', ...ends },
        {
          code: 'role',
          kind: 'SINGLE',
          text: 'Meine Funktion',
          textEn: 'My role',
          options: [
            { value: 1, label: 'Verwaltung', labelEn: 'Administration' },
            { value: 2, label: 'KI', labelEn: 'KI' },
          ],
        },
      ],
    },
    {
      title: 'Erfahrungen',
      titleEn: 'Experience',
      items: [
        {
          code: 'topics',
          kind: 'MULTIPLE',
          text: 'Welche Konflikte kennen Sie?',
          textEn: 'Which conflicts do you know?',
          options: [
            { value: 1, label: 'Nachbarschaft', labelEn: 'Neighbourhood' },
            { value: 2, label: 'Unterkünfte', labelEn: 'Shelters' },
            { value: 3, label: 'Schule', labelEn: 'School' },
          ],
        },
        { code: 'years', kind: 'NUMERIC', text: 'Jahre im Beruf', textEn: 'Years in the job', minValue: 0, maxValue: 60 },
        { code: 'wish', kind: 'TEXT', text: 'Was wünschen Sie sich?', textEn: 'What do you wish for?' },
      ],
    },
  ],
};

export interface VersionShape {
  id: string;
  questionnaireId: string;
  number: number;
  frozen: boolean;
  sections: Array<{ id: string; items: Array<{ id: string; code: string; kind: string }> }>;
}

export function itemIds(v: VersionShape): Record<string, string> {
  return Object.fromEntries(v.sections.flatMap((s) => s.items.map((i) => [i.code, i.id])));
}

export const DAY = 86_400_000;

/**
 * A cohort with participants in two municipalities (`split` = how many in each), an assigned
 * trainer, an Evaluation member and a questionnaire.
 */
export async function evaluationSetup(t: TestApp, split: [number, number]) {
  const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
  const cohort = await createRunningCohort(t.db, { participants: 0, trainerIds: [trainer.id], capacity: Math.max(1, split[0] + split[1]) });
  const a = await createMunicipality(t.db, { key: '05154036', name: 'Kleve' });
  const b = await createMunicipality(t.db, { key: '05154008', name: 'Emmerich am Rhein' });
  const participants: Array<{ user: TestUser; municipalityId: string }> = [];
  for (const [n, m] of [
    [split[0], a.id],
    [split[1], b.id],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const user = await createUser(t.db);
      await createEnrolment(t.db, cohort.cohortId, { user, municipalityId: m, state: 'admitted' });
      participants.push({ user, municipalityId: m });
    }
  }
  const evaluator = await createUser(t.db, { roles: [Role.EVALUATION] });
  const evaluation: GraphQLClient = await signInAs(t, evaluator);
  const version = (await evaluation.ok<{ createQuestionnaire: VersionShape }>(CREATE_QUESTIONNAIRE, { input: QUESTIONNAIRE })).createQuestionnaire;
  return { cohort, trainer, participants, evaluation, version, ids: itemIds(version), municipalities: { a: a.id, b: b.id } };
}

export async function openSurvey(evaluation: GraphQLClient, versionId: string, cohortId: string, wave = 'PRE'): Promise<{ id: string; invited: number }> {
  const now = Date.now();
  const res = await evaluation.ok<{ createSurvey: { id: string; invited: number } }>(CREATE_SURVEY, {
    input: { versionId, cohortId, title: 'Vorher-Befragung', titleEn: 'Pre survey', wave, opensAt: new Date(now - DAY).toISOString(), closesAt: new Date(now + 7 * DAY).toISOString() },
  });
  return res.createSurvey;
}
