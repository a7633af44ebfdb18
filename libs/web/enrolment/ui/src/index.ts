export * from './lib/labels';
export * from './lib/enrolment-state-chip';
export * from './lib/municipality-autocomplete';
