export * from './lib/enrolments-page';
