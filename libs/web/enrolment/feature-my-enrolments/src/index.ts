export * from './lib/my-enrolments-section';
