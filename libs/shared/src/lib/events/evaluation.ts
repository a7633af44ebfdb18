/** Evaluation (surveys): what staff do is audited; who answered what never is. */
export const EvaluationEvents = {
  /** A questionnaire, a survey or a research export (EvaluationAuditedEvent). */
  Audited: 'evaluation.audited',
  /** Invitations or the reminder of a survey go out (SurveyMailEvent). */
  SurveyMail: 'evaluation.survey-mail',
} as const;

/**
 * Survey invitations or the reminder, to people who have not answered; each link carries a
 * one-time token that lets its holder answer once without signing in.
 */
export interface SurveyMailEvent {
  kind: 'invitation' | 'reminder';
  title: string;
  titleEn: string;
  closesAt: string;
  /** The smallest group for which results are shown (the mail says so). */
  minGroup: number;
  recipients: Array<{ userId: string; answerUrl: string }>;
}

export interface EvaluationAuditedEvent {
  actorId: string;
  /** e.g. `evaluation-survey.created`, `evaluation-survey.raw-exported`. */
  action: string;
  entityType: 'evaluation_questionnaire' | 'evaluation_survey';
  entityId: string;
  cohortId: string | null;
  after: Record<string, unknown> | null;
}
