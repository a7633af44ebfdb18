import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { Row, unknownToken } from './matrix';

const STAFF = [Role.EVALUATION, Role.ADMIN];

export const QUESTIONNAIRE_INPUT = {
  title: 'Eingangsbefragung',
  titleEn: 'Entry survey',
  sections: [
    {
      title: 'Erwartungen',
      titleEn: 'Expectations',
      items: [{ code: 'exp1', kind: 'LIKERT5', text: 'Ich fühle mich gut vorbereitet.', textEn: 'I feel well prepared.', lowLabel: 'gar nicht', lowLabelEn: 'not at all', highLabel: 'voll und ganz', highLabelEn: 'completely', allowNoAnswer: true }],
    },
  ],
};

/** Evaluation: questionnaires and surveys (Evaluation, admins), answering (participants), results (also trainers, own cohorts). */
export const EVALUATION_ROWS: Row[] = [
  { operation: 'questionnaires', kind: 'query', document: `{ questionnaires { id } }`, audience: STAFF, allowedOutcome: 'data' },
  {
    operation: 'questionnaireVersion',
    kind: 'query',
    document: `query($id: ID!) { questionnaireVersion(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    audience: STAFF,
    allowedOutcome: 'QUESTIONNAIRE_NOT_FOUND',
  },
  {
    operation: 'createQuestionnaire',
    kind: 'mutation',
    document: `mutation($input: QuestionnaireInput!) { createQuestionnaire(input: $input) { id } }`,
    variables: () => ({ input: QUESTIONNAIRE_INPUT }),
    audience: STAFF,
    allowedOutcome: 'data',
  },
  {
    operation: 'saveQuestionnaire',
    kind: 'mutation',
    document: `mutation($id: ID!, $input: QuestionnaireInput!) { saveQuestionnaire(questionnaireId: $id, input: $input) { id } }`,
    variables: () => ({ id: randomUUID(), input: QUESTIONNAIRE_INPUT }),
    audience: STAFF,
    allowedOutcome: 'QUESTIONNAIRE_NOT_FOUND',
  },
  {
    operation: 'createSurvey',
    kind: 'mutation',
    document: `mutation($input: SurveyInput!) { createSurvey(input: $input) { id } }`,
    variables: () => ({
      input: { versionId: randomUUID(), title: 'Vorher', titleEn: 'Before', cohortId: randomUUID(), wave: 'MODULE', opensAt: '2031-01-01T00:00:00.000Z', closesAt: '2031-02-01T00:00:00.000Z' },
    }),
    audience: STAFF,
    allowedOutcome: 'MODULE_REQUIRED',
  },
  {
    operation: 'surveyContexts',
    kind: 'query',
    document: `{ surveyContexts { cohorts { id } modules { id } shortFormats { id } } }`,
    audience: STAFF,
    allowedOutcome: 'data',
  },
  {
    operation: 'sendSurveyReminder',
    kind: 'mutation',
    document: `mutation($id: ID!) { sendSurveyReminder(surveyId: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    audience: STAFF,
    allowedOutcome: 'SURVEY_NOT_FOUND',
  },
  {
    operation: 'surveyByLink',
    kind: 'query',
    document: `query($token: String!) { surveyByLink(token: $token) { id } }`,
    variables: () => ({ token: unknownToken() }),
    audience: 'anonymous',
    allowedOutcome: 'SURVEY_LINK_INVALID',
  },
  {
    operation: 'answerSurveyByLink',
    kind: 'mutation',
    document: `mutation($token: String!, $input: AnswerSurveyInput!) { answerSurveyByLink(token: $token, input: $input) }`,
    variables: () => ({ token: unknownToken(), input: { surveyId: randomUUID(), answers: [] } }),
    audience: 'anonymous',
    allowedOutcome: 'SURVEY_LINK_INVALID',
  },
  {
    operation: 'questionnaireCodebook',
    kind: 'query',
    document: `query($id: ID!) { questionnaireCodebook(versionId: $id) { filename } }`,
    variables: () => ({ id: randomUUID() }),
    audience: STAFF,
    allowedOutcome: 'QUESTIONNAIRE_NOT_FOUND',
  },
  { operation: 'prePostMatchRates', kind: 'query', document: `{ prePostMatchRates { cohortId } }`, audience: STAFF, allowedOutcome: 'data' },
  {
    operation: 'prePostExport',
    kind: 'query',
    document: `query($pre: ID!, $post: ID!) { prePostExport(preSurveyId: $pre, postSurveyId: $post) { exact } }`,
    variables: () => ({ pre: randomUUID(), post: randomUUID() }),
    audience: [Role.EVALUATION],
    allowedOutcome: 'SURVEY_NOT_FOUND',
  },
  { operation: 'evaluationSurveys', kind: 'query', document: `{ evaluationSurveys { id } }`, audience: [...STAFF, Role.TRAINER], allowedOutcome: 'data' },
  {
    operation: 'surveyResults',
    kind: 'query',
    document: `query($id: ID!) { surveyResults(surveyId: $id) { surveyId } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [...STAFF, Role.TRAINER],
    allowedOutcome: 'SURVEY_NOT_FOUND',
  },
  { operation: 'myOpenSurveys', kind: 'query', document: `{ myOpenSurveys { id } }`, audience: [Role.PARTICIPANT], allowedOutcome: 'data' },
  {
    operation: 'surveyToAnswer',
    kind: 'query',
    document: `query($id: ID!) { surveyToAnswer(surveyId: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.PARTICIPANT],
    allowedOutcome: 'SURVEY_NOT_FOUND',
  },
  {
    operation: 'answerSurvey',
    kind: 'mutation',
    document: `mutation($input: AnswerSurveyInput!) { answerSurvey(input: $input) }`,
    variables: () => ({ input: { surveyId: randomUUID(), answers: [] } }),
    audience: [Role.PARTICIPANT],
    allowedOutcome: 'SURVEY_NOT_FOUND',
  },
  {
    operation: 'surveyRawExport',
    kind: 'query',
    document: `query($id: ID!) { surveyRawExport(surveyId: $id) { csv { filename } } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.EVALUATION],
    allowedOutcome: 'SURVEY_NOT_FOUND',
  },
];
