import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@koko/api/catalogue';
import { EnrolmentModule } from '@koko/api/enrolment';
import { IdentityModule } from '@koko/api/identity';
import { AssignmentAccess } from './assignment-access';
import { AssessmentAnonymiseListener } from './attempts/assessment-anonymise.listener';
import { AttemptFilesController } from './files/attempt-files.controller';
import { AttemptFilesService } from './files/attempt-files.service';
import { AssignmentExtension, AssignmentAttempt, AttemptFeedback, AttemptFile } from './attempts/attempt.entity';
import { AttemptResolver } from './attempts/attempt.resolver';
import { AttemptsService } from './attempts/attempts.service';
import { AttemptAssignmentStates } from './attempts/assignment-states.provider';
import { GradingResolver } from './grading/grading.resolver';
import { GradingService } from './grading/grading.service';
import { SubmissionMailFieldResolver } from './grading/submission-mail.resolver';
import { SubmissionMailService } from './grading/submission-mail.service';
import { TrainerMailPreference } from './grading/trainer-mail-preference.entity';
import { RubricCriterion, RubricLevel } from './rubrics/rubric.entity';
import { RubricResolver } from './rubrics/rubric.resolver';
import { RubricService } from './rubrics/rubric.service';
import { RemindersModule } from './reminders';
import { PersonalDataModule } from '@koko/api/core/database';
import { AssessmentPersonalData } from './assessment-personal-data';
import { AttemptStoredFiles } from './files/attempt-stored-files';
import { StoredFilesModule } from '@koko/api/core/storage';

/** Transfer assignments: drafts, files, submission, rubrics, grading, extensions. */
@Module({
  imports: [
    TypeOrmModule.forFeature([AssignmentAttempt, AttemptFile, AttemptFeedback, AssignmentExtension, RubricCriterion, RubricLevel, TrainerMailPreference]),
    CatalogueModule,
    EnrolmentModule,
    IdentityModule,
    RemindersModule,
    PersonalDataModule,
    StoredFilesModule,
  ],
  controllers: [AttemptFilesController],
  providers: [AssessmentPersonalData, AttemptStoredFiles, SubmissionMailFieldResolver, SubmissionMailService, AssessmentAnonymiseListener, AttemptFilesService, AssignmentAccess, AttemptsService, AttemptResolver, GradingService, GradingResolver, RubricService, RubricResolver, AttemptAssignmentStates],
  exports: [AttemptAssignmentStates, AttemptsService],
})
export class AssessmentModule {}
