export * from './attempt.factory';
export * from './certificate.factory';
export * from './cohort.factory';
export * from './enrolment.factory';
export * from './municipality.factory';
export * from './programme.factory';
export * from './user.factory';
export * from './short-format.factory';
