import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@koko/api/catalogue';
import { PersonalDataModule } from '@koko/api/core/database';
import { EnrolmentModule } from '@koko/api/enrolment';
import { IdentityModule } from '@koko/api/identity';
import { KommuneAdvisorRow, MilestoneRow } from './accompaniment.entity';
import { AccompanimentEnrolmentListener } from './accompaniment.listener';
import { AccompanimentPersonalData } from './accompaniment-personal-data';
import { AccompanimentResolver } from './accompaniment.resolver';
import { AccompanimentService } from './accompaniment.service';

/**
 * Accompaniment (Begleitung): each participating Kommune's development path and its advisors.
 * Reads Kommunen (catalogue), seats (enrolment), people (identity) and assignment states (progress's
 * ASSIGNMENT_STATES, global) through their exported interfaces.
 */
@Module({
  imports: [TypeOrmModule.forFeature([MilestoneRow, KommuneAdvisorRow]), CatalogueModule, EnrolmentModule, IdentityModule, PersonalDataModule],
  providers: [AccompanimentService, AccompanimentResolver, AccompanimentEnrolmentListener, AccompanimentPersonalData],
  exports: [AccompanimentService],
})
export class AccompanimentModule {}
