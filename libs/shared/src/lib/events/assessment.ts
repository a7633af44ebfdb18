import type { Verdict } from '../assessment-states';

export const AssessmentEvents = {
  Submitted: 'assessment.submitted',
  FeedbackReleased: 'assessment.feedback-released',
  ExtensionGranted: 'assessment.extension-granted',
  ClaimTakenOver: 'assessment.claim-taken-over',
  ReminderDue: 'assessment.reminder-due',
  SubmissionDigestDue: 'assessment.submission-digest-due',
} as const;

interface AttemptContext {
  attemptId: string;
  attemptNo: number;
  enrolmentId: string;
  cohortId: string;
  moduleId: string;
  modulePosition: number;
  participantId: string;
}

export interface AttemptSubmittedEvent extends AttemptContext {
  late: boolean;
  submittedAt: string;
  /** The cohort's active trainers and how each wants to hear about submissions. */
  trainers: { id: string; mode: 'immediate' | 'digest' }[];
  gradingUrl: string;
}

export interface FeedbackReleasedEvent extends AttemptContext {
  verdict: Verdict;
  actorId: string;
  /** Set when a revision request opened the next attempt. */
  nextAttemptNo: number | null;
  /** When the revision is due (ISO), set with nextAttemptNo. */
  revisionDueAt: string | null;
  assignmentUrl: string;
  scores: Record<string, unknown>;
}

export interface ExtensionGrantedEvent {
  enrolmentId: string;
  cohortId: string;
  moduleId: string;
  participantId: string;
  dueAt: string;
  previousDueAt: string | null;
  reason: string;
  actorId: string;
  assignmentUrl: string;
}

export interface ClaimTakenOverEvent {
  attemptId: string;
  cohortId: string;
  participantId: string;
  fromUserId: string;
  actorId: string;
}

/** A deadline reminder, emitted once per participant, module, kind and due date (the scheduled reminder job). */
export interface ReminderDueEvent {
  enrolmentId: string;
  cohortId: string;
  moduleId: string;
  modulePosition: number;
  participantId: string;
  /** '7d': due within a week (more than a day away); '1d': due within a day. */
  kind: '7d' | '1d';
  /** The effective due date: the latest extension, else the cohort's. */
  dueAt: string;
  extended: boolean;
  assignmentUrl: string;
}

/** The daily list of new submissions for a trainer who chose the digest (trainer_mail_preferences). */
export interface SubmissionDigestDueEvent {
  trainerId: string;
  /** The window covered: after `since`, up to and including `until`. */
  since: string;
  until: string;
  /** Oldest first. */
  submissions: {
    attemptId: string;
    attemptNo: number;
    cohortId: string;
    moduleId: string;
    modulePosition: number;
    participantId: string;
    submittedAt: string;
    late: boolean;
    gradingUrl: string;
  }[];
  queueUrl: string;
}
