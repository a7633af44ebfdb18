import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@koko/api/catalogue';
import { PersonalDataModule } from '@koko/api/core/database';
import { CounsellingModule } from '@koko/api/counselling';
import { EnrolmentModule } from '@koko/api/enrolment';
import { EvaluationModule } from '@koko/api/evaluation';
import { EventsModule } from '@koko/api/events';
import { IdentityModule } from '@koko/api/identity';
import { KommuneAdvisorRow, MilestoneRow } from './accompaniment.entity';
import { AccompanimentEnrolmentListener } from './accompaniment.listener';
import { AccompanimentPersonalData } from './accompaniment-personal-data';
import { AccompanimentResolver } from './accompaniment.resolver';
import { AccompanimentService } from './accompaniment.service';
import { KommunePageResolver } from './kommune-page/kommune-page.resolver';
import { KommunePageService } from './kommune-page/kommune-page.service';

/**
 * Accompaniment (Begleitung): each participating Kommune's development path and its advisors, and
 * the Kommune page. Reads Kommunen (catalogue), seats (enrolment), people (identity), progress and
 * assignment states (progress, global), short-format attendance (events), counselling requests and
 * evaluation aggregates through their exported interfaces.
 */
@Module({
  imports: [TypeOrmModule.forFeature([MilestoneRow, KommuneAdvisorRow]), CatalogueModule, EnrolmentModule, IdentityModule, EventsModule, CounsellingModule, EvaluationModule, PersonalDataModule],
  providers: [AccompanimentService, AccompanimentResolver, AccompanimentEnrolmentListener, AccompanimentPersonalData, KommunePageService, KommunePageResolver],
  exports: [AccompanimentService],
})
export class AccompanimentModule {}
