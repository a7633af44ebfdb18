import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public, Roles } from '@koko/api/core/auth';
import { Role } from '@koko/shared';
import { AnswerService } from './answer.service';
import { PrePostExport, PrePostExportService, PrePostMatchRate } from './export/pre-post-export.service';
import { ResearchExport, ResearchExportService } from './export/research-export.service';
import { ExportFile } from '@koko/api/core/graphql';
import { QuestionnaireInput } from './dto/questionnaire.input';
import { AnswerSurveyInput, ResultGrouping, SurveyInput } from './dto/survey.input';
import { OpenSurvey, StaffSurvey, SurveyResults, SurveyToAnswer } from './dto/survey.model';
import { QuestionnaireSummary, QuestionnaireVersion } from './questionnaire.entity';
import { QuestionnaireService } from './questionnaire.service';
import { ResultsService } from './results/results.service';
import { Survey } from './survey.entity';
import { SurveyService } from './survey.service';
import { SurveyContexts } from './dto/survey-contexts.model';
import { SurveyContextsService } from './survey-contexts.service';

/** Questionnaires and surveys (Evaluation and admins), answering (participants), results. */
@Resolver()
export class EvaluationResolver {
  constructor(
    private readonly questionnaires: QuestionnaireService,
    private readonly surveys: SurveyService,
    private readonly answers: AnswerService,
    private readonly results: ResultsService,
    private readonly exports: ResearchExportService,
    private readonly prePost: PrePostExportService,
    private readonly contexts: SurveyContextsService,
  ) {}

  @Roles(Role.EVALUATION, Role.ADMIN)
  @Query(() => [QuestionnaireSummary], { name: 'questionnaires', description: 'Every questionnaire with its versions, newest first.' })
  questionnaireList(): Promise<QuestionnaireSummary[]> {
    return this.questionnaires.list();
  }

