/**
 * Crossings that exist today and are still to be replaced by the owner's service or a read
 * interface (issue 10). This list may only shrink: the ownership test fails on any crossing not
 * listed here and on any entry here that no longer occurs. Never add to it; fix the code instead.
 * Format: `<file> <table | entity:Class>`.
 */
export const KNOWN_CROSSINGS: readonly string[] = [
  // Assessment reads enrolments, cohorts and modules through their entities for access checks and mail context.
  'libs/api/assessment/src/lib/assessment-loaders.ts entity:Enrolment',
  'libs/api/assessment/src/lib/assignment-access.ts entity:Enrolment',
  'libs/api/assessment/src/lib/assignment-access.ts entity:CohortModule',
  'libs/api/assessment/src/lib/attempts/assessment-anonymise.listener.ts enrolments',
  'libs/api/assessment/src/lib/grading/grading.service.ts entity:Enrolment',
  'libs/api/assessment/src/lib/grading/grading.service.ts entity:CohortTrainer',
  'libs/api/assessment/src/lib/grading/grading.service.ts entity:CohortModule',
  'libs/api/assessment/src/lib/rubrics/rubric.service.ts entity:ProgrammeModule',
  // The reminder and digest jobs select their recipients in one statement across domains.
  'libs/api/assessment/src/lib/reminders/digest.service.ts cohort_trainers',
  'libs/api/assessment/src/lib/reminders/digest.service.ts enrolments',
  'libs/api/assessment/src/lib/reminders/digest.service.ts programme_modules',
  'libs/api/assessment/src/lib/reminders/reminder.service.ts enrolments',
  'libs/api/assessment/src/lib/reminders/reminder.service.ts cohort_modules',
  'libs/api/assessment/src/lib/reminders/reminder.service.ts programme_modules',
  // The trainers loader orders trainers by name with a join on users.
  'libs/api/catalogue/src/lib/cohorts/cohort.service.ts entity:User',
  // Issuing reads the enrolment, cohort, sessions and holder to print the document.
  'libs/api/certificates/src/lib/issuing/certificate-document.ts entity:ProgrammeModule',
  'libs/api/certificates/src/lib/issuing/certificate-document.ts entity:CohortSession',
  'libs/api/certificates/src/lib/issuing/certificate-document.ts entity:Cohort',
  'libs/api/certificates/src/lib/issuing/certificate-issuer.service.ts entity:Enrolment',
  'libs/api/certificates/src/lib/issuing/certificate-issuer.service.ts entity:Cohort',
  // Admin lists filter and search enrolments by cohort, municipality and participant name in SQL.
  'libs/api/enrolment/src/lib/enrolment-query.service.ts entity:Cohort',
  'libs/api/enrolment/src/lib/enrolment-query.service.ts entity:Municipality',
  'libs/api/enrolment/src/lib/enrolment-query.service.ts entity:User',
  'libs/api/enrolment/src/lib/enrolment.service.ts entity:Cohort',
  'libs/api/enrolment/src/lib/enrolment.service.ts entity:Municipality',
  // Progress derives from sessions, enrolments and requirements it reads directly.
  'libs/api/progress/src/lib/attendance/attendance.service.ts entity:CohortSession',
  'libs/api/progress/src/lib/attendance/attendance.service.ts entity:Enrolment',
  'libs/api/progress/src/lib/attendance/attendance.service.ts entity:User',
  'libs/api/progress/src/lib/calendar/calendar.service.ts entity:Enrolment',
  'libs/api/progress/src/lib/calendar/calendar.service.ts entity:CohortTrainer',
  'libs/api/progress/src/lib/calendar/calendar.service.ts entity:Cohort',
  'libs/api/progress/src/lib/calendar/calendar.service.ts entity:CohortSession',
  'libs/api/progress/src/lib/calendar/calendar.service.ts entity:ProgrammeModule',
  'libs/api/progress/src/lib/progress/progress.service.ts entity:Enrolment',
  'libs/api/progress/src/lib/progress/progress.service.ts entity:CohortModule',
  'libs/api/progress/src/lib/progress/progress.service.ts entity:Cohort',
  'libs/api/progress/src/lib/progress/progress.service.ts entity:User',
  'libs/api/progress/src/lib/progress/progress.service.ts entity:ProgrammeModule',
  'libs/api/progress/src/lib/progress/progress.service.ts entity:CohortSession',
];
