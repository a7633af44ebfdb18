/**
 * Domain event contracts. The domain that causes an event emits it; notifications (mail) and the
 * audit trail listen. Payloads are plain data: ids and the facts of the change. They carry no copy of
 * another domain's data about people (address, name, language): a consumer that writes to someone
 * loads that once per event through identity's read interface, so no producer reads accounts just
 * to pass them on.
 */
import type { Verdict } from './assessment-states';

export const IdentityEvents = {
  InvitationCreated: 'identity.invitation-created',
  PasswordResetRequested: 'identity.password-reset-requested',
  UserAnonymised: 'identity.user-anonymised',
  DataExportReady: 'identity.data-export-ready',
} as const;

/** An account was anonymised; every domain removes the personal data it holds about the user. */
export interface UserAnonymisedEvent {
  userId: string;
  /** The person themselves when they deleted their own account; an admin acting on request otherwise. */
  actorId: string;
  selfService: boolean;
  /**
   * Where the final confirmation goes: the address and language the account had until now (null when
   * it was anonymised before). Only the outbox keeps it, for that one mail.
   */
  formerEmail: string | null;
  formerName: string;
  locale: 'de' | 'en';
}

/** A person's data export is ready to download (the mail links to the page, which needs a session). */
export interface DataExportReadyEvent {
  userId: string;
  email: string;
  locale: 'de' | 'en';
  displayName: string;
  pageUrl: string;
  expiresAt: string;
}

export interface InvitationCreatedEvent {
  userId: string;
  email: string;
  locale: 'de' | 'en';
  invitedByName: string;
  acceptUrl: string;
  expiresAt: string;
}

export interface PasswordResetRequestedEvent {
  userId: string;
  email: string;
  locale: 'de' | 'en';
  displayName: string;
  resetUrl: string;
  expiresAt: string;
}

/** Enrolment states (DOMAIN.md): applied → admitted | waitlisted | declined; admitted → completed | withdrawn; waitlisted → admitted | declined. */
export type EnrolmentStateName = 'applied' | 'admitted' | 'waitlisted' | 'declined' | 'completed' | 'withdrawn';

export const EnrolmentEvents = {
  Applied: 'enrolment.applied',
  StateChanged: 'enrolment.state-changed',
  ExistingAccountApplied: 'enrolment.existing-account-applied',
} as const;

/**
 * Whom an enrolment event is about, by id: the participant's address, name and language and the
 * cohort's name (in the reader's language) are not copied in; mail reads them by id.
 */
interface EnrolmentPerson {
  enrolmentId: string;
  cohortId: string;
  userId: string;
}

export interface EnrolmentAppliedEvent extends EnrolmentPerson {
  /**
   * Set when the application created the account: the receipt carries the link to set a password
   * (no separate invitation mail). `expiresAt` is ISO 8601.
   */
  setPassword: { url: string; expiresAt: string } | null;
  actorId: string | null;
  after: Record<string, unknown>;
}

export interface EnrolmentStateChangedEvent extends EnrolmentPerson {
  from: EnrolmentStateName;
  to: EnrolmentStateName;
  message: string | null;
  /** Admitted automatically from the waitlist because a place became free. */
  movedUp: boolean;
  actorId: string | null;
  dashboardUrl: string;
}

/** Someone applied anonymously with the address of an existing account: they are asked to sign in. */
export interface ExistingAccountAppliedEvent {
  /** The existing account; mail reads its address, name and language. */
  userId: string;
  cohortId: string;
  signInUrl: string;
}

export const AttendanceEvents = {
  Changed: 'attendance.changed',
} as const;

export interface AttendanceValue {
  status: 'present' | 'excused' | 'absent';
  excuseWaived: boolean;
}

export interface AttendanceChangedEvent {
  sessionId: string;
  enrolmentId: string;
  cohortId: string;
  participantId: string;
  actorId: string;
  before: AttendanceValue | null;
  after: AttendanceValue | null;
}

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

export const CertificateEvents = {
  Issued: 'certificate.issued',
  Revoked: 'certificate.revoked',
  Reissued: 'certificate.reissued',
  Downloaded: 'certificate.downloaded',
} as const;

export interface CertificateEventBase {
  certificateId: string;
  number: string;
  cohortId: string | null;
  /** The account the certificate belongs to; mail goes there unless the account is anonymised. */
  holderId: string | null;
  /** The name printed on the certificate (a fact of the certificate, not of the account). */
  printedName: string;
  actorId: string | null;
}

export interface CertificateIssuedEvent extends CertificateEventBase {
  /** The printed title, as the holder chose it (e.g. "Konfliktmanagerin"). */
  certificateTitle: string;
  verificationUrl: string;
  dashboardUrl: string;
  /** Issued automatically when the last module completed. */
  automatic: boolean;
}

export interface CertificateRevokedEvent extends CertificateEventBase {
  reason: string;
  note: string | null;
  revokedAt: string;
}

export interface CertificateReissuedEvent extends CertificateEventBase {
  previousId: string;
  previousNumber: string;
  reason: string;
  printedNameBefore: string;
  printedNameAfter: string;
}

