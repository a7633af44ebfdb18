import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@koko/api/catalogue';
import { PersonalDataModule } from '@koko/api/core/database';
import { JobsModule } from '@koko/api/core/jobs';
import { EnrolmentModule } from '@koko/api/enrolment';
import { EventsModule } from '@koko/api/events';
import { IdentityModule } from '@koko/api/identity';
import { AnswerService } from './answer.service';
import { PrePostExportService } from './export/pre-post-export.service';
import { ResearchExportService } from './export/research-export.service';
import { EvaluationClock } from './evaluation-clock';
import { EvaluationDemoData } from './evaluation-demo-data';
import { EvaluationPersonalData } from './evaluation-personal-data';
import { EvaluationResolver } from './evaluation.resolver';
import { SurveyMails } from './mails/survey-mails';
import { Item, Questionnaire, QuestionnaireVersionRow, Section } from './questionnaire.entity';
import { QuestionnaireService } from './questionnaire.service';
import { ResultsService } from './results/results.service';
import { KommuneResults } from './results/kommune-results';
import { Invitation, Survey } from './survey.entity';
import { SurveyService } from './survey.service';
import { SurveyContextsService } from './survey-contexts.service';
import { SurveyInvitees } from './survey-invitees';

/** Evaluation: questionnaires, anonymous surveys, results from a minimum group size up. */
@Module({
  imports: [TypeOrmModule.forFeature([Questionnaire, QuestionnaireVersionRow, Section, Item, Survey, Invitation]), CatalogueModule, EnrolmentModule, EventsModule, IdentityModule, PersonalDataModule, JobsModule],
  providers: [EvaluationDemoData, EvaluationPersonalData, EvaluationClock, SurveyMails, SurveyInvitees, SurveyContextsService, QuestionnaireService, SurveyService, AnswerService, ResultsService, KommuneResults, ResearchExportService, PrePostExportService, EvaluationResolver],
  exports: [EvaluationClock, SurveyMails, EvaluationDemoData, KommuneResults],
})
export class EvaluationModule {}
