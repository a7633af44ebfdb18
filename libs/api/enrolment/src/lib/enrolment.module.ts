import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@koko/api/catalogue';
import { IdentityModule } from '@koko/api/identity';
import { Enrolment } from './enrolment.entity';
import { EnrolmentAnonymiseListener } from './enrolment-anonymise.listener';
import { EnrolmentQueryService } from './enrolment-query.service';
import { CohortFillResolver, EnrolmentResolver } from './enrolment.resolver';
import { EnrolmentService } from './enrolment.service';
import { PersonalDataModule } from '@koko/api/core/database';
import { EnrolmentPersonalData } from './enrolment-personal-data';
import { RetentionModule } from '@koko/api/core/jobs';
import { EnrolmentRetention } from './enrolment-retention';

/** Applications, admission decisions, capacity and the waitlist. */
@Module({
  imports: [TypeOrmModule.forFeature([Enrolment]), CatalogueModule, IdentityModule, PersonalDataModule, RetentionModule],
  providers: [EnrolmentPersonalData, EnrolmentRetention, EnrolmentAnonymiseListener, EnrolmentService, EnrolmentQueryService, EnrolmentResolver, CohortFillResolver],
  exports: [EnrolmentService, EnrolmentQueryService],
})
export class EnrolmentModule {}
