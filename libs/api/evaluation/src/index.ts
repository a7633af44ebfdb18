export * from './lib/evaluation.module';
export { EvaluationClock } from './lib/evaluation-clock';
export { EvaluationErrorCode } from './lib/evaluation.exception';
export { SurveyMails, SURVEY_MAIL_JOB } from './lib/mails/survey-mails';
export { EvaluationDemoData, DEMO_PRE_SURVEY } from './lib/evaluation-demo-data';
export { KommuneResults, KommuneSurveyResult, KommuneItemFigure } from './lib/results/kommune-results';
