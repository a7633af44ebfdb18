export * from './lib/applications.service';
export * from './lib/municipality-options.service';
export * from './lib/admin-enrolments.service';
export * from './lib/my-enrolments.service';
export * from './lib/cohort-schedule';
export * from './lib/enrolment-labels';
export * from './lib/enrolment-format';
export * from './lib/decision-summary';
export type { EnrolmentDecision, EnrolmentState, Locale, MunicipalityKind } from '@koko/web/shared/data-access-graphql';
