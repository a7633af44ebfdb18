export * from './lib/my-surveys-page';
export * from './lib/survey-answer-page';
export * from './lib/surveys-results-page';
export * from './lib/survey-results-page';
export * from './lib/questionnaires-page';
export * from './lib/questionnaire-builder-page';
