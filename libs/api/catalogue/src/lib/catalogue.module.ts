import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalityImportService } from './municipalities/municipality-import.service';
import { Municipality } from './municipalities/municipality.entity';
import { MunicipalityResolver } from './municipalities/municipality.resolver';
import { MunicipalityService } from './municipalities/municipality.service';

/** The programme's reference data: municipalities now; modules and cohorts next. */
@Module({
  imports: [TypeOrmModule.forFeature([Municipality])],
  providers: [MunicipalityService, MunicipalityImportService, MunicipalityResolver],
  exports: [MunicipalityService, MunicipalityImportService],
})
export class CatalogueModule {}