export interface CertificateDownloadedEvent {
  actorId: string;
  cohortId: string | null;
  certificateIds: string[];
  /** The holder when one certificate was downloaded (null for a cohort's ZIP or an anonymised holder). */
  holderId: string | null;
  kind: 'pdf' | 'zip';
}

/** Short formats (Vernetzung): every change is audited; mails go to registrants. */
export const ShortFormatEvents = {
  /** Any change worth the audit trail: an event, a topic, a registration's move. */
  Audited: 'short-format.audited',
  /** A mail to a registrant (ShortFormatRegistrantMailEvent). */
  RegistrantMail: 'short-format.registrant-mail',
} as const;

export interface ShortFormatAuditedEvent {
  actorId: string | null;
  /** e.g. `short-format.published`, `short-format-registration.confirmed`. */
  action: string;
  entityType: 'short_format' | 'short_format_topic' | 'short_format_registration';
  entityId: string;
  subjectUserId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A mail to one registrant of a short format; `kind` picks the template. */
export interface ShortFormatRegistrantMailEvent {
  kind: 'confirm-request' | 'confirmed' | 'waiting' | 'offer' | 'cancelled' | 'event-cancelled' | 'offer-expired' | 'attendance-confirmation' | 'reminder';
  email: string;
  locale: 'de' | 'en';
  name: string;
  title: string;
  startsAt: string;
  endsAt: string;
  format: 'online' | 'in_person' | 'hybrid';
  address: string | null;
  /** Only in mails to confirmed registrants. */
  joinUrl: string | null;
  /** The page behind the personal link: status, confirm, cancel (buttons; opening it changes nothing). */
  manageUrl: string;
  confirmBy: string | null;
  offerExpiresAt: string | null;
  waitingPosition: number | null;
  checkInCode: string | null;
  /** In person and hybrid, confirmed only: the QR code image (its content is a random token, no personal data). */
  checkInQrUrl: string | null;
  note: string | null;
}

export const ContentEvents = {
  PageUpdated: 'content.page-updated',
} as const;

/** An admin saved a new version of a public page (imprint, privacy statement, …). */
export interface ContentPageUpdatedEvent {
  actorId: string;
  slug: string;
  locale: 'de' | 'en';
  version: number;
  title: string;
}

export const BarrierReportEvents = {
  Received: 'content.barrier-report-received',
  StatusChanged: 'content.barrier-report-status-changed',
} as const;

/** Someone reported an accessibility barrier; the team is told, and the sender if they left an address. */
export interface BarrierReportReceivedEvent {
  reportId: string;
  teamEmail: string;
  pageUrl: string;
  description: string;
  name: string | null;
  email: string | null;
  locale: 'de' | 'en';
  adminUrl: string;
}

export interface BarrierReportStatusChangedEvent {
  reportId: string;
  actorId: string;
  from: 'new' | 'in_progress' | 'answered';
  to: 'new' | 'in_progress' | 'answered';
}

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

/** Counselling (Beratung): every change to a request is audited. */
export const CounsellingEvents = {
  /** A request filed, assigned, moved on in its status (CounsellingAuditedEvent). */
  Audited: 'counselling.audited',
  /** A request was filed: the requester is acknowledged (an acute one says so), the team told (CounsellingRequestFiledEvent). */
  RequestFiled: 'counselling.request-filed',
  /** Advisors were newly assigned to a request (CounsellingAssignedEvent). */
  Assigned: 'counselling.assigned',
  /** A request changed its status; its requester is told (CounsellingStatusChangedEvent). */
  StatusChanged: 'counselling.status-changed',
  /** A message or a confidential note was posted in a request's thread (CounsellingMessagePostedEvent). */
  MessagePosted: 'counselling.message-posted',
} as const;

/** What counselling mails name: the topic in both languages and the Kommune. */
export interface CounsellingRequestFacts {
  requestId: string;
  topicTitle: string;
  topicTitleEn: string;
  municipalityName: string;
  /** The request's page in the web app. */
  requestUrl: string;
}

export interface CounsellingRequestFiledEvent extends CounsellingRequestFacts {
  requesterId: string;
  urgency: 'normal' | 'soon' | 'acute';
  /** The programme team's address (TEAM_EMAIL). */
  teamEmail: string;
}

export interface CounsellingAssignedEvent extends CounsellingRequestFacts {
  /** Only the advisors who were not assigned before. */
  advisorIds: string[];
}

export interface CounsellingStatusChangedEvent extends CounsellingRequestFacts {
  requesterId: string;
  status: 'new' | 'accepted' | 'in_progress' | 'closed' | 'declined';
}

export interface CounsellingMessagePostedEvent extends CounsellingRequestFacts {
  authorId: string;
  /** Everyone the message is for but its author: a confidential note reaches advisors only. */
  recipientIds: string[];
  confidential: boolean;
}

export interface CounsellingAuditedEvent {
  actorId: string;
  /** e.g. `counselling-request.created`, `counselling-request.assigned`, `counselling-request.status-changed`. */
  action: string;
  entityType: 'counselling_request';
  entityId: string;
  /** The requester. */
  subjectUserId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