  @Roles(Role.EVALUATION, Role.ADMIN)
  @Query(() => QuestionnaireVersion, { name: 'questionnaireVersion', description: 'One version with its sections and items.' })
  questionnaireVersion(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<QuestionnaireVersion> {
    return this.questionnaires.version(id);
  }

  @Roles(Role.EVALUATION, Role.ADMIN)
  @Mutation(() => QuestionnaireVersion, { name: 'createQuestionnaire', description: 'A new questionnaire with its first version.' })
  createQuestionnaire(@CurrentUser() actor: AuthUser, @Args('input') input: QuestionnaireInput): Promise<QuestionnaireVersion> {
    return this.questionnaires.create(actor, input);
  }

  @Roles(Role.EVALUATION, Role.ADMIN)
  @Mutation(() => QuestionnaireVersion, {
    name: 'saveQuestionnaire',
    description: 'Saves the content into the newest version, or into a new version once the newest has responses.',
  })
  saveQuestionnaire(
    @CurrentUser() actor: AuthUser,
    @Args('questionnaireId', { type: () => ID }, ParseUUIDPipe) questionnaireId: string,
    @Args('input') input: QuestionnaireInput,
  ): Promise<QuestionnaireVersion> {
    return this.questionnaires.save(actor, questionnaireId, input);
  }

  @Roles(Role.EVALUATION, Role.ADMIN)
  @Mutation(() => StaffSurvey, { name: 'createSurvey', description: 'Binds a version to a cohort (pre, post or a module) or a short format (afterwards) and invites its participants or checked-in attendees.' })
  createSurvey(@CurrentUser() actor: AuthUser, @Args('input') input: SurveyInput): Promise<StaffSurvey> {
    return this.surveys.create(actor, input);
  }

  @Roles(Role.EVALUATION, Role.ADMIN)
  @Query(() => SurveyContexts, { name: 'surveyContexts', description: 'The cohorts, programme modules and short formats a new survey can be bound to.' })
  surveyContexts(): Promise<SurveyContexts> {
    return this.contexts.contexts();
  }

  @Roles(Role.EVALUATION, Role.ADMIN)
  @Mutation(() => Survey, {
    name: 'sendSurveyReminder',
    description: 'Sends the one reminder now, by mail, to the invited who have not answered; refused once sent or while the survey is not open.',
  })
  sendSurveyReminder(@CurrentUser() actor: AuthUser, @Args('surveyId', { type: () => ID }, ParseUUIDPipe) surveyId: string): Promise<Survey> {
    return this.surveys.remind(actor, surveyId);
  }

  @Roles(Role.EVALUATION, Role.ADMIN, Role.TRAINER)
  @Query(() => [StaffSurvey], { name: 'evaluationSurveys', description: 'Surveys (trainers: of their own cohorts) with invitation and response counts.' })
  staffSurveys(@CurrentUser() viewer: AuthUser): Promise<StaffSurvey[]> {
    return this.surveys.staffList(viewer, this.results.minGroup);
  }

  @Roles(Role.EVALUATION, Role.ADMIN, Role.TRAINER)
  @Query(() => SurveyResults, { name: 'surveyResults', description: 'Aggregated results; nothing for a group below the minimum group size.' })
  surveyResults(
    @CurrentUser() viewer: AuthUser,
    @Args('surveyId', { type: () => ID }, ParseUUIDPipe) surveyId: string,
    @Args('grouping', { type: () => ResultGrouping, defaultValue: ResultGrouping.NONE }) grouping: ResultGrouping,
  ): Promise<SurveyResults> {
    return this.results.results(viewer, surveyId, grouping);
  }

  @Roles(Role.PARTICIPANT)
  @Query(() => [OpenSurvey], { name: 'myOpenSurveys', description: 'Open surveys the caller is invited to and has not answered.' })
  myOpenSurveys(@CurrentUser() user: AuthUser): Promise<OpenSurvey[]> {
    return this.surveys.myOpen(user);
  }

  @Roles(Role.PARTICIPANT)
  @Query(() => SurveyToAnswer, { name: 'surveyToAnswer', description: 'The questionnaire of an open survey the caller may still answer.' })
  surveyToAnswer(@CurrentUser() user: AuthUser, @Args('surveyId', { type: () => ID }, ParseUUIDPipe) surveyId: string): Promise<SurveyToAnswer> {
    return this.surveys.toAnswer(user, surveyId);
  }

  @Roles(Role.PARTICIPANT)
  @Mutation(() => Boolean, { name: 'answerSurvey', description: 'Submits the caller’s answers, once; stored without anything that names them.' })
  answerSurvey(@CurrentUser() user: AuthUser, @Args('input') input: AnswerSurveyInput): Promise<boolean> {
    return this.answers.answer(user, input);
  }

  @Public()
  @Query(() => SurveyToAnswer, { name: 'surveyByLink', description: 'The survey a mail’s one-time link opens (no sign-in): SURVEY_LINK_INVALID once used.' })
  surveyByLink(@Args('token') token: string): Promise<SurveyToAnswer> {
    return this.surveys.toAnswerByLink(token);
  }

  @Public()
  @Mutation(() => Boolean, { name: 'answerSurveyByLink', description: 'Submits the answers through a mail’s one-time link, once; the link is then void.' })
  answerSurveyByLink(@Args('token') token: string, @Args('input') input: AnswerSurveyInput): Promise<boolean> {
    return this.answers.answerByLink(token, input);
  }

  @Roles(Role.EVALUATION, Role.ADMIN)
  @Query(() => ExportFile, { name: 'questionnaireCodebook', description: 'The codebook of a questionnaire version (Markdown): export columns, labels, values, missing values.' })
  questionnaireCodebook(@Args('versionId', { type: () => ID }, ParseUUIDPipe) versionId: string): Promise<ExportFile> {
    return this.exports.codebookFile(versionId);
  }

  @Roles(Role.EVALUATION, Role.ADMIN)
  @Query(() => [PrePostMatchRate], {
    name: 'prePostMatchRates',
    description: 'Per cohort with a pre and a post survey: how many responses the self-generated code links (exactly, and by k of 5 elements).',
  })
  prePostMatchRates(@Args('minAgreement', { type: () => Int, defaultValue: 4 }) minAgreement: number): Promise<PrePostMatchRate[]> {
    return this.prePost.matchRates(minAgreement);
  }

  @Roles(Role.EVALUATION)
  @Query(() => PrePostExport, {
    name: 'prePostExport',
    description: 'Evaluation only: the linked pre/post pairs of a cohort (CSV, SPSS, R), without codes; from the minimum number of pairs up, audit-logged.',
  })
  prePostExport(
    @CurrentUser() actor: AuthUser,
    @Args('preSurveyId', { type: () => ID }, ParseUUIDPipe) preSurveyId: string,
    @Args('postSurveyId', { type: () => ID }, ParseUUIDPipe) postSurveyId: string,
    @Args('minAgreement', { type: () => Int, defaultValue: 4 }) minAgreement: number,
  ): Promise<PrePostExport> {
    return this.prePost.export(actor, preSurveyId, postSurveyId, minAgreement);
  }

  @Roles(Role.EVALUATION)
  @Query(() => ResearchExport, {
    name: 'surveyRawExport',
    description: 'Evaluation only: the raw responses (CSV) with SPSS syntax; from the minimum group size up, audit-logged.',
  })
  rawExport(@CurrentUser() actor: AuthUser, @Args('surveyId', { type: () => ID }, ParseUUIDPipe) surveyId: string): Promise<ResearchExport> {
    return this.exports.raw(actor, surveyId);
  }
}
