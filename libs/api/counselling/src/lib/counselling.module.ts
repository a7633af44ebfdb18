import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@koko/api/catalogue';
import { EventsModule } from '@koko/api/events';
import { IdentityModule } from '@koko/api/identity';
import { CounsellingAssignment, CounsellingMessageRow, CounsellingRequestRow } from './counselling.entity';
import { CounsellingThreadService } from './thread.service';
import { CounsellingResolver } from './counselling.resolver';
import { CounsellingService } from './counselling.service';
import { CounsellingPersonalData } from './counselling-personal-data';
import { PersonalDataModule } from '@koko/api/core/database';

/** Counselling (Beratung): requests from municipalities, triage, advisors accompanying them. */
@Module({
  imports: [TypeOrmModule.forFeature([CounsellingRequestRow, CounsellingAssignment, CounsellingMessageRow]), CatalogueModule, EventsModule, IdentityModule, PersonalDataModule],
  providers: [CounsellingService, CounsellingThreadService, CounsellingResolver, CounsellingPersonalData],
  exports: [CounsellingService],
})
export class CounsellingModule {}
