export * from './lib/catalogue.module';
export * from './lib/municipalities/municipality.entity';
export * from './lib/municipalities/municipality-kind';
export { MunicipalityImportService } from './lib/municipalities/municipality-import.service';
