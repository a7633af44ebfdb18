export * from './lib/programme-time';
export * from './lib/programme-admin.service';
export * from './lib/municipalities-admin.service';
export * from './lib/cohorts-admin.service';
export type { ModuleFormat } from '@koko/web/shared/data-access-graphql';
