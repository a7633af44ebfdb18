import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Cohort, CohortModule, CohortSession, CohortTrainer } from './cohorts/cohort.entity';
import { CohortModuleResolver, CohortResolver, CohortSessionResolver } from './cohorts/cohort.resolver';
import { CohortService } from './cohorts/cohort.service';
import { MunicipalityDirectory } from './municipalities/municipality-directory';
import { MunicipalityImportService } from './municipalities/municipality-import.service';
import { Municipality } from './municipalities/municipality.entity';
import { MunicipalityResolver } from './municipalities/municipality.resolver';
import { MunicipalityService } from './municipalities/municipality.service';
import { ProgrammeModule } from './programme/programme-module.entity';
import { ProgrammeResolver } from './programme/programme.resolver';
import { ProgrammeService } from './programme/programme.service';
import { PersonalDataModule } from '@koko/api/core/database';
import { CataloguePersonalData } from './catalogue-personal-data';
import { ProgrammeTextDirectory } from './texts/programme-text-directory';

/** The programme's reference data: municipalities, the five modules, cohorts and their sessions. */
@Module({
  imports: [TypeOrmModule.forFeature([Municipality, ProgrammeModule, Cohort, CohortTrainer, CohortModule, CohortSession]), PersonalDataModule],
  providers: [
    CataloguePersonalData,
    MunicipalityService,
    MunicipalityDirectory,
    MunicipalityImportService,
    MunicipalityResolver,
    ProgrammeService,
    ProgrammeResolver,
    CohortService,
    CohortResolver,
    CohortModuleResolver,
    CohortSessionResolver,
    ProgrammeTextDirectory,
  ],
  exports: [MunicipalityService, MunicipalityDirectory, MunicipalityImportService, ProgrammeService, CohortService, ProgrammeTextDirectory],
})
export class CatalogueModule {}
