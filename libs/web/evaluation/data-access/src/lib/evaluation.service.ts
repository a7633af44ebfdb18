import { inject, Injectable } from '@angular/core';
import {
  type AnswerInput,
  dataOf,
  type ItemKind,
  type ResultGrouping,
  type QuestionnaireInput,
  type SurveyInput,
  type SurveyWave,
} from '@koko/web/shared/data-access-graphql';
import {
  AnswerSurveyByLinkDocument,
  AnswerSurveyDocument,
  CreateQuestionnaireDocument,
  CreateSurveyDocument,
  type CreateSurveyMutation,
  EvaluationSurveysDocument,
  type EvaluationSurveysQuery,
  type ItemResultFieldsFragment,
  MyOpenSurveysDocument,
  type MyOpenSurveysQuery,
  PrePostExportDocument,
  QuestionnairesDocument,
  type QuestionnairesQuery,
  QuestionnaireVersionDocument,
  type QuestionnaireVersionFieldsFragment,
  SaveQuestionnaireDocument,
  PrePostMatchRatesDocument,
  type PrePostMatchRatesQuery,
  SendSurveyReminderDocument,
  SurveyRawExportDocument,
  type ExportFileFieldsFragment,
  SurveyByLinkDocument,
  SurveyContextsDocument,
  type SurveyContextsQuery,
  SurveyResultsDocument,
  type SurveyResultsQuery,
  SurveyToAnswerDocument,
  type SurveyToAnswerFieldsFragment,
} from '@koko/web/shared/data-access-graphql/evaluation';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type OpenSurvey = MyOpenSurveysQuery['myOpenSurveys'][number];
export type SurveyToAnswer = SurveyToAnswerFieldsFragment;
export type SurveyItem = SurveyToAnswer['questionnaire']['sections'][number]['items'][number];
export type StaffSurvey = EvaluationSurveysQuery['evaluationSurveys'][number];
export type SurveyResults = SurveyResultsQuery['surveyResults'];
export type ItemResult = ItemResultFieldsFragment;
export type MatchRate = PrePostMatchRatesQuery['prePostMatchRates'][number];
export type ExportFile = ExportFileFieldsFragment;
export type QuestionnaireSummary = QuestionnairesQuery['questionnaires'][number];
export type QuestionnaireVersion = QuestionnaireVersionFieldsFragment;
export type SurveyContexts = SurveyContextsQuery['surveyContexts'];
export type CreatedSurvey = CreateSurveyMutation['createSurvey'];
export type { AnswerInput, ItemKind, QuestionnaireInput, ResultGrouping, SurveyInput, SurveyWave };

/** Surveys: participants answer theirs; Evaluation, admins and trainers read aggregated results. */
@Injectable({ providedIn: 'root' })
export class EvaluationService {
  private readonly apollo = inject(Apollo);

  async myOpen(): Promise<OpenSurvey[]> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: MyOpenSurveysDocument, fetchPolicy: 'network-only' }))).myOpenSurveys;
  }

  async toAnswer(surveyId: string): Promise<SurveyToAnswer> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: SurveyToAnswerDocument, variables: { surveyId }, fetchPolicy: 'network-only' }))).surveyToAnswer;
  }

  async answer(surveyId: string, answers: AnswerInput[], code: string | null): Promise<void> {
    dataOf(await firstValueFrom(this.apollo.mutate({ mutation: AnswerSurveyDocument, variables: { input: { surveyId, answers, code } } })));
  }

  /** The survey a mail's one-time link opens (no sign-in needed). */
  async byLink(token: string): Promise<SurveyToAnswer> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: SurveyByLinkDocument, variables: { token }, fetchPolicy: 'network-only' }))).surveyByLink;
  }

  async answerByLink(token: string, surveyId: string, answers: AnswerInput[], code: string | null): Promise<void> {
    dataOf(await firstValueFrom(this.apollo.mutate({ mutation: AnswerSurveyByLinkDocument, variables: { token, input: { surveyId, answers, code } } })));
  }

  /** Evaluation only: raw data (CSV), SPSS syntax, R script and codebook. */
  async rawExport(surveyId: string): Promise<ExportFile[]> {
    const r = dataOf(await firstValueFrom(this.apollo.query({ query: SurveyRawExportDocument, variables: { surveyId }, fetchPolicy: 'network-only' }))).surveyRawExport;
    return [r.csv, r.sps, r.r, r.codebook];
  }

  async matchRates(): Promise<MatchRate[]> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: PrePostMatchRatesDocument, fetchPolicy: 'network-only' }))).prePostMatchRates;
  }

  /** Evaluation only: the linked pre/post pairs (CSV, SPSS syntax, R script). */
  async prePostExport(preSurveyId: string, postSurveyId: string): Promise<ExportFile[]> {
    const r = dataOf(await firstValueFrom(this.apollo.query({ query: PrePostExportDocument, variables: { preSurveyId, postSurveyId }, fetchPolicy: 'network-only' }))).prePostExport;
    return [r.csv, r.sps, r.r];
  }

  /** The survey's one reminder mail, now. */
  async sendReminder(surveyId: string): Promise<void> {
    dataOf(await firstValueFrom(this.apollo.mutate({ mutation: SendSurveyReminderDocument, variables: { surveyId } })));
  }

  /** The cohorts, modules and short formats a new survey can be bound to (Evaluation and admins). */
  async contexts(): Promise<SurveyContexts> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: SurveyContextsDocument, fetchPolicy: 'network-only' }))).surveyContexts;
  }

  /** A new survey; its people are invited at once (mailed when it opens). */
  async createSurvey(input: SurveyInput): Promise<CreatedSurvey> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: CreateSurveyDocument, variables: { input } }))).createSurvey;
  }

  async surveys(): Promise<StaffSurvey[]> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: EvaluationSurveysDocument, fetchPolicy: 'network-only' }))).evaluationSurveys;
  }

  async results(surveyId: string, grouping: ResultGrouping): Promise<SurveyResults> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: SurveyResultsDocument, variables: { surveyId, grouping }, fetchPolicy: 'network-only' }))).surveyResults;
  }

  /** Every questionnaire with its versions, newest first (Evaluation and admins). */
  async questionnaires(): Promise<QuestionnaireSummary[]> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: QuestionnairesDocument, fetchPolicy: 'network-only' }))).questionnaires;
  }

  async questionnaireVersion(id: string): Promise<QuestionnaireVersion> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: QuestionnaireVersionDocument, variables: { id }, fetchPolicy: 'network-only' }))).questionnaireVersion;
  }

  /** A new questionnaire (version 1), or the content saved into the newest version – a new one once that has responses. */
  async saveQuestionnaire(questionnaireId: string | null, input: QuestionnaireInput): Promise<QuestionnaireVersion> {
    if (!questionnaireId) return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: CreateQuestionnaireDocument, variables: { input } }))).createQuestionnaire;
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: SaveQuestionnaireDocument, variables: { questionnaireId, input } }))).saveQuestionnaire;
  }
}
