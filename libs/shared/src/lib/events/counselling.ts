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
  /** An appointment was planned, changed or cancelled, or is tomorrow: mail with its .ics (CounsellingAppointmentEvent). */
  Appointment: 'counselling.appointment',
  /** Someone without a session asked for counselling with the address of an existing account: nothing stored, the owner is told how to ask signed in (CounsellingExistingAccountEvent). */
  ExistingAccountRequested: 'counselling.existing-account-requested',
  /** An acute request is still untaken after the set working hours: the whole team is reminded (CounsellingEscalatedEvent). */
  Escalated: 'counselling.escalated',
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
  /** Filed through the public form: the account was created with it, and the mail carries its set-password link. */
  setPassword?: { url: string; expiresAt: string } | null;
}

export interface CounsellingExistingAccountEvent {
  userId: string;
  /** Where the owner signs in and asks for counselling. */
  signInUrl: string;
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

/** What a mail about an appointment says; `ics` is the calendar file attached to it (RFC 5545). */
export interface CounsellingAppointmentEvent extends CounsellingRequestFacts {
  kind: 'planned' | 'changed' | 'cancelled' | 'reminder';
  appointmentId: string;
  /** The requester and the request's advisors. */
  recipientIds: string[];
  startsAt: string;
  endsAt: string;
  format: 'phone' | 'online' | 'on_site';
  /** The place, the link or the phone number, as planned. */
  location: string | null;
  /** The iCal file per language (METHOD:REQUEST, or METHOD:CANCEL when cancelled). */
  ics: { de: string; en: string };
  icsMethod: 'REQUEST' | 'CANCEL';
}

export interface CounsellingEscalatedEvent extends CounsellingRequestFacts {
  /** Every active admin and advisor. */
  recipientIds: string[];
  /** The programme team's address (TEAM_EMAIL). */
  teamEmail: string;
  filedAt: string;
  /** The working hours it waited (the setting). */
  workingHours: number;
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
