import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AcceptInvitationInput = {
  /** Name as printed on certificates; defaults to the display name. */
  certificateName: Scalars['String']['input'];
  displayName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** A participating Kommune in the programme overview. */
export type AccompaniedKommune = {
  __typename?: 'AccompaniedKommune';
  advisors: Array<AccompanimentPerson>;
  hasIntegrationCentre: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  /** The Kreisschlüssel of the Kreis it belongs to. */
  kreisKey?: Maybe<Scalars['String']['output']>;
  /** The Kreis it belongs to (null for a kreisfreie Stadt or a Kreis). */
  kreisName?: Maybe<Scalars['String']['output']>;
  lastChangeAt?: Maybe<Scalars['DateTime']['output']>;
  milestoneCount: Scalars['Int']['output'];
  municipalityId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The first milestone not yet reached. */
  nextMilestone?: Maybe<Scalars['String']['output']>;
  /** People of this Kommune holding a seat in a cohort (admitted or completed). */
  participantCount: Scalars['Int']['output'];
  reachedCount: Scalars['Int']['output'];
  regierungsbezirk: Scalars['String']['output'];
  stage: AccompanimentStage;
  tookPartInKoko1: Scalars['Boolean']['output'];
};

/** The participating Kommunen matching the filter, with counts per stage. */
export type AccompanimentOverview = {
  __typename?: 'AccompanimentOverview';
  kommunen: Array<AccompaniedKommune>;
  /** Every stage, also with 0, for the Kommunen matching the filter. */
  stageCounts: Array<StageCount>;
};

/** A Kommune’s development path towards its local conflict-management system. */
export type AccompanimentPath = {
  __typename?: 'AccompanimentPath';
  /** The advisors who accompany the Kommune. */
  advisors: Array<AccompanimentPerson>;
  milestones: Array<Milestone>;
  municipalityId: Scalars['ID']['output'];
  municipalityName: Scalars['String']['output'];
  reachedCount: Scalars['Int']['output'];
  stage: AccompanimentStage;
};

/** A person as the accompaniment shows them: the name only. */
export type AccompanimentPerson = {
  __typename?: 'AccompanimentPerson';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** NOT_STARTED (nothing begun), STARTED (under half reached), ADVANCED (half or more reached), ANCHORED (all reached). */
export type AccompanimentStage =
  | 'ADVANCED'
  | 'ANCHORED'
  | 'NOT_STARTED'
  | 'STARTED';

export type AddMilestoneInput = {
  municipalityId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type AnswerInput = {
  /** The chosen options of a multiple choice. */
  choices?: InputMaybe<Array<Scalars['Int']['input']>>;
  itemId: Scalars['ID']['input'];
  /** "keine Angabe" where the item offers it. */
  noAnswer?: Scalars['Boolean']['input'];
  /** A free-text answer the respondent does not want published or exported. */
  notForPublication?: Scalars['Boolean']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
  /** Likert point (1…5 or 1…7), the chosen option of a single choice, or the number. */
  value?: InputMaybe<Scalars['Int']['input']>;
};

export type AnswerSurveyInput = {
  answers: Array<AnswerInput>;
  /** The self-generated pre/post code: initials of mother and father, day of birth, initial of the place of birth, older siblings (e.g. "MJ07K2"), or none. */
  code?: InputMaybe<Scalars['String']['input']>;
  surveyId: Scalars['ID']['input'];
};

/** Facts about this installation the web app needs. */
export type AppInfo = {
  __typename?: 'AppInfo';
  defaultLocale: Scalars['String']['output'];
  /** Captured mails can be read at /dev/mail (never in production). */
  devMail: Scalars['Boolean']['output'];
  /** Largest file a participant may upload (bytes). */
  uploadMaxBytes: Scalars['Int']['output'];
  /** Files per attempt. */
  uploadMaxFiles: Scalars['Int']['output'];
  version: Scalars['String']['output'];
};

export type ApplyInput = {
  cohortId: Scalars['ID']['input'];
  /** Role in the administration, e.g. "Sachgebietsleitung Integration". */
  jobRole: Scalars['String']['input'];
  motivation: Scalars['String']['input'];
  municipalityId: Scalars['ID']['input'];
};

export type ApplyWithoutAccountInput = {
  cohortId: Scalars['ID']['input'];
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** Role in the administration, e.g. "Sachgebietsleitung Integration". */
  jobRole: Scalars['String']['input'];
  locale?: Locale;
  motivation: Scalars['String']['input'];
  municipalityId: Scalars['ID']['input'];
};

export type AssignCounsellingAdvisorsInput = {
  /** One or two accounts with the advisor role. */
  advisorIds: Array<Scalars['ID']['input']>;
  requestId: Scalars['ID']['input'];
};

/** One attempt at a module’s transfer assignment. Submitted attempts are frozen. */
export type AssignmentAttempt = {
  __typename?: 'AssignmentAttempt';
  attemptNo: Scalars['Int']['output'];
  /** The write-up. */
  body: Scalars['String']['output'];
  claimedAt?: Maybe<Scalars['DateTime']['output']>;
  claimedByMe: Scalars['Boolean']['output'];
  /** Who is grading it right now. */
  claimedByName?: Maybe<Scalars['String']['output']>;
  cohortId: Scalars['ID']['output'];
  cohortName: Scalars['String']['output'];
  /** Days a revision gets by default in the attempt’s cohort (the grading form proposes that date). */
  cohortRevisionDays: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  draftSavedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A revision’s own due date, set when the revision was requested; null for a first attempt. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The same participant’s earlier attempts at this module, newest first. */
  earlierAttempts: Array<AssignmentAttempt>;
  enrolmentId: Scalars['ID']['output'];
  /** Participants see feedback only once it is released. */
  feedback?: Maybe<Feedback>;
  feedbackFiles: Array<AttemptFile>;
  /** The participant’s files of this attempt. */
  files: Array<AttemptFile>;
  id: Scalars['ID']['output'];
  late: Scalars['Boolean']['output'];
  module: ProgrammeModule;
  moduleId: Scalars['ID']['output'];
  ownWorkConfirmedAt?: Maybe<Scalars['DateTime']['output']>;
  participant: Participant;
  rubric: Array<RubricCriterion>;
  state: AttemptState;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Increases with every change; a save naming an older version is refused. */
  version: Scalars['Int']['output'];
};

/** A participant’s transfer assignment of one module: brief, dates, attempts. */
export type AssignmentOverview = {
  __typename?: 'AssignmentOverview';
  /** Newest first. */
  attempts: Array<AssignmentAttempt>;
  brief: Scalars['String']['output'];
  /** The participant can write or start an attempt now. */
  canEdit: Scalars['Boolean']['output'];
  cutoffAt?: Maybe<Scalars['DateTime']['output']>;
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The participant’s own date (a revision’s due date or an extension) if there is one, else the cohort’s. */
  effectiveDueAt?: Maybe<Scalars['DateTime']['output']>;
  enrolmentId: Scalars['ID']['output'];
  extension?: Maybe<Extension>;
  maxAttempts: Scalars['Int']['output'];
  moduleId: Scalars['ID']['output'];
  modulePosition: Scalars['Int']['output'];
  moduleTitle: Scalars['String']['output'];
};

export type AssignmentState =
  | 'DRAFT'
  | 'FAILED'
  | 'NOT_SUBMITTED'
  | 'PASSED'
  | 'REVISION_REQUESTED'
  | 'SUBMITTED';

/** A file of an attempt (the participant’s) or of its feedback (the trainer’s). */
export type AttemptFile = {
  __typename?: 'AttemptFile';
  attemptId: Scalars['ID']['output'];
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  /** Where the file is downloaded (signed-in, checked per request). */
  downloadUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  purpose: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
};

export type AttemptState =
  | 'DRAFT'
  | 'FAILED'
  | 'PASSED'
  | 'REVISION_REQUESTED'
  | 'SUBMITTED';

/** A Teilnahmebescheinigung as its holder sees it. */
export type AttendanceConfirmationLink = {
  __typename?: 'AttendanceConfirmationLink';
  /** Where the PDF is downloaded (the stored original). */
  downloadUrl: Scalars['String']['output'];
  issuedAt: Scalars['DateTime']['output'];
  number: Scalars['String']['output'];
};

export type AttendanceEntryInput = {
  enrolmentId: Scalars['ID']['input'];
  excuseWaived?: Scalars['Boolean']['input'];
  sessionId: Scalars['ID']['input'];
  /** null clears the entry. */
  status?: InputMaybe<AttendanceStatus>;
};

/** Attendance of one participant at one session. */
export type AttendanceRecord = {
  __typename?: 'AttendanceRecord';
  enrolmentId: Scalars['ID']['output'];
  /** An excused absence the trainer waived: counts as attended. */
  excuseWaived: Scalars['Boolean']['output'];
  recordedAt: Scalars['DateTime']['output'];
  sessionId: Scalars['ID']['output'];
  status: AttendanceStatus;
};

/** Everything the attendance grid of a cohort needs. */
export type AttendanceSheet = {
  __typename?: 'AttendanceSheet';
  cohortId: Scalars['ID']['output'];
  /** Admitted and completed participants, by name. */
  enrolments: Array<Enrolment>;
  records: Array<AttendanceRecord>;
  sessions: Array<CohortSession>;
};

export type AttendanceStatus =
  | 'ABSENT'
  | 'EXCUSED'
  | 'PRESENT';

/** Who changed what and when: grades, attendance, enrolment decisions, certificates. Never edited. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** e.g. enrolment.applied, enrolment.state-changed, attendance.changed */
  action: Scalars['String']['output'];
  /** Null when the system acted (e.g. moving up the waitlist). */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** The actor’s name as it was at the time. */
  actorName?: Maybe<Scalars['String']['output']>;
  /** The changed values after, as JSON. */
  after?: Maybe<Scalars['String']['output']>;
  /** The changed values before, as JSON. */
  before?: Maybe<Scalars['String']['output']>;
  cohortId?: Maybe<Scalars['ID']['output']>;
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  subjectUserId?: Maybe<Scalars['ID']['output']>;
};

export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  items: Array<AuditEvent>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Places free / few places / waiting list (no exact counts in public). */
export type Availability =
  | 'FEW_PLACES'
  | 'PLACES_FREE'
  | 'WAITING_LIST';

export type BarrierReport = {
  __typename?: 'BarrierReport';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** Set when the sender wants an answer. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** de or en: the language to answer in. */
  locale: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** The page the barrier is on, as the sender gave it. */
  pageUrl: Scalars['String']['output'];
  status: BarrierReportStatus;
  statusChangedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type BarrierReportPage = {
  __typename?: 'BarrierReportPage';
  items: Array<BarrierReport>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** new → in progress → answered */
export type BarrierReportStatus =
  | 'ANSWERED'
  | 'IN_PROGRESS'
  | 'NEW';

export type CancelShortFormatInput = {
  id: Scalars['ID']['input'];
  /** Sent to every registrant. */
  note: Scalars['String']['input'];
};

/** A certificate issued on behalf of Hochschule Niederrhein (for its holder and admins). */
export type Certificate = {
  __typename?: 'Certificate';
  cohortId?: Maybe<Scalars['ID']['output']>;
  /** Download of the signed Open Badges 3.0 credential (JSON-LD; holder and admins); null for certificates issued before credentials existed. */
  credentialUrl?: Maybe<Scalars['String']['output']>;
  /** Download of the stored PDF (holder and admins). */
  downloadUrl: Scalars['String']['output'];
  enrolmentId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** Admins only; null when issued automatically. */
  issuedByName?: Maybe<Scalars['String']['output']>;
  /** For a valid certificate: what to enter on LinkedIn (null otherwise). */
  linkedIn?: Maybe<LinkedInCertification>;
  /** KOKO-<year>-<6 digits>, gap-free per year. */
  number: Scalars['String']['output'];
  printedName: Scalars['String']['output'];
  reissueReason?: Maybe<Scalars['String']['output']>;
  revocationNote?: Maybe<Scalars['String']['output']>;
  revocationReason?: Maybe<RevocationReason>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Admins only. */
  revokedByName?: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the issued PDF; every download returns exactly these bytes. */
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  state: CertificateState;
  supersededById?: Maybe<Scalars['ID']['output']>;
  supersedesId?: Maybe<Scalars['ID']['output']>;
  /** The secret part of the verification URL. */
  verificationCode: Scalars['String']['output'];
};

export type CertificateBatch = {
  __typename?: 'CertificateBatch';
  cohortId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  done: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  /** Why a failed batch stopped (DATABASE_UNAVAILABLE or INTERNAL); retry with retryCertificateBatch. */
  failureReason?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  state: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

/** A participant of a cohort as the certificate page shows them. */
export type CertificateCandidate = {
  __typename?: 'CertificateCandidate';
  /** The valid certificate, if any. */
  current?: Maybe<Certificate>;
  /** All five modules complete. */
  eligible: Scalars['Boolean']['output'];
  enrolment: Enrolment;
  /** Every certificate of this participation, newest first (revoked, superseded). */
  history: Array<Certificate>;
};

export type CertificateState =
  | 'REVOKED'
  | 'SUPERSEDED'
  | 'VALID';

export type CertificateStatus =
  | 'ISSUED'
  | 'NOT_YET'
  | 'REVOKED'
  | 'TO_BE_ISSUED';

/** The title printed on the certificate: Konfliktmanagerin, Konfliktmanager or Konfliktmanager:in. */
export type CertificateTitle =
  | 'FEMININE'
  | 'INCLUSIVE'
  | 'MASCULINE';

export type ChangeCounsellingAppointmentInput = {
  appointmentId: Scalars['ID']['input'];
  /** 15 to 480 minutes. */
  durationMinutes: Scalars['Int']['input'];
  format: CounsellingFormat;
  /** The place (on site, required), the link (online, required, https://) or a phone number. */
  location?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

/** Organisers record an attendance: by the list (registrationId), the short code, or the QR code’s content. Exactly one. */
export type CheckInInput = {
  /** The short code from the mail (case and spaces do not matter). */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The content of the QR code. */
  qrToken?: InputMaybe<Scalars['String']['input']>;
  registrationId?: InputMaybe<Scalars['ID']['input']>;
  shortFormatId: Scalars['ID']['input'];
};

/** The outcome of a check-in; a repeated one says when the first happened. */
export type CheckInResult = {
  __typename?: 'CheckInResult';
  /** Set when the person was already checked in (then nothing changed). */
  alreadyCheckedInAt?: Maybe<Scalars['DateTime']['output']>;
  registration: Registration;
};

export type CheckInVia =
  | 'CODE'
  | 'LIST'
  | 'QR'
  | 'SELF';

/** One answer option of a choice item; `value` is its code in exports. */
export type ChoiceOption = {
  __typename?: 'ChoiceOption';
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  value: Scalars['Int']['output'];
};

export type ChoiceOptionInput = {
  label: Scalars['String']['input'];
  labelEn: Scalars['String']['input'];
  value: Scalars['Int']['input'];
};

export type ClaimAttemptInput = {
  attemptId: Scalars['ID']['input'];
  /** Take the submission over from the trainer who holds it. */
  takeOver?: Scalars['Boolean']['input'];
};

/** One run (Durchgang) of the five-module programme. */
export type Cohort = {
  __typename?: 'Cohort';
  /** Applications not yet decided (staff only, else null). */
  applicationCount?: Maybe<Scalars['Int']['output']>;
  applicationsCloseOn: Scalars['String']['output'];
  applicationsOpenOn: Scalars['String']['output'];
  /** Certificates are issued automatically when a participant completes the fifth module. */
  autoIssueCertificates: Scalars['Boolean']['output'];
  capacity: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** In the reader’s language, like name. */
  description: Scalars['String']['output'];
  descriptionDe: Scalars['String']['output'];
  descriptionEn: Scalars['String']['output'];
  /** Last day (YYYY-MM-DD). */
  endsOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The five modules in order with this cohort’s settings. */
  modules: Array<CohortModule>;
  /** In the reader’s language: the English name where one is written, else the German one (nameDe for editing). */
  name: Scalars['String']['output'];
  /** The German name as written (for editing). */
  nameDe: Scalars['String']['output'];
  /** The English name as written; empty where there is none. */
  nameEn: Scalars['String']['output'];
  /** Days a participant gets for a revision by default (the trainer may set another date when requesting it). */
  revisionDays: Scalars['Int']['output'];
  /** Admitted and completed participants. */
  seatsTaken: Scalars['Int']['output'];
  sessions: Array<CohortSession>;
  /** First day (YYYY-MM-DD). */
  startsOn: Scalars['String']['output'];
  trainers: Array<Person>;
  /** Staff only, else null. */
  waitlistCount?: Maybe<Scalars['Int']['output']>;
};

/** A cohort with graduates still to be certified, as the admin start page lists it. */
export type CohortCertificatesToIssue = {
  __typename?: 'CohortCertificatesToIssue';
  cohortId: Scalars['ID']['output'];
  cohortName: Scalars['String']['output'];
  /** Eligible participants without a valid certificate. */
  count: Scalars['Int']['output'];
};

export type CohortInput = {
  applicationsCloseOn: Scalars['String']['input'];
  applicationsOpenOn: Scalars['String']['input'];
  capacity: Scalars['Int']['input'];
  description?: Scalars['String']['input'];
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  endsOn: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** English name (empty falls back to German); empty for a new cohort and unchanged on update when omitted. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Days a participant gets for a revision by default (1–90); 14 for a new cohort and unchanged on update when omitted. */
  revisionDays?: InputMaybe<Scalars['Int']['input']>;
  startsOn: Scalars['String']['input'];
  trainerIds?: Array<Scalars['ID']['input']>;
};

/** A module as it runs in one cohort: its assignment due date and attendance requirement. */
export type CohortModule = {
  __typename?: 'CohortModule';
  assignmentDueAt?: Maybe<Scalars['DateTime']['output']>;
  cohortId: Scalars['ID']['output'];
  /** How many attempts a participant has (default 3). */
  maxAttempts: Scalars['Int']['output'];
  /** Share of the module’s sessions a participant must attend (default 80). */
  minAttendancePercent: Scalars['Int']['output'];
  module: ProgrammeModule;
  moduleId: Scalars['ID']['output'];
  sessions: Array<CohortSession>;
  /** After this, submissions are refused unless an extension was granted. */
  submissionCutoffAt?: Maybe<Scalars['DateTime']['output']>;
};

export type CohortPage = {
  __typename?: 'CohortPage';
  items: Array<Cohort>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** A session (Termin) of a module in a cohort. */
export type CohortSession = {
  __typename?: 'CohortSession';
  cohortId: Scalars['ID']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  module: ProgrammeModule;
  moduleId: Scalars['ID']['output'];
  online: Scalars['Boolean']['output'];
  onlineUrl?: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
  /** In the reader’s language: the English title where one is written, else the German one (titleDe for editing). */
  title: Scalars['String']['output'];
  /** The German title as written (for editing). */
  titleDe: Scalars['String']['output'];
  /** The English title as written; empty where there is none. */
  titleEn: Scalars['String']['output'];
};

/** A public page with its newest German and English versions. */
export type ContentPageOverview = {
  __typename?: 'ContentPageOverview';
  de: ContentPageVersion;
  en: ContentPageVersion;
  slug: Scalars['String']['output'];
};

/** A version of a public page (Markdown), with who saved it and when. */
export type ContentPageVersion = {
  __typename?: 'ContentPageVersion';
  authorId?: Maybe<Scalars['ID']['output']>;
  /** The author’s name at the time; null for the texts shipped with the portal. */
  authorName?: Maybe<Scalars['String']['output']>;
  /** Markdown; the web app renders it through a sanitiser. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** de or en */
  locale: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Float']['output'];
};

/** An appointment on a counselling request, seen by its requester, its advisors and admins. */
export type CounsellingAppointment = {
  __typename?: 'CounsellingAppointment';
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  durationMinutes: Scalars['Int']['output'];
  endsAt: Scalars['DateTime']['output'];
  format: CounsellingFormat;
  /** The appointment as an .ics file (for signed-in viewers of the request). */
  icsUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  plannedBy: CounsellingPerson;
  requestId: Scalars['ID']['output'];
  /** How often it changed (the iCal SEQUENCE). */
  sequence: Scalars['Int']['output'];
  startsAt: Scalars['DateTime']['output'];
};

/** A file sent with a message in a request’s thread (as visible as its message). */
export type CounsellingFile = {
  __typename?: 'CounsellingFile';
  contentType: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  /** For signed-in people who may read the message. */
  downloadUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sizeBytes: Scalars['Int']['output'];
};

/** How the requester prefers to be advised. */
export type CounsellingFormat =
  | 'ONLINE'
  | 'ON_SITE'
  | 'PHONE';

/** A message in a request’s thread. Confidential notes reach advisors and admins only. */
export type CounsellingMessage = {
  __typename?: 'CounsellingMessage';
  author: CounsellingPerson;
  body: Scalars['String']['output'];
  /** A note among advisors and admins; never shown to the requester. */
  confidential: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  files: Array<CounsellingFile>;
  /** Written by the requester (not by an advisor or admin). */
  fromRequester: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
};

/** What a closed counselling achieved (one or more). */
export type CounsellingOutcome =
  | 'ADVICE'
  | 'CRISIS_INTERVENTION'
  | 'MEDIATION'
  | 'NETWORKING'
  | 'PROCESS_SUPPORT'
  | 'REFERRAL';

/** A person as counselling shows them: the name only. */
export type CounsellingPerson = {
  __typename?: 'CounsellingPerson';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** A request for advice, as its requester, its advisors and admins see it. */
export type CounsellingRequest = {
  __typename?: 'CounsellingRequest';
  advisors: Array<CounsellingPerson>;
  /** Earliest first; cancelled ones say so. */
  appointments: Array<CounsellingAppointment>;
  availability: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  declineReason?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  format: CounsellingFormat;
  id: Scalars['ID']['output'];
  municipalityId: Scalars['ID']['output'];
  municipalityName: Scalars['String']['output'];
  outcomeCategories: Array<CounsellingOutcome>;
  outcomeSummary?: Maybe<Scalars['String']['output']>;
  requester: CounsellingPerson;
  status: CounsellingStatus;
  statusChangedAt: Scalars['DateTime']['output'];
  topicId: Scalars['ID']['output'];
  topicTitle: Scalars['String']['output'];
  topicTitleEn: Scalars['String']['output'];
  urgency: CounsellingUrgency;
};

export type CounsellingRequestPage = {
  __typename?: 'CounsellingRequestPage';
  items: Array<CounsellingRequest>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** NEW → ACCEPTED → IN_PROGRESS → CLOSED, or DECLINED (from NEW or ACCEPTED). */
export type CounsellingStatus =
  | 'ACCEPTED'
  | 'CLOSED'
  | 'DECLINED'
  | 'IN_PROGRESS'
  | 'NEW';

/** normal, soon (within days) or an acute crisis. */
export type CounsellingUrgency =
  | 'ACUTE'
  | 'NORMAL'
  | 'SOON';

export type CreateMunicipalityInput = {
  hasIntegrationCentre: Scalars['Boolean']['input'];
  /** 8-digit AGS, or 5-digit Kreisschlüssel for a Kreis. */
  key: Scalars['String']['input'];
  kind: MunicipalityKind;
  kreisKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  regierungsbezirk: Scalars['String']['input'];
  tookPartInKoko1: Scalars['Boolean']['input'];
};

/** What a check of a digital credential (Open Badges 3.0 JSON) found. Credentials of other issuers are not checked. */
export type CredentialVerification = {
  __typename?: 'CredentialVerification';
  achievementName?: Maybe<Scalars['String']['output']>;
  holderName?: Maybe<Scalars['String']['output']>;
  /** Issued by this portal (its did:web). */
  issuedHere: Scalars['Boolean']['output'];
  issuerId?: Maybe<Scalars['String']['output']>;
  issuerName?: Maybe<Scalars['String']['output']>;
  outsideValidity: Scalars['Boolean']['output'];
  /** The bit in the signed status list; null when not known. */
  revoked?: Maybe<Scalars['Boolean']['output']>;
  signatureValid: Scalars['Boolean']['output'];
  /** ISO 8601 as written in the credential. */
  validFrom?: Maybe<Scalars['String']['output']>;
  validUntil?: Maybe<Scalars['String']['output']>;
  /** Signature valid, issued here, not revoked, within its dates. */
  verified: Scalars['Boolean']['output'];
};

/** An export of all data KoKo Campus holds about the caller (GDPR Art. 15 and 20). */
export type DataExport = {
  __typename?: 'DataExport';
  /** Where the ZIP is downloaded (signed in as its owner) while it is ready. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** When the ZIP is deleted. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Percent done (0–100). */
  progress: Scalars['Int']['output'];
  requestedAt: Scalars['DateTime']['output'];
  /** Size of the ZIP in bytes, once ready. */
  size?: Maybe<Scalars['Float']['output']>;
  status: DataExportStatus;
};

/** Where an export of one’s own data stands. */
export type DataExportStatus =
  | 'EXPIRED'
  | 'FAILED'
  | 'QUEUED'
  | 'READY'
  | 'RUNNING';

export type DecideEnrolmentsInput = {
  decision: EnrolmentDecision;
  enrolmentIds: Array<Scalars['ID']['input']>;
  /** Sent to the participant with the decision. */
  message?: InputMaybe<Scalars['String']['input']>;
};

export type DecisionFailure = {
  __typename?: 'DecisionFailure';
  code: Scalars['String']['output'];
  enrolmentId: Scalars['ID']['output'];
  /** Why, in the caller’s language. */
  message: Scalars['String']['output'];
};

/** Each enrolment is decided on its own: some may succeed while others are refused. */
export type DecisionResult = {
  __typename?: 'DecisionResult';
  decided: Array<Enrolment>;
  failed: Array<DecisionFailure>;
};

export type DeleteOwnAccountInput = {
  /** The current password, as confirmation. */
  password: Scalars['String']['input'];
};

/** One participant in one cohort, from application to completion. */
export type Enrolment = {
  __typename?: 'Enrolment';
  appliedAt: Scalars['DateTime']['output'];
  cohort: Cohort;
  cohortId: Scalars['ID']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The message sent with the last decision. */
  decisionMessage?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The applicant’s role in their administration. */
  jobRole: Scalars['String']['output'];
  motivation: Scalars['String']['output'];
  municipality: Municipality;
  municipalityId: Scalars['ID']['output'];
  participant: Participant;
  progress: EnrolmentProgress;
  state: EnrolmentState;
  userId: Scalars['ID']['output'];
  waitlistedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The certificate state of one participation (the latest certificate that was not replaced). */
export type EnrolmentCertificate = {
  __typename?: 'EnrolmentCertificate';
  issuedAt?: Maybe<Scalars['DateTime']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  status: CertificateStatus;
};

export type EnrolmentDecision =
  | 'ADMIT'
  | 'COMPLETE'
  | 'DECLINE'
  | 'WAITLIST'
  | 'WITHDRAW';

export type EnrolmentPage = {
  __typename?: 'EnrolmentPage';
  items: Array<Enrolment>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** A participant’s progress through the five modules of their cohort. */
export type EnrolmentProgress = {
  __typename?: 'EnrolmentProgress';
  certificate: EnrolmentCertificate;
  /** All five modules complete. */
  certificateEligible: Scalars['Boolean']['output'];
  cohort: Cohort;
  completedModules: Scalars['Int']['output'];
  enrolment: Enrolment;
  enrolmentId: Scalars['ID']['output'];
  modules: Array<ModuleProgress>;
  /** Share of the ten conditions (attendance and assignment per module) met, 0–100. */
  overallPercent: Scalars['Int']['output'];
};

export type EnrolmentState =
  | 'ADMITTED'
  | 'APPLIED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'WAITLISTED'
  | 'WITHDRAWN';

/** A file for download, built on request. */
export type ExportFile = {
  __typename?: 'ExportFile';
  /** True for binary files (XLSX): `content` is base64. */
  base64: Scalars['Boolean']['output'];
  /** The file’s text, or base64 when `base64` is true. CSV is UTF-8 with BOM and ";" separated, as German Excel expects. */
  content: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
};

/** CSV (German Excel: BOM, ";") or XLSX (typed cells: text stays text, dates are dates). */
export type ExportFormat =
  | 'CSV'
  | 'XLSX';

/** A personal extension of a module’s due date. */
export type Extension = {
  __typename?: 'Extension';
  dueAt: Scalars['DateTime']['output'];
  grantedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
};

/** A grader’s feedback. Participants see it only once released. */
export type Feedback = {
  __typename?: 'Feedback';
  graderName?: Maybe<Scalars['String']['output']>;
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  scores: Array<RubricScore>;
  text: Scalars['String']['output'];
  verdict?: Maybe<Verdict>;
};

export type FileVerification = {
  __typename?: 'FileVerification';
  certificate?: Maybe<PublicCertificate>;
  /** The file is byte for byte a certificate issued here. */
  original: Scalars['Boolean']['output'];
};

export type FindCertificateInput = {
  number: Scalars['String']['input'];
  surname: Scalars['String']['input'];
};

/** Submissions to grade, oldest first. */
export type GradingQueue = {
  __typename?: 'GradingQueue';
  /** Per state, for the same cohort/module/late filter. */
  counts: QueueCounts;
  items: Array<AssignmentAttempt>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type GrantExtensionInput = {
  dueAt: Scalars['DateTime']['input'];
  enrolmentId: Scalars['ID']['input'];
  moduleId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type ImportMunicipalitiesInput = {
  /** The CSV file, base64-encoded (UTF-8 or Windows-1252; ";" or ","). */
  fileBase64: Scalars['String']['input'];
};

export type ImportProblem = {
  __typename?: 'ImportProblem';
  line: Scalars['Float']['output'];
  /** What is wrong, in the caller’s language. */
  message: Scalars['String']['output'];
};

/** What the invitation page may show before the invitee has signed in. */
export type InvitationInfo = {
  __typename?: 'InvitationInfo';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
};

export type InviteUserInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  locale?: InputMaybe<Locale>;
  roles: Array<Role>;
};

export type IssueCertificatesInput = {
  cohortId: Scalars['ID']['input'];
  /** Omit for every eligible participant without a certificate. */
  enrolmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One question; `code` names its column in research exports. */
export type Item = {
  __typename?: 'Item';
  /** Offers "keine Angabe" (no answer), kept apart from the scale. */
  allowNoAnswer: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  highLabel?: Maybe<Scalars['String']['output']>;
  highLabelEn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ItemKind;
  lowLabel?: Maybe<Scalars['String']['output']>;
  lowLabelEn?: Maybe<Scalars['String']['output']>;
  maxValue?: Maybe<Scalars['Int']['output']>;
  minValue?: Maybe<Scalars['Int']['output']>;
  options: Array<ChoiceOption>;
  position: Scalars['Int']['output'];
  required: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
  textEn: Scalars['String']['output'];
};

export type ItemInput = {
  allowNoAnswer?: Scalars['Boolean']['input'];
  /** Column name in exports: a letter, then letters, digits or _ (at most 32). */
  code: Scalars['String']['input'];
  highLabel?: InputMaybe<Scalars['String']['input']>;
  highLabelEn?: InputMaybe<Scalars['String']['input']>;
  kind: ItemKind;
  lowLabel?: InputMaybe<Scalars['String']['input']>;
  lowLabelEn?: InputMaybe<Scalars['String']['input']>;
  maxValue?: InputMaybe<Scalars['Int']['input']>;
  minValue?: InputMaybe<Scalars['Int']['input']>;
  options?: Array<ChoiceOptionInput>;
  required?: Scalars['Boolean']['input'];
  text: Scalars['String']['input'];
  textEn: Scalars['String']['input'];
};

/** Likert scale (5 or 7 points, labelled ends), single or multiple choice, a whole number, free text. */
export type ItemKind =
  | 'LIKERT5'
  | 'LIKERT7'
  | 'MULTIPLE'
  | 'NUMERIC'
  | 'SINGLE'
  | 'TEXT';

/** One item’s figures in one group; every figure is null when suppressed. */
export type ItemResult = {
  __typename?: 'ItemResult';
  /** Answers on the scale (without "keine Angabe"). */
  answered?: Maybe<Scalars['Int']['output']>;
  code: Scalars['String']['output'];
  /** Counts per scale point or option; empty when suppressed. */
  distribution: Array<OptionCount>;
  itemId: Scalars['ID']['output'];
  kind: ItemKind;
  mean?: Maybe<Scalars['Float']['output']>;
  median?: Maybe<Scalars['Float']['output']>;
  noAnswer?: Maybe<Scalars['Int']['output']>;
  /** True when the group or the item has too few answers (or could be worked out from the others). */
  suppressed: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
  textEn: Scalars['String']['output'];
  /** Free-text answers in random order; empty when suppressed. */
  texts: Array<Scalars['String']['output']>;
};

/** A person to contact about the Kommune. */
export type KommuneContact = {
  __typename?: 'KommuneContact';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Their role in the administration (participants). */
  jobRole?: Maybe<Scalars['String']['output']>;
  roles: Array<KommuneContactRole>;
};

/** Why someone is a contact of the Kommune: a participant, an advisor accompanying it, or someone who asked for counselling. */
export type KommuneContactRole =
  | 'ADVISOR'
  | 'PARTICIPANT'
  | 'REQUESTER';

/** One scale or numeric question: the Kommune’s mean beside everyone’s; null where suppressed. */
export type KommuneItemFigure = {
  __typename?: 'KommuneItemFigure';
  /** The Kommune’s answers on the scale; null when suppressed. */
  answered?: Maybe<Scalars['Int']['output']>;
  code: Scalars['String']['output'];
  itemId: Scalars['ID']['output'];
  kind: ItemKind;
  kommuneMean?: Maybe<Scalars['Float']['output']>;
  /** The mean of all responses to the survey. */
  overallMean?: Maybe<Scalars['Float']['output']>;
  text: Scalars['String']['output'];
  textEn: Scalars['String']['output'];
};

/** One Kommune’s page for admins and its advisors: the four building blocks together. Each list is its own field, loaded in batches. */
export type KommunePage = {
  __typename?: 'KommunePage';
  contacts: Array<KommuneContact>;
  /** Open first, acute first (at most 100); advisors see those assigned to them. */
  counsellingRequests: Array<CounsellingRequest>;
  /** Survey aggregates of the Kommune, only from the minimum group size up. */
  evaluation: Array<KommuneSurveyResult>;
  /** The Kreis it belongs to. */
  kreisName?: Maybe<Scalars['String']['output']>;
  municipality: Municipality;
  municipalityId: Scalars['ID']['output'];
  /** Admitted and completed participants, by name. */
  participants: Array<KommuneParticipant>;
  /** Null until the accompaniment has started. */
  path?: Maybe<AccompanimentPath>;
  /** Short formats its people took part in, newest first (at most 50). */
  shortFormats: Array<MunicipalityShortFormat>;
};

/** Someone of the Kommune in the qualification: the seat, the progress through the modules and the certificate (field of the progress). */
export type KommuneParticipant = {
  __typename?: 'KommuneParticipant';
  cohortId: Scalars['ID']['output'];
  cohortName: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  enrolmentId: Scalars['ID']['output'];
  /** Their role in the administration, as given when applying. */
  jobRole: Scalars['String']['output'];
  progress: EnrolmentProgress;
  state: EnrolmentState;
  userId: Scalars['ID']['output'];
};

/** A survey answered by people of a Kommune, as aggregates only from the minimum group size up (complementary suppression included). */
export type KommuneSurveyResult = {
  __typename?: 'KommuneSurveyResult';
  closesAt: Scalars['DateTime']['output'];
  items: Array<KommuneItemFigure>;
  minGroup: Scalars['Int']['output'];
  responses?: Maybe<Scalars['Int']['output']>;
  /** True when the Kommune’s group is too small (or could be worked out from the others): no figure at all. */
  suppressed: Scalars['Boolean']['output'];
  surveyId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
  wave: SurveyWave;
};

/** The values of LinkedIn’s “Add licence or certification” form, and a link that pre-fills them where LinkedIn still does. */
export type LinkedInCertification = {
  __typename?: 'LinkedInCertification';
  /** https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&… */
  addUrl: Scalars['String']['output'];
  /** The certificate number. */
  certId: Scalars['String']['output'];
  /** The public verification page of the certificate. */
  certUrl: Scalars['String']['output'];
  /** 1–12 */
  issueMonth: Scalars['Int']['output'];
  issueYear: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  organizationName: Scalars['String']['output'];
};

/** Language of the UI and of mails. */
export type Locale =
  | 'DE'
  | 'EN';

/** One milestone of a Kommune’s development path. */
export type Milestone = {
  __typename?: 'Milestone';
  /** YYYY-MM-DD: when it was reached, or by when it is planned. */
  datedOn?: Maybe<Scalars['String']['output']>;
  evidenceAssignment?: Maybe<MilestoneAssignmentEvidence>;
  /** An http(s) link to a document or page. */
  evidenceUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  position: Scalars['Int']['output'];
  status: MilestoneStatus;
  title: Scalars['String']['output'];
  /** English title of a default milestone; null for one the Kommune named. */
  titleEn?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  updatedBy?: Maybe<AccompanimentPerson>;
};

/** A transfer assignment its participant shared as evidence for a milestone (module and person, never its text). */
export type MilestoneAssignmentEvidence = {
  __typename?: 'MilestoneAssignmentEvidence';
  moduleId: Scalars['ID']['output'];
  modulePosition: Scalars['Int']['output'];
  moduleTitle: Scalars['String']['output'];
  moduleTitleEn: Scalars['String']['output'];
  participant: AccompanimentPerson;
  /** The viewer shared it (and may withdraw it). */
  sharedByViewer: Scalars['Boolean']['output'];
};

/** OPEN, IN_PROGRESS or REACHED. */
export type MilestoneStatus =
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'REACHED';

export type ModuleFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

/** Where a participant stands in one module; derived from attendance and the assignment, never edited. */
export type ModuleProgress = {
  __typename?: 'ModuleProgress';
  absentSessions: Scalars['Int']['output'];
  /** The participant’s own due date (a revision’s or an extension) if there is one, else the cohort’s. */
  assignmentDueAt?: Maybe<Scalars['DateTime']['output']>;
  assignmentMet: Scalars['Boolean']['output'];
  /** The due date has passed and nothing is submitted (not started, a draft, or a revision not handed in). */
  assignmentOverdue: Scalars['Boolean']['output'];
  assignmentState: AssignmentState;
  attendanceMet: Scalars['Boolean']['output'];
  attendancePercent: Scalars['Int']['output'];
  /** False only when recorded absences leave too few sessions to meet the requirement. */
  attendanceReachable: Scalars['Boolean']['output'];
  /** Present, or excused with the excuse waived. */
  attendedSessions: Scalars['Int']['output'];
  excusedSessions: Scalars['Int']['output'];
  module: ProgrammeModule;
  moduleId: Scalars['ID']['output'];
  nextSession?: Maybe<CohortSession>;
  /** Why the module is not complete yet (empty when it is). */
  openConditions: Array<OpenCondition>;
  position: Scalars['Int']['output'];
  requiredAttendancePercent: Scalars['Int']['output'];
  /** Sessions that have started by now. */
  sessionsHeld: Scalars['Int']['output'];
  sessionsTotal: Scalars['Int']['output'];
  status: ModuleStatus;
  /** Sessions that have started but have no entry yet ("noch nicht erfasst"); they never count as absences. */
  unrecordedSessions: Scalars['Int']['output'];
};

export type ModuleStatus =
  | 'COMPLETE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/** An organiser moves someone on the waiting list; the reason goes into the audit trail. */
export type MoveWaitingEntryInput = {
  /** The new position (1 = next); beyond the end means last. */
  position: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  registrationId: Scalars['ID']['input'];
};

/** A municipality (Gemeinde, kreisfreie Stadt) or Kreis of NRW. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Runs a Kommunales Integrationszentrum. */
  hasIntegrationCentre: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 8-digit AGS for a municipality, 5-digit Kreisschlüssel for a Kreis. */
  key: Scalars['String']['output'];
  kind: MunicipalityKind;
  /** Key of the Kreis a kreisangehörige Gemeinde belongs to. */
  kreisKey?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  regierungsbezirk: Scalars['String']['output'];
  /** Took part in the predecessor project KoKo I. */
  tookPartInKoko1: Scalars['Boolean']['output'];
};

/** The outcome of a CSV import: all rows or none. */
export type MunicipalityImportResult = {
  __typename?: 'MunicipalityImportResult';
  created: Scalars['Float']['output'];
  ok: Scalars['Boolean']['output'];
  problems: Array<ImportProblem>;
  unchanged: Scalars['Float']['output'];
  updated: Scalars['Float']['output'];
};

export type MunicipalityKind =
  | 'KREIS'
  | 'KREISANGEHOERIGE_GEMEINDE'
  | 'KREISFREIE_STADT';

export type MunicipalityPage = {
  __typename?: 'MunicipalityPage';
  items: Array<Municipality>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** A short format as seen from one Kommune: how many of its people took a place and how many attended. */
export type MunicipalityShortFormat = {
  __typename?: 'MunicipalityShortFormat';
  /** Of them, checked in. */
  attended: Scalars['Int']['output'];
  /** Registrations from the Kommune holding a place (confirmed or offered), checked-in ones included. */
  registered: Scalars['Int']['output'];
  shortFormatId: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
  state: ShortFormatState;
  title: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Sets name and password and signs the invitee in. */
  acceptInvitation: User;
  /** Takes a waiting-list place offered while the offer is valid. */
  acceptShortFormatOffer: RegistrationView;
  /** Adds a milestone at the end of a Kommune’s path. */
  addMilestone: AccompanimentPath;
  addSession: CohortSession;
  /** Erases a former participant’s personal data (cannot be undone); certificates stay verifiable. */
  anonymiseUser: User;
  /** Submits the caller’s answers, once; stored without anything that names them. */
  answerSurvey: Scalars['Boolean']['output'];
  /** Submits the answers through a mail’s one-time link, once; the link is then void. */
  answerSurveyByLink: Scalars['Boolean']['output'];
  applyToCohort: Enrolment;
  /** Creates the account with an invitation and the application; always true so addresses cannot be probed. */
  applyWithoutAccount: Scalars['Boolean']['output'];
  /** Sets the one or two advisors who accompany a request. */
  assignCounsellingAdvisors: CounsellingRequest;
  /** Cancels an appointment; the .ics removes the calendar entry. */
  cancelCounsellingAppointment: CounsellingAppointment;
  /** Cancels a published event and informs every registrant. */
  cancelShortFormat: ShortFormat;
  /** Cancels a registration or leaves the waiting list. */
  cancelShortFormatRegistration: RegistrationView;
  /** Moves or changes an appointment; the .ics replaces the calendar entry. */
  changeCounsellingAppointment: CounsellingAppointment;
  /** Also ends the other sessions of the user. */
  changePassword: Scalars['Boolean']['output'];
  /** Organisers record an attendance (list, short code or QR code); a repeated one changes nothing and says when the first happened. */
  checkInShortFormatRegistration: CheckInResult;
  /** Claims a submission for grading (or takes it over). */
  claimAttempt: AssignmentAttempt;
  /** The double opt-in (a button on the link’s page). */
  confirmShortFormatRegistration: RegistrationView;
  createCohort: Cohort;
  createMunicipality: Municipality;
  /** A new questionnaire with its first version. */
  createQuestionnaire: QuestionnaireVersion;
  /** Creates a draft. */
  createShortFormat: ShortFormat;
  createShortFormatTopic: ShortFormatTopic;
  /** Binds a version to a cohort (pre, post or a module) or a short format (afterwards) and invites its participants or checked-in attendees. */
  createSurvey: StaffSurvey;
  decideEnrolments: DecisionResult;
  deleteAttemptFile: Scalars['Boolean']['output'];
  /** Removes a file from feedback not yet released (the grader holding the submission); answers the attempt with its new version. */
  deleteFeedbackFile: AssignmentAttempt;
  /** Deletes (anonymises) the caller’s own account after checking the password; cannot be undone. Ends every session. */
  deleteMyAccount: Scalars['Boolean']['output'];
  deleteSession: Scalars['Boolean']['output'];
  grantExtension: Extension;
  /** All rows or none; the result lists every invalid row. */
  importMunicipalities: MunicipalityImportResult;
  inviteUser: User;
  issueCertificate: Certificate;
  /** Issues several or all in the background; poll certificateBatch for progress. */
  issueCertificates: CertificateBatch;
  /** Organisers: issues the missing attendance confirmations of a held event now (e.g. after a late check-in); answers how many were issued. */
  issueShortFormatAttendanceConfirmations: Scalars['Int']['output'];
  /** Signed in: cancels one of my registrations or leaves the waiting list; a freed place goes to the next in line. */
  leaveMyShortFormatRegistration: RegistrationView;
  /** Records that a published event took place (from its start on); the attendance confirmations are then issued in the background. */
  markShortFormatHeld: ShortFormat;
  /** Organisers: moves someone on the waiting list (logged with the reason); returns the waiting list in its new order. */
  moveShortFormatWaitingEntry: Array<Registration>;
  /** Plans an appointment; requester and advisors get a mail with an .ics. */
  planCounsellingAppointment: CounsellingAppointment;
  /** Writes in a request’s thread; advisors and admins may write a confidential note. */
  postCounsellingMessage: CounsellingMessage;
  publishShortFormat: ShortFormat;
  /** Saves grid cells; a null status clears one. */
  recordAttendance: Array<AttendanceRecord>;
  /** PENDING (a mail with the confirmation link is on its way) or, for a signed-in user’s own address, CONFIRMED or WAITING. */
  registerForShortFormat: RegistrationState;
  reissueCertificate: Certificate;
  /** Reissues a certificate issued before digital credentials existed, with one (its holder or an admin); the old one is superseded. */
  reissueCertificateWithCredential: Certificate;
  /** Removes a milestone (not the last one). */
  removeMilestone: AccompanimentPath;
  /** Creates the personal iCal URL or replaces it; the old one stops working. */
  renewCalendarUrl: Scalars['String']['output'];
  /** Anyone reports an accessibility barrier; limited per client address and hour. */
  reportBarrier: Scalars['Boolean']['output'];
  /** Asks the programme team for advice on a concrete situation. */
  requestCounselling: CounsellingRequest;
  /** Starts building a ZIP of all the caller’s data in the background (answers the running one if there is one); a mail says when it is ready. */
  requestDataExport: DataExport;
  /** Answers true whether or not the address exists. */
  requestPasswordReset: Scalars['Boolean']['output'];
  resendInvitation: Scalars['Boolean']['output'];
  /** Sends the confirmation mail again; always true (addresses cannot be probed). */
  resendShortFormatConfirmation: Scalars['Boolean']['output'];
  resetPassword: Scalars['Boolean']['output'];
  /** Queues a failed batch again; it continues after the last participant it counted. */
  retryCertificateBatch: CertificateBatch;
  revokeCertificate: Certificate;
  /** Autosave of the write-up; creates the attempt when the participant starts. */
  saveAssignmentDraft: AssignmentAttempt;
  /** Saves a new version; refused when the page changed since `baseVersion`. */
  saveContentPage: ContentPageVersion;
  /** Saves feedback as a draft or releases it; a stale version is refused. */
  saveFeedback: AssignmentAttempt;
  /** Saves the content into the newest version, or into a new version once the newest has responses. */
  saveQuestionnaire: QuestionnaireVersion;
  /** Online and hybrid: a confirmed registrant checks in through their personal link, from 15 minutes before the start until the end. */
  selfCheckInShortFormat: RegistrationView;
  /** Sends the one reminder now, by mail, to the invited who have not answered; refused once sent or while the survey is not open. */
  sendSurveyReminder: Survey;
  setBarrierReportStatus: BarrierReport;
  /** Issue automatically the moment a participant completes the fifth module. */
  setCohortAutoIssue: Scalars['Boolean']['output'];
  /** Moves a request on: accept, start, close (with outcome) or decline (with a reason). */
  setCounsellingStatus: CounsellingRequest;
  /** Sets the advisors who accompany a Kommune (they then see and edit its path). */
  setKommuneAdvisors: AccompanimentPath;
  /** Replaces a module’s rubric; given feedback keeps its snapshot. */
  setRubric: Array<RubricCriterion>;
  /** Trainers: a mail per submission ("immediate") or a daily digest ("digest"). */
  setSubmissionMailMode: Scalars['Boolean']['output'];
  /** Deactivating ends all sessions of that user at once. */
  setUserActive: User;
  setUserRoles: User;
  /** Shares the caller’s own submitted transfer assignment of a module as evidence for a milestone. */
  shareAssignmentEvidence: AccompanimentPath;
  signIn: User;
  signOut: Scalars['Boolean']['output'];
  /** Ends every session of the signed-in user. */
  signOutEverywhere: Scalars['Boolean']['output'];
  /** Starts accompanying a Kommune: it gets the default development path. */
  startAccompaniment: AccompanimentPath;
  submitAssignment: AssignmentAttempt;
  /** Organisers take an attendance back; logged in the audit trail. */
  undoShortFormatCheckIn: Registration;
  updateCohort: Cohort;
  updateCohortModule: CohortModule;
  /** Changes a milestone’s title, status, date, note and evidence link. */
  updateMilestone: AccompanimentPath;
  updateMunicipality: Municipality;
  updateProfile: User;
  updateProgrammeModule: ProgrammeModule;
  updateSession: CohortSession;
  updateShortFormat: ShortFormat;
  updateShortFormatTopic: ShortFormatTopic;
  /** Is a PDF an unaltered original? (SHA-256 comparison.) */
  verifyCertificateFile: FileVerification;
  /** Checks a digital credential (Open Badges 3.0 JSON) offline: signature, issuer, revocation, dates. */
  verifyCredential: CredentialVerification;
  /** Removes the transfer assignment shared as a milestone’s evidence. */
  withdrawAssignmentEvidence: AccompanimentPath;
  /** A participant leaves a cohort they were admitted to. */
  withdrawEnrolment: Enrolment;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAcceptShortFormatOfferArgs = {
  input: RegistrationTokenInput;
};


export type MutationAddMilestoneArgs = {
  input: AddMilestoneInput;
};


export type MutationAddSessionArgs = {
  input: SessionInput;
};


export type MutationAnonymiseUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationAnswerSurveyArgs = {
  input: AnswerSurveyInput;
};


export type MutationAnswerSurveyByLinkArgs = {
  input: AnswerSurveyInput;
  token: Scalars['String']['input'];
};


export type MutationApplyToCohortArgs = {
  input: ApplyInput;
};


export type MutationApplyWithoutAccountArgs = {
  input: ApplyWithoutAccountInput;
};


export type MutationAssignCounsellingAdvisorsArgs = {
  input: AssignCounsellingAdvisorsInput;
};


export type MutationCancelCounsellingAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelShortFormatArgs = {
  input: CancelShortFormatInput;
};


export type MutationCancelShortFormatRegistrationArgs = {
  input: RegistrationTokenInput;
};


export type MutationChangeCounsellingAppointmentArgs = {
  input: ChangeCounsellingAppointmentInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCheckInShortFormatRegistrationArgs = {
  input: CheckInInput;
};


export type MutationClaimAttemptArgs = {
  input: ClaimAttemptInput;
};


export type MutationConfirmShortFormatRegistrationArgs = {
  input: RegistrationTokenInput;
};


export type MutationCreateCohortArgs = {
  input: CohortInput;
};


export type MutationCreateMunicipalityArgs = {
  input: CreateMunicipalityInput;
};


export type MutationCreateQuestionnaireArgs = {
  input: QuestionnaireInput;
};


export type MutationCreateShortFormatArgs = {
  input: ShortFormatInput;
};


export type MutationCreateShortFormatTopicArgs = {
  input: TopicInput;
};


export type MutationCreateSurveyArgs = {
  input: SurveyInput;
};


export type MutationDecideEnrolmentsArgs = {
  input: DecideEnrolmentsInput;
};


export type MutationDeleteAttemptFileArgs = {
  fileId: Scalars['ID']['input'];
};


export type MutationDeleteFeedbackFileArgs = {
  fileId: Scalars['ID']['input'];
};


export type MutationDeleteMyAccountArgs = {
  input: DeleteOwnAccountInput;
};


export type MutationDeleteSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantExtensionArgs = {
  input: GrantExtensionInput;
};


export type MutationImportMunicipalitiesArgs = {
  input: ImportMunicipalitiesInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationIssueCertificateArgs = {
  enrolmentId: Scalars['ID']['input'];
};


export type MutationIssueCertificatesArgs = {
  input: IssueCertificatesInput;
};


export type MutationIssueShortFormatAttendanceConfirmationsArgs = {
  shortFormatId: Scalars['ID']['input'];
};


export type MutationLeaveMyShortFormatRegistrationArgs = {
  registrationId: Scalars['ID']['input'];
};


export type MutationMarkShortFormatHeldArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMoveShortFormatWaitingEntryArgs = {
  input: MoveWaitingEntryInput;
};


export type MutationPlanCounsellingAppointmentArgs = {
  input: PlanCounsellingAppointmentInput;
};


export type MutationPostCounsellingMessageArgs = {
  input: PostCounsellingMessageInput;
};


export type MutationPublishShortFormatArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRegisterForShortFormatArgs = {
  input: RegisterInput;
};


export type MutationReissueCertificateArgs = {
  input: ReissueCertificateInput;
};


export type MutationReissueCertificateWithCredentialArgs = {
  certificateId: Scalars['ID']['input'];
};


export type MutationRemoveMilestoneArgs = {
  milestoneId: Scalars['ID']['input'];
};


export type MutationReportBarrierArgs = {
  input: ReportBarrierInput;
};


export type MutationRequestCounsellingArgs = {
  input: RequestCounsellingInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationResendInvitationArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationResendShortFormatConfirmationArgs = {
  input: ResendConfirmationInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRetryCertificateBatchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeCertificateArgs = {
  input: RevokeCertificateInput;
};


export type MutationSaveAssignmentDraftArgs = {
  input: SaveDraftInput;
};


export type MutationSaveContentPageArgs = {
  input: SaveContentPageInput;
};


export type MutationSaveFeedbackArgs = {
  input: SaveFeedbackInput;
};


export type MutationSaveQuestionnaireArgs = {
  input: QuestionnaireInput;
  questionnaireId: Scalars['ID']['input'];
};


export type MutationSelfCheckInShortFormatArgs = {
  input: RegistrationTokenInput;
};


export type MutationSendSurveyReminderArgs = {
  surveyId: Scalars['ID']['input'];
};


export type MutationSetBarrierReportStatusArgs = {
  input: SetBarrierReportStatusInput;
};


export type MutationSetCohortAutoIssueArgs = {
  cohortId: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
};


export type MutationSetCounsellingStatusArgs = {
  input: SetCounsellingStatusInput;
};


export type MutationSetKommuneAdvisorsArgs = {
  input: SetKommuneAdvisorsInput;
};


export type MutationSetRubricArgs = {
  input: SetRubricInput;
};


export type MutationSetSubmissionMailModeArgs = {
  digest: Scalars['Boolean']['input'];
};


export type MutationSetUserActiveArgs = {
  input: SetUserActiveInput;
};


export type MutationSetUserRolesArgs = {
  input: SetUserRolesInput;
};


export type MutationShareAssignmentEvidenceArgs = {
  input: ShareAssignmentEvidenceInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationStartAccompanimentArgs = {
  municipalityId: Scalars['ID']['input'];
};


export type MutationSubmitAssignmentArgs = {
  input: SubmitAttemptInput;
};


export type MutationUndoShortFormatCheckInArgs = {
  input: UndoCheckInInput;
};


export type MutationUpdateCohortArgs = {
  input: UpdateCohortInput;
};


export type MutationUpdateCohortModuleArgs = {
  input: UpdateCohortModuleInput;
};


export type MutationUpdateMilestoneArgs = {
  input: UpdateMilestoneInput;
};


export type MutationUpdateMunicipalityArgs = {
  input: UpdateMunicipalityInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateProgrammeModuleArgs = {
  input: UpdateProgrammeModuleInput;
};


export type MutationUpdateSessionArgs = {
  input: UpdateSessionInput;
};


export type MutationUpdateShortFormatArgs = {
  input: UpdateShortFormatInput;
};


export type MutationUpdateShortFormatTopicArgs = {
  input: UpdateTopicInput;
};


export type MutationVerifyCertificateFileArgs = {
  input: VerifyFileInput;
};


export type MutationVerifyCredentialArgs = {
  input: VerifyCredentialInput;
};


export type MutationWithdrawAssignmentEvidenceArgs = {
  milestoneId: Scalars['ID']['input'];
};


export type MutationWithdrawEnrolmentArgs = {
  input: WithdrawInput;
};

/** A condition of a module that is still open. */
export type OpenCondition =
  | 'ASSIGNMENT'
  | 'ATTENDANCE';

/** A survey the caller is invited to and has not answered yet. */
export type OpenSurvey = {
  __typename?: 'OpenSurvey';
  closesAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
  wave: SurveyWave;
};

export type OptionCount = {
  __typename?: 'OptionCount';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  value: Scalars['Int']['output'];
};

/** A transfer assignment past its due date with nothing submitted: the trainers’ to-do. */
export type OverdueAssignment = {
  __typename?: 'OverdueAssignment';
  assignmentState: AssignmentState;
  cohortId: Scalars['ID']['output'];
  cohortName: Scalars['String']['output'];
  dueAt: Scalars['DateTime']['output'];
  enrolmentId: Scalars['ID']['output'];
  moduleId: Scalars['ID']['output'];
  modulePosition: Scalars['Int']['output'];
  moduleTitle: Scalars['String']['output'];
  participantId: Scalars['ID']['output'];
  participantName: Scalars['String']['output'];
};

/** A participant as the people running their cohort see them. */
export type Participant = {
  __typename?: 'Participant';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** A person as others see them: name only. */
export type Person = {
  __typename?: 'Person';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type PlanCounsellingAppointmentInput = {
  /** 15 to 480 minutes. */
  durationMinutes: Scalars['Int']['input'];
  format: CounsellingFormat;
  /** The place (on site, required), the link (online, required, https://) or a phone number. */
  location?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
  startsAt: Scalars['DateTime']['input'];
};

export type PostCounsellingMessageInput = {
  body: Scalars['String']['input'];
  /** A confidential note for advisors and admins (not for requesters). */
  confidential?: Scalars['Boolean']['input'];
  /** Files the author uploaded for this request and has not sent yet. */
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  requestId: Scalars['ID']['input'];
};

/** Linked pre and post responses of a cohort: CSV (one row per pair) with SPSS syntax and an R script. */
export type PrePostExport = {
  __typename?: 'PrePostExport';
  csv: ExportFile;
  exact: Scalars['Int']['output'];
  partial: Scalars['Int']['output'];
  r: ExportFile;
  sps: ExportFile;
};

/** How many pre and post responses of a cohort could be linked by their self-generated code. */
export type PrePostMatchRate = {
  __typename?: 'PrePostMatchRate';
  /** Codes left unlinked because they occur more than once in a wave. */
  ambiguous?: Maybe<Scalars['Int']['output']>;
  cohortId: Scalars['ID']['output'];
  /** Pairs with the same code. */
  exact?: Maybe<Scalars['Int']['output']>;
  /** Linked pairs ÷ post responses with a code (0…1). */
  matchRate?: Maybe<Scalars['Float']['output']>;
  /** Further pairs agreeing in at least k of the five code elements. */
  partial?: Maybe<Scalars['Int']['output']>;
  postResponses?: Maybe<Scalars['Int']['output']>;
  postSurveyId: Scalars['ID']['output'];
  postTitle: Scalars['String']['output'];
  postTitleEn: Scalars['String']['output'];
  postWithCode?: Maybe<Scalars['Int']['output']>;
  preResponses?: Maybe<Scalars['Int']['output']>;
  preSurveyId: Scalars['ID']['output'];
  preTitle: Scalars['String']['output'];
  preTitleEn: Scalars['String']['output'];
  preWithCode?: Maybe<Scalars['Int']['output']>;
  /** True while either wave has fewer responses than the minimum: no figure then. */
  suppressed: Scalars['Boolean']['output'];
};

/** One of the five modules of the certified programme. */
export type ProgrammeModule = {
  __typename?: 'ProgrammeModule';
  /** The brief of the module’s transfer assignment, in the reader’s language like title. */
  assignmentBrief: Scalars['String']['output'];
  assignmentBriefDe: Scalars['String']['output'];
  assignmentBriefEn: Scalars['String']['output'];
  format: ModuleFormat;
  id: Scalars['ID']['output'];
  /** In the reader’s language, like title. */
  learningOutcomes: Scalars['String']['output'];
  learningOutcomesDe: Scalars['String']['output'];
  learningOutcomesEn: Scalars['String']['output'];
  /** 1 to 5; the order participants go through the modules. */
  position: Scalars['Int']['output'];
  /** In the reader’s language: the English text where one is written, else the German one (titleDe for editing). */
  title: Scalars['String']['output'];
  /** The German title as written (for editing). */
  titleDe: Scalars['String']['output'];
  /** The English title as written; empty where there is none. */
  titleEn: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  workloadHours: Scalars['Int']['output'];
};

/** What the public verification shows: state, name, programme, issue date. */
export type PublicCertificate = {
  __typename?: 'PublicCertificate';
  /** Attendance confirmations: the event’s day (YYYY-MM-DD). */
  eventDate?: Maybe<Scalars['String']['output']>;
  /** Attendance confirmations: the event’s title. */
  eventTitle?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  issuedOn: Scalars['String']['output'];
  /** A certificate or a short format’s Teilnahmebescheinigung. */
  kind: VerifiedDocumentKind;
  number: Scalars['String']['output'];
  printedName: Scalars['String']['output'];
  programmeTitle: Scalars['String']['output'];
  revocationReason?: Maybe<RevocationReason>;
  revokedOn?: Maybe<Scalars['String']['output']>;
  state: CertificateState;
  /** The verification code of the certificate that replaced this one. */
  supersededByCode?: Maybe<Scalars['String']['output']>;
  verificationCode: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Participating Kommunen with their stage and counts per stage; advisors see the Kommunen they accompany. */
  accompanimentOverview: AccompanimentOverview;
  /** The overview as CSV (or XLSX) for the funders’ reports. */
  accompanimentOverviewCsv: ExportFile;
  /** Every short format, newest start first. */
  adminShortFormats: ShortFormatPage;
  appInfo: AppInfo;
  /** The signed-in participant’s transfer assignment of one module. */
  assignment: AssignmentOverview;
  attemptForGrading: AssignmentAttempt;
  /** Admins and the cohort’s trainers. */
  attendanceSheet: AttendanceSheet;
  /** The audit trail of a cohort and/or a participant, newest first. */
  auditTrail: AuditEventPage;
  /** Newest first. */
  barrierReports: BarrierReportPage;
  certificateBatch: CertificateBatch;
  /** Cohorts that have begun and have eligible participants without a valid certificate, oldest first. The same few statements for any number of cohorts. */
  certificatesToIssue: Array<CohortCertificatesToIssue>;
  cohort: Cohort;
  /** Admitted and completed participants of a cohort with eligibility and certificates. */
  cohortCertificates: Array<CertificateCandidate>;
  /** Progress matrix of a cohort: participants × five modules. */
  cohortProgress: Array<EnrolmentProgress>;
  /** The progress matrix as CSV, or as XLSX with numbers as numbers (format: XLSX). */
  cohortProgressCsv: ExportFile;
  /** Admins: every cohort; trainers: their own. */
  cohorts: CohortPage;
  /** Newest first, at most 100 versions. */
  contentPageHistory: Array<ContentPageVersion>;
  contentPages: Array<ContentPageOverview>;
  /** Active accounts with the advisor role, by name. */
  counsellingAdvisors: Array<CounsellingPerson>;
  /** The appointments of a request, earliest first (cancelled ones say so). */
  counsellingAppointments: Array<CounsellingAppointment>;
  /** One request: for its requester, its advisors and admins. */
  counsellingRequest: CounsellingRequest;
  /** Open first, acute first; advisors see only the requests they accompany. */
  counsellingRequests: CounsellingRequestPage;
  /** The messages of a request, oldest first; its requester never sees the confidential notes. */
  counsellingThread: Array<CounsellingMessage>;
  enrolments: EnrolmentPage;
  /** The filtered applications as CSV, or as XLSX with typed cells (format: XLSX). */
  enrolmentsCsv: ExportFile;
  /** Surveys (trainers: of their own cohorts) with invitation and response counts. */
  evaluationSurveys: Array<StaffSurvey>;
  /** By number and surname; null when they do not match. */
  findCertificate?: Maybe<PublicCertificate>;
  /** Submissions of the trainer’s cohorts (all for admins), oldest first. */
  gradingQueue: GradingQueue;
  invitation: InvitationInfo;
  /** One Kommune across the four building blocks: admins, and advisors for the Kommunen they accompany. */
  kommunePage: KommunePage;
  /** A Kommune’s development path: for its participants, its advisors and admins. */
  kommunePath: AccompanimentPath;
  /** The signed-in user, or null. */
  me?: Maybe<User>;
  municipalities: MunicipalityPage;
  /** The personal iCal subscription URL, if created. */
  myCalendarUrl?: Maybe<Scalars['String']['output']>;
  /** The signed-in participant’s certificates (all states). */
  myCertificates: Array<Certificate>;
  /** The caller’s own counselling requests, newest first. */
  myCounsellingRequests: Array<CounsellingRequest>;
  /** The caller’s data exports, newest first (at most five). */
  myDataExports: Array<DataExport>;
  /** The signed-in user’s own enrolments. */
  myEnrolments: Array<Enrolment>;
  /** The paths of the Kommunen the caller takes part for (Mein Weg). */
  myKommunePaths: Array<AccompanimentPath>;
  /** Open surveys the caller is invited to and has not answered. */
  myOpenSurveys: Array<OpenSurvey>;
  /** The signed-in participant’s way through the modules ("Mein Weg"). */
  myProgress: Array<EnrolmentProgress>;
  /** Signed in: my registrations for short formats (with my account or my address), newest event first. */
  myShortFormatRegistrations: Array<RegistrationView>;
  /** Cohorts taking applications today. */
  openCohorts: Array<Cohort>;
  /** Assignments past their due date with nothing submitted: in one cohort the viewer runs, or in all their running cohorts (admins: all). */
  overdueAssignments: Array<OverdueAssignment>;
  /** Evaluation only: the linked pre/post pairs of a cohort (CSV, SPSS, R), without codes; from the minimum number of pairs up, audit-logged. */
  prePostExport: PrePostExport;
  /** Per cohort with a pre and a post survey: how many responses the self-generated code links (exactly, and by k of 5 elements). */
  prePostMatchRates: Array<PrePostMatchRate>;
  programmeModules: Array<ProgrammeModule>;
  /** The newest version of a public page (German when there is none in the language asked for). */
  publicPage: ContentPageVersion;
  /** The codebook of a questionnaire version (Markdown): export columns, labels, values, missing values. */
  questionnaireCodebook: ExportFile;
  /** One version with its sections and items. */
  questionnaireVersion: QuestionnaireVersion;
  /** Every questionnaire with its versions, newest first. */
  questionnaires: Array<QuestionnaireSummary>;
  /** A module’s rubric; participants see what they will be graded on. */
  rubric: Array<RubricCriterion>;
  /** One short format; drafts only for admins. */
  shortFormat: ShortFormat;
  /** Published short formats that have not ended, soonest first. */
  shortFormatCalendar: ShortFormatPage;
  /** Organisers: the participant list of one event (German Excel CSV, or XLSX with typed cells). */
  shortFormatParticipantsCsv: ExportFile;
  /** The registration behind a mail link. Reading changes nothing. */
  shortFormatRegistration: RegistrationView;
  /** Organisers: every registration of one event, in queue order. */
  shortFormatRegistrations: Array<Registration>;
  /** The programme’s statistics (German Excel CSV, or XLSX with typed cells): per event in total, per Regierungsbezirk and per municipality. */
  shortFormatStatisticsCsv: ExportFile;
  /** The conflict topics; archived ones only on request. */
  shortFormatTopics: Array<ShortFormatTopic>;
  /** The survey a mail’s one-time link opens (no sign-in): SURVEY_LINK_INVALID once used. */
  surveyByLink: SurveyToAnswer;
  /** The cohorts, programme modules and short formats a new survey can be bound to. */
  surveyContexts: SurveyContexts;
  /** Evaluation only: the raw responses (CSV) with SPSS syntax; from the minimum group size up, audit-logged. */
  surveyRawExport: ResearchExport;
  /** Aggregated results; nothing for a group below the minimum group size. */
  surveyResults: SurveyResults;
  /** The questionnaire of an open survey the caller may still answer. */
  surveyToAnswer: SurveyToAnswer;
  users: UserPage;
  /** By the code in the verification URL; null when unknown. */
  verifyCertificate?: Maybe<PublicCertificate>;
};


export type QueryAccompanimentOverviewArgs = {
  hasIntegrationCentre?: InputMaybe<Scalars['Boolean']['input']>;
  kreisKey?: InputMaybe<Scalars['String']['input']>;
  regierungsbezirk?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<AccompanimentStage>;
  tookPartInKoko1?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAccompanimentOverviewCsvArgs = {
  format?: ExportFormat;
  hasIntegrationCentre?: InputMaybe<Scalars['Boolean']['input']>;
  kreisKey?: InputMaybe<Scalars['String']['input']>;
  regierungsbezirk?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<AccompanimentStage>;
  tookPartInKoko1?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAdminShortFormatsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<ShortFormatState>;
};


export type QueryAssignmentArgs = {
  enrolmentId: Scalars['ID']['input'];
  moduleId: Scalars['ID']['input'];
};


export type QueryAttemptForGradingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAttendanceSheetArgs = {
  cohortId: Scalars['ID']['input'];
};


export type QueryAuditTrailArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  subjectUserId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBarrierReportsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  status?: InputMaybe<BarrierReportStatus>;
};


export type QueryCertificateBatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCohortArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCohortCertificatesArgs = {
  cohortId: Scalars['ID']['input'];
};


export type QueryCohortProgressArgs = {
  cohortId: Scalars['ID']['input'];
};


export type QueryCohortProgressCsvArgs = {
  cohortId: Scalars['ID']['input'];
  format?: ExportFormat;
};


export type QueryCohortsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryContentPageHistoryArgs = {
  locale: Locale;
  slug: Scalars['String']['input'];
};


export type QueryCounsellingAppointmentsArgs = {
  requestId: Scalars['ID']['input'];
};


export type QueryCounsellingRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCounsellingRequestsArgs = {
  advisorId?: InputMaybe<Scalars['ID']['input']>;
  limit?: Scalars['Int']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  offset?: Scalars['Int']['input'];
  status?: InputMaybe<CounsellingStatus>;
  urgency?: InputMaybe<CounsellingUrgency>;
};


export type QueryCounsellingThreadArgs = {
  requestId: Scalars['ID']['input'];
};


export type QueryEnrolmentsArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  limit?: Scalars['Int']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  offset?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<EnrolmentState>;
};


export type QueryEnrolmentsCsvArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  format?: ExportFormat;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<EnrolmentState>;
};


export type QueryFindCertificateArgs = {
  input: FindCertificateInput;
};


export type QueryGradingQueueArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  late?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: Scalars['Int']['input'];
  moduleId?: InputMaybe<Scalars['ID']['input']>;
  offset?: Scalars['Int']['input'];
  state?: InputMaybe<AttemptState>;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryKommunePageArgs = {
  municipalityId: Scalars['ID']['input'];
};


export type QueryKommunePathArgs = {
  municipalityId: Scalars['ID']['input'];
};


export type QueryMunicipalitiesArgs = {
  kind?: InputMaybe<MunicipalityKind>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  regierungsbezirk?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOverdueAssignmentsArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPrePostExportArgs = {
  minAgreement?: Scalars['Int']['input'];
  postSurveyId: Scalars['ID']['input'];
  preSurveyId: Scalars['ID']['input'];
};


export type QueryPrePostMatchRatesArgs = {
  minAgreement?: Scalars['Int']['input'];
};


export type QueryPublicPageArgs = {
  locale?: InputMaybe<Locale>;
  slug: Scalars['String']['input'];
};


export type QueryQuestionnaireCodebookArgs = {
  versionId: Scalars['ID']['input'];
};


export type QueryQuestionnaireVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRubricArgs = {
  moduleId: Scalars['ID']['input'];
};


export type QueryShortFormatArgs = {
  id: Scalars['ID']['input'];
};


export type QueryShortFormatCalendarArgs = {
  format?: InputMaybe<ShortFormatFormat>;
  limit?: Scalars['Int']['input'];
  month?: InputMaybe<Scalars['String']['input']>;
  offset?: Scalars['Int']['input'];
  topicId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryShortFormatParticipantsCsvArgs = {
  format?: ExportFormat;
  shortFormatId: Scalars['ID']['input'];
};


export type QueryShortFormatRegistrationArgs = {
  input: RegistrationTokenInput;
};


export type QueryShortFormatRegistrationsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  shortFormatId: Scalars['ID']['input'];
  state?: InputMaybe<RegistrationState>;
};


export type QueryShortFormatStatisticsCsvArgs = {
  format?: ExportFormat;
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<ShortFormatState>;
};


export type QueryShortFormatTopicsArgs = {
  includeArchived?: Scalars['Boolean']['input'];
};


export type QuerySurveyByLinkArgs = {
  token: Scalars['String']['input'];
};


export type QuerySurveyRawExportArgs = {
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveyResultsArgs = {
  grouping?: ResultGrouping;
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveyToAnswerArgs = {
  surveyId: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryVerifyCertificateArgs = {
  code: Scalars['String']['input'];
};

/** The whole content of a questionnaire version. */
export type QuestionnaireInput = {
  sections: Array<SectionInput>;
  title: Scalars['String']['input'];
  titleEn: Scalars['String']['input'];
};

/** A questionnaire with its versions, newest first. */
export type QuestionnaireSummary = {
  __typename?: 'QuestionnaireSummary';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
  versions: Array<QuestionnaireVersionSummary>;
};

/** One version of a questionnaire with its sections and items. */
export type QuestionnaireVersion = {
  __typename?: 'QuestionnaireVersion';
  /** True once responses exist: editing then creates a new version. */
  frozen: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  questionnaireId: Scalars['ID']['output'];
  sections: Array<Section>;
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
};

/** A version in the list of a questionnaire. */
export type QuestionnaireVersionSummary = {
  __typename?: 'QuestionnaireVersionSummary';
  createdAt: Scalars['DateTime']['output'];
  frozen: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
};

export type QueueCounts = {
  __typename?: 'QueueCounts';
  failed: Scalars['Int']['output'];
  passed: Scalars['Int']['output'];
  revisionRequested: Scalars['Int']['output'];
  submitted: Scalars['Int']['output'];
};

export type RecordAttendanceInput = {
  cohortId: Scalars['ID']['input'];
  entries: Array<AttendanceEntryInput>;
};

export type RegisterInput = {
  /** Optional; shown only to organisers and deleted when the event is over. */
  accessibilityNeeds?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  locale?: Locale;
  /** A municipality of the NRW list, or else `organisation`. */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** Free text when the organisation is not on the NRW list. */
  organisation?: InputMaybe<Scalars['String']['input']>;
  shortFormatId: Scalars['ID']['input'];
};

/** One person registered for a short format. */
export type Registration = {
  __typename?: 'Registration';
  /** Organisers only; deleted when the event is over. */
  accessibilityNeeds?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  checkedInVia?: Maybe<CheckInVia>;
  /** A pending registration expires at this time unless confirmed. */
  confirmBy?: Maybe<Scalars['DateTime']['output']>;
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  municipalityId?: Maybe<Scalars['ID']['output']>;
  municipalityName?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  offerExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Free-text organisation when it is not on the NRW list. */
  organisation?: Maybe<Scalars['String']['output']>;
  shortFormatId: Scalars['ID']['output'];
  state: RegistrationState;
  waitingPosition?: Maybe<Scalars['Int']['output']>;
};

export type RegistrationState =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'EXPIRED'
  | 'OFFERED'
  | 'PENDING'
  | 'WAITING';

export type RegistrationTokenInput = {
  /** The secret from the link in the mail. */
  token: Scalars['String']['input'];
};

/** What the person behind a mail link sees of their registration. */
export type RegistrationView = {
  __typename?: 'RegistrationView';
  /** The Teilnahmebescheinigung, once issued. */
  attendanceConfirmation?: Maybe<AttendanceConfirmationLink>;
  /** Short check-in code (confirmed only). */
  checkInCode?: Maybe<Scalars['String']['output']>;
  /** In person and hybrid, confirmed: the QR code (PNG) to show at the door. */
  checkInQrUrl?: Maybe<Scalars['String']['output']>;
  /** When the attendance was recorded. */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  confirmBy?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Online and hybrid: the join link (confirmed only). */
  joinUrl?: Maybe<Scalars['String']['output']>;
  /** The personal link’s page (accept an offer, check in, cancel), for its holder. */
  linkPath: Scalars['String']['output'];
  name: Scalars['String']['output'];
  offerExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Online and hybrid, confirmed: self check-in is open now (15 minutes before the start until the end). */
  selfCheckInOpen: Scalars['Boolean']['output'];
  shortFormat: ShortFormat;
  /** A pending registration past its confirmation time shows as EXPIRED. */
  state: RegistrationState;
  /** Position on the waiting list (1 = next), else null. */
  waitingPosition?: Maybe<Scalars['Int']['output']>;
};

export type RegistrationWindow =
  | 'CLOSED'
  | 'NOT_YET_OPEN'
  | 'OPEN';

export type ReissueCertificateInput = {
  certificateId: Scalars['ID']['input'];
  /** The corrected name as it is to be printed. */
  printedName?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};

export type ReportBarrierInput = {
  description: Scalars['String']['input'];
  /** Only when an answer is wanted. */
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Address of the page with the barrier (filled in by the form). */
  pageUrl: Scalars['String']['input'];
  /** Must stay empty: a field people never see, filled only by bots. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A request for advice on a concrete situation. */
export type RequestCounsellingInput = {
  /** When the requester can be reached, in their words. */
  availability: Scalars['String']['input'];
  description: Scalars['String']['input'];
  format: CounsellingFormat;
  municipalityId: Scalars['ID']['input'];
  /** One of the conflict topics (shortFormatTopics). */
  topicId: Scalars['ID']['input'];
  urgency: CounsellingUrgency;
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

/** The raw data of a survey for research: CSV (UTF-8), SPSS syntax and an R script with labels, and the codebook. */
export type ResearchExport = {
  __typename?: 'ResearchExport';
  /** The codebook of the questionnaire version (Markdown). */
  codebook: ExportFile;
  csv: ExportFile;
  /** An R script (base R) that reads the CSV (same folder) with variable and value labels. */
  r: ExportFile;
  /** SPSS / GNU PSPP syntax: reads the CSV (same folder), labels, missing values, writes a .sav. */
  sps: ExportFile;
};

export type ResendConfirmationInput = {
  email: Scalars['String']['input'];
  shortFormatId: Scalars['ID']['input'];
};

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** The figures of one group (a municipality). */
export type ResultGroup = {
  __typename?: 'ResultGroup';
  items: Array<ItemResult>;
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  responses?: Maybe<Scalars['Int']['output']>;
  suppressed: Scalars['Boolean']['output'];
};

export type ResultGrouping =
  | 'MUNICIPALITY'
  | 'NONE';

export type RevocationReason =
  | 'ISSUED_IN_ERROR'
  | 'MISCONDUCT'
  | 'OTHER'
  | 'REQUIREMENTS_NOT_MET';

export type RevokeCertificateInput = {
  certificateId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason: RevocationReason;
};

/** What an account may do; one account may hold several. */
export type Role =
  | 'ADMIN'
  | 'ADVISOR'
  | 'EVALUATION'
  | 'PARTICIPANT'
  | 'TRAINER';

/** One criterion of a module’s rubric, with its levels. */
export type RubricCriterion = {
  __typename?: 'RubricCriterion';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  levels: Array<RubricLevel>;
  /** Fewest points a "passed" needs on this required criterion; null: any level above its lowest. */
  minimumPoints?: Maybe<Scalars['Int']['output']>;
  moduleId: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  /** A verdict cannot be released without a score for this criterion. */
  required: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type RubricCriterionInput = {
  description?: Scalars['String']['input'];
  levels: Array<RubricLevelInput>;
  /** Fewest points a "passed" needs (required criteria); one of the levels above the lowest. Null: any level above the lowest. */
  minimumPoints?: InputMaybe<Scalars['Int']['input']>;
  required?: Scalars['Boolean']['input'];
  title: Scalars['String']['input'];
};

/** A level of a rubric criterion: label, points and what it means. */
export type RubricLevel = {
  __typename?: 'RubricLevel';
  descriptor: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  points: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
};

export type RubricLevelInput = {
  descriptor?: Scalars['String']['input'];
  label: Scalars['String']['input'];
  points: Scalars['Int']['input'];
};

/** A scored rubric criterion, as it was when scored. */
export type RubricScore = {
  __typename?: 'RubricScore';
  criterionId: Scalars['ID']['output'];
  criterionTitle: Scalars['String']['output'];
  levelId: Scalars['ID']['output'];
  levelLabel: Scalars['String']['output'];
  points: Scalars['Int']['output'];
};

export type SaveContentPageInput = {
  /** The version the edit started from. */
  baseVersion: Scalars['Int']['input'];
  /** Markdown, at most 100 000 characters. */
  body: Scalars['String']['input'];
  locale: Locale;
  slug: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type SaveDraftInput = {
  body: Scalars['String']['input'];
  enrolmentId: Scalars['ID']['input'];
  moduleId: Scalars['ID']['input'];
};

export type SaveFeedbackInput = {
  attemptId: Scalars['ID']['input'];
  /** Release to the participant now; otherwise saved as a draft. */
  release: Scalars['Boolean']['input'];
  /** With "revision required": when the revision is due. Default: the end of the day the cohort’s revision days from now. */
  revisionDueAt?: InputMaybe<Scalars['DateTime']['input']>;
  scores?: Array<ScoreInput>;
  text?: Scalars['String']['input'];
  verdict?: InputMaybe<Verdict>;
  /** The attempt version the grader saw. */
  version: Scalars['Int']['input'];
};

export type ScoreInput = {
  criterionId: Scalars['ID']['input'];
  levelId: Scalars['ID']['input'];
};

/** A section of a questionnaire version. */
export type Section = {
  __typename?: 'Section';
  id: Scalars['ID']['output'];
  items: Array<Item>;
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
};

export type SectionInput = {
  items: Array<ItemInput>;
  title: Scalars['String']['input'];
  titleEn: Scalars['String']['input'];
};

export type SessionInput = {
  cohortId: Scalars['ID']['input'];
  endsAt: Scalars['DateTime']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  moduleId: Scalars['ID']['input'];
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  title?: Scalars['String']['input'];
  /** English title (empty falls back to German); unchanged on update when omitted. */
  titleEn?: InputMaybe<Scalars['String']['input']>;
};

export type SetBarrierReportStatusInput = {
  id: Scalars['ID']['input'];
  status: BarrierReportStatus;
};

export type SetCounsellingStatusInput = {
  /** Required to close: one or more. */
  outcomeCategories?: InputMaybe<Array<CounsellingOutcome>>;
  /** Required to close; the requester sees it. */
  outcomeSummary?: InputMaybe<Scalars['String']['input']>;
  /** Required to decline. */
  reason?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
  status: CounsellingStatus;
};

export type SetKommuneAdvisorsInput = {
  /** Accounts with the advisor role (none to end their accompaniment). */
  advisorIds: Array<Scalars['ID']['input']>;
  municipalityId: Scalars['ID']['input'];
};

export type SetRubricInput = {
  criteria: Array<RubricCriterionInput>;
  moduleId: Scalars['ID']['input'];
};

export type SetUserActiveInput = {
  active: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};

export type SetUserRolesInput = {
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};

/** A participant shares their own transfer assignment of a module as evidence (their consent). */
export type ShareAssignmentEvidenceInput = {
  milestoneId: Scalars['ID']['input'];
  moduleId: Scalars['ID']['input'];
};

/** A short format: a public event on one conflict topic, online, in person or hybrid. */
export type ShortFormat = {
  __typename?: 'ShortFormat';
  /** Accessibility of the venue or the online room. */
  accessibility: Scalars['String']['output'];
  /** Where it takes place (in person and hybrid). */
  address?: Maybe<Scalars['String']['output']>;
  availability: Availability;
  /** Why it was cancelled (sent to every registrant). */
  cancellationNote?: Maybe<Scalars['String']['output']>;
  /** Admins only (else null): the public sees availability. */
  capacity?: Maybe<Scalars['Int']['output']>;
  contact: Scalars['String']['output'];
  /** Admins only (else null). */
  counts?: Maybe<ShortFormatCounts>;
  description: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  format: ShortFormatFormat;
  /** The event as an iCal file. */
  icalUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Admins only (else null); registrants get it by mail. */
  joinUrl?: Maybe<Scalars['String']['output']>;
  language: ShortFormatLanguage;
  registrationClosesAt: Scalars['DateTime']['output'];
  registrationOpensAt: Scalars['DateTime']['output'];
  registrationWindow: RegistrationWindow;
  speakers: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
  state: ShortFormatState;
  targetGroup: Scalars['String']['output'];
  title: Scalars['String']['output'];
  topic: ShortFormatTopic;
  topicId: Scalars['ID']['output'];
};

/** How many registrations an event has (organisers only). */
export type ShortFormatCounts = {
  __typename?: 'ShortFormatCounts';
  cancelled: Scalars['Int']['output'];
  /** Attended (checked in). */
  checkedIn: Scalars['Int']['output'];
  confirmed: Scalars['Int']['output'];
  /** Confirmed but not checked in, once the event is over. */
  noShows: Scalars['Int']['output'];
  offered: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  /** Everyone who confirmed their address (also those who later cancelled or moved to the waiting list) or still may. */
  registered: Scalars['Int']['output'];
  waiting: Scalars['Int']['output'];
};

export type ShortFormatFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

export type ShortFormatInput = {
  accessibility?: Scalars['String']['input'];
  /** In person and hybrid. */
  address?: InputMaybe<Scalars['String']['input']>;
  capacity: Scalars['Int']['input'];
  contact?: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  endsAt: Scalars['DateTime']['input'];
  format: ShortFormatFormat;
  /** Online and hybrid: sent only to confirmed registrants. */
  joinUrl?: InputMaybe<Scalars['String']['input']>;
  language?: ShortFormatLanguage;
  registrationClosesAt: Scalars['DateTime']['input'];
  registrationOpensAt: Scalars['DateTime']['input'];
  speakers?: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  targetGroup?: Scalars['String']['input'];
  title: Scalars['String']['input'];
  topicId: Scalars['ID']['input'];
};

export type ShortFormatLanguage =
  | 'DE'
  | 'EN';

export type ShortFormatPage = {
  __typename?: 'ShortFormatPage';
  items: Array<ShortFormat>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ShortFormatState =
  | 'CANCELLED'
  | 'DRAFT'
  | 'HELD'
  | 'PUBLISHED';

/** A conflict topic short formats are about; admins keep the list. */
export type ShortFormatTopic = {
  __typename?: 'ShortFormatTopic';
  /** Archived topics stay on their events but are not offered for new ones. */
  archived: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  /** German title. */
  title: Scalars['String']['output'];
  /** English title. */
  titleEn: Scalars['String']['output'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** A survey as staff see it, with its invitation and response counts. */
export type StaffSurvey = {
  __typename?: 'StaffSurvey';
  closesAt: Scalars['DateTime']['output'];
  /** The cohort of a PRE, POST or MODULE survey. */
  cohortId?: Maybe<Scalars['ID']['output']>;
  /** What the survey is about: the cohort (with the module) or the short format, in German. */
  contextName: Scalars['String']['output'];
  contextNameEn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When the invitations were mailed (at the opening). */
  invitationsSentAt?: Maybe<Scalars['DateTime']['output']>;
  invited: Scalars['Int']['output'];
  moduleId?: Maybe<Scalars['ID']['output']>;
  opensAt: Scalars['DateTime']['output'];
  /** When the one reminder goes out by itself (it can also be sent by hand once). */
  remindAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the reminder was mailed to those who had not answered. */
  reminderSentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Null below the minimum group size. */
  responses?: Maybe<Scalars['Int']['output']>;
  /** The short format of an EVENT survey. */
  shortFormatId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
  versionId: Scalars['ID']['output'];
  wave: SurveyWave;
};

export type StageCount = {
  __typename?: 'StageCount';
  count: Scalars['Int']['output'];
  stage: AccompanimentStage;
};

export type SubmitAttemptInput = {
  attemptId: Scalars['ID']['input'];
  /** The statement of own work (Eigenständigkeitserklärung) is confirmed. */
  confirmOwnWork: Scalars['Boolean']['input'];
};

/** A questionnaire version bound to one context, open between two dates. */
export type Survey = {
  __typename?: 'Survey';
  closesAt: Scalars['DateTime']['output'];
  /** The cohort of a PRE, POST or MODULE survey. */
  cohortId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** When the invitations were mailed (at the opening). */
  invitationsSentAt?: Maybe<Scalars['DateTime']['output']>;
  moduleId?: Maybe<Scalars['ID']['output']>;
  opensAt: Scalars['DateTime']['output'];
  /** When the one reminder goes out by itself (it can also be sent by hand once). */
  remindAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the reminder was mailed to those who had not answered. */
  reminderSentAt?: Maybe<Scalars['DateTime']['output']>;
  /** The short format of an EVENT survey. */
  shortFormatId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
  versionId: Scalars['ID']['output'];
  wave: SurveyWave;
};

/** A cohort a survey may address (pre, post, module). */
export type SurveyContextCohort = {
  __typename?: 'SurveyContextCohort';
  endsOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** German name. */
  name: Scalars['String']['output'];
  /** English name; empty where there is none. */
  nameEn: Scalars['String']['output'];
  startsOn: Scalars['String']['output'];
};

/** A programme module a MODULE survey follows. */
export type SurveyContextModule = {
  __typename?: 'SurveyContextModule';
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  /** English title; empty where there is none. */
  titleEn: Scalars['String']['output'];
};

/** A short format an EVENT survey may follow: published or held, with its checked-in attendees. */
export type SurveyContextShortFormat = {
  __typename?: 'SurveyContextShortFormat';
  /** Attendees whose attendance was recorded (those with an account are invited). */
  checkedIn: Scalars['Int']['output'];
  /** The survey opens at this time at the earliest. */
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

/** What a survey can be bound to; read through the owning libraries. */
export type SurveyContexts = {
  __typename?: 'SurveyContexts';
  cohorts: Array<SurveyContextCohort>;
  modules: Array<SurveyContextModule>;
  shortFormats: Array<SurveyContextShortFormat>;
};

export type SurveyInput = {
  closesAt: Scalars['DateTime']['input'];
  /** For PRE, POST and MODULE surveys. */
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  /** Only for MODULE surveys. */
  moduleId?: InputMaybe<Scalars['ID']['input']>;
  opensAt: Scalars['DateTime']['input'];
  /** When the one reminder goes out by itself: after the opening, before the closing. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only for EVENT surveys: the short format whose checked-in attendees are asked; opens after its end. */
  shortFormatId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  titleEn: Scalars['String']['input'];
  versionId: Scalars['ID']['input'];
  wave: SurveyWave;
};

/** Aggregated results; no figure for a group below the minimum group size. */
export type SurveyResults = {
  __typename?: 'SurveyResults';
  groups: Array<ResultGroup>;
  invited: Scalars['Int']['output'];
  items: Array<ItemResult>;
  minGroup: Scalars['Int']['output'];
  /** Responses ÷ invited (0…1). */
  responseRate?: Maybe<Scalars['Float']['output']>;
  responses?: Maybe<Scalars['Int']['output']>;
  /** True while fewer than the minimum have answered: no figure at all. */
  suppressed: Scalars['Boolean']['output'];
  surveyId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
  wave: SurveyWave;
};

/** A survey to answer: its questionnaire version and what is stored. */
export type SurveyToAnswer = {
  __typename?: 'SurveyToAnswer';
  /** Whether the survey asks for the self-generated pre/post code. */
  asksForCode: Scalars['Boolean']['output'];
  closesAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  questionnaire: QuestionnaireVersion;
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
  wave: SurveyWave;
};

/** A cohort at its start (PRE) or end (POST), after one module (MODULE), or a short format afterwards (EVENT). */
export type SurveyWave =
  | 'EVENT'
  | 'MODULE'
  | 'POST'
  | 'PRE';

export type TopicInput = {
  title: Scalars['String']['input'];
  titleEn: Scalars['String']['input'];
};

export type UndoCheckInInput = {
  /** Kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  registrationId: Scalars['ID']['input'];
};

export type UpdateCohortInput = {
  applicationsCloseOn: Scalars['String']['input'];
  applicationsOpenOn: Scalars['String']['input'];
  capacity: Scalars['Int']['input'];
  description?: Scalars['String']['input'];
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  endsOn: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** English name (empty falls back to German); empty for a new cohort and unchanged on update when omitted. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Days a participant gets for a revision by default (1–90); 14 for a new cohort and unchanged on update when omitted. */
  revisionDays?: InputMaybe<Scalars['Int']['input']>;
  startsOn: Scalars['String']['input'];
  trainerIds?: Array<Scalars['ID']['input']>;
};

export type UpdateCohortModuleInput = {
  assignmentDueAt?: InputMaybe<Scalars['DateTime']['input']>;
  cohortId: Scalars['ID']['input'];
  /** Unchanged when omitted. */
  maxAttempts?: InputMaybe<Scalars['Int']['input']>;
  minAttendancePercent: Scalars['Int']['input'];
  moduleId: Scalars['ID']['input'];
  submissionCutoffAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Replaces what can be edited on a milestone. */
export type UpdateMilestoneInput = {
  /** YYYY-MM-DD; required once reached (not in the future), else the planned date. */
  datedOn?: InputMaybe<Scalars['String']['input']>;
  /** An http(s) link to a document or page. */
  evidenceUrl?: InputMaybe<Scalars['String']['input']>;
  milestoneId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: MilestoneStatus;
  title: Scalars['String']['input'];
};

export type UpdateMunicipalityInput = {
  hasIntegrationCentre: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  tookPartInKoko1: Scalars['Boolean']['input'];
};

export type UpdateProfileInput = {
  certificateName: Scalars['String']['input'];
  /** Omit to keep the current title. */
  certificateTitle?: InputMaybe<CertificateTitle>;
  displayName: Scalars['String']['input'];
  locale: Locale;
};

export type UpdateProgrammeModuleInput = {
  assignmentBrief: Scalars['String']['input'];
  assignmentBriefEn?: InputMaybe<Scalars['String']['input']>;
  format: ModuleFormat;
  learningOutcomes: Scalars['String']['input'];
  learningOutcomesEn?: InputMaybe<Scalars['String']['input']>;
  /** Which of the five modules (1–5); there is no sixth. */
  position: Scalars['Int']['input'];
  title: Scalars['String']['input'];
  /** English texts (empty ones fall back to German); unchanged when omitted. */
  titleEn?: InputMaybe<Scalars['String']['input']>;
  workloadHours: Scalars['Int']['input'];
};

export type UpdateSessionInput = {
  cohortId: Scalars['ID']['input'];
  endsAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  moduleId: Scalars['ID']['input'];
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  title?: Scalars['String']['input'];
  /** English title (empty falls back to German); unchanged on update when omitted. */
  titleEn?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateShortFormatInput = {
  accessibility?: Scalars['String']['input'];
  /** In person and hybrid. */
  address?: InputMaybe<Scalars['String']['input']>;
  capacity: Scalars['Int']['input'];
  contact?: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  endsAt: Scalars['DateTime']['input'];
  format: ShortFormatFormat;
  id: Scalars['ID']['input'];
  /** Online and hybrid: sent only to confirmed registrants. */
  joinUrl?: InputMaybe<Scalars['String']['input']>;
  language?: ShortFormatLanguage;
  registrationClosesAt: Scalars['DateTime']['input'];
  registrationOpensAt: Scalars['DateTime']['input'];
  speakers?: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  targetGroup?: Scalars['String']['input'];
  title: Scalars['String']['input'];
  topicId: Scalars['ID']['input'];
};

export type UpdateTopicInput = {
  archived: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
  title: Scalars['String']['input'];
  titleEn: Scalars['String']['input'];
};

/** An account of KoKo Campus. */
export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  /** Name as printed on certificates. */
  certificateName: Scalars['String']['output'];
  /** Title as printed on certificates (the holder’s choice; Konfliktmanager:in until they choose). */
  certificateTitle: CertificateTitle;
  createdAt: Scalars['DateTime']['output'];
  /** Name shown in the portal. */
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Invited, but no password set yet. */
  invitationPending: Scalars['Boolean']['output'];
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  locale: Locale;
  roles: Array<Role>;
  /** Daily digest instead of a mail per submission (own account only). */
  submissionMailDigest?: Maybe<Scalars['Boolean']['output']>;
};

export type UserPage = {
  __typename?: 'UserPage';
  items: Array<User>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type Verdict =
  | 'FAILED'
  | 'PASSED'
  | 'REVISION_REQUESTED';

export type VerifiedDocumentKind =
  | 'ATTENDANCE_CONFIRMATION'
  | 'CERTIFICATE';

export type VerifyCredentialInput = {
  /** The credential as JSON text (at most 200,000 characters). */
  json: Scalars['String']['input'];
};

export type VerifyFileInput = {
  fileBase64: Scalars['String']['input'];
};

export type WithdrawInput = {
  enrolmentId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type AccompanimentPathFieldsFragment = { __typename?: 'AccompanimentPath', municipalityId: string, municipalityName: string, stage: AccompanimentStage, reachedCount: number, advisors: Array<{ __typename?: 'AccompanimentPerson', id: string, displayName: string }>, milestones: Array<{ __typename?: 'Milestone', id: string, position: number, title: string, titleEn?: string | null, status: MilestoneStatus, datedOn?: string | null, note?: string | null, evidenceUrl?: string | null, updatedAt: string, updatedBy?: { __typename?: 'AccompanimentPerson', id: string, displayName: string } | null, evidenceAssignment?: { __typename?: 'MilestoneAssignmentEvidence', moduleId: string, modulePosition: number, moduleTitle: string, moduleTitleEn: string, sharedByViewer: boolean, participant: { __typename?: 'AccompanimentPerson', id: string, displayName: string } } | null }> };

export type MyKommunePathsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyKommunePathsQuery = { __typename?: 'Query', myKommunePaths: Array<{ __typename?: 'AccompanimentPath', municipalityId: string, municipalityName: string, stage: AccompanimentStage, reachedCount: number, advisors: Array<{ __typename?: 'AccompanimentPerson', id: string, displayName: string }>, milestones: Array<{ __typename?: 'Milestone', id: string, position: number, title: string, titleEn?: string | null, status: MilestoneStatus, datedOn?: string | null, note?: string | null, evidenceUrl?: string | null, updatedAt: string, updatedBy?: { __typename?: 'AccompanimentPerson', id: string, displayName: string } | null, evidenceAssignment?: { __typename?: 'MilestoneAssignmentEvidence', moduleId: string, modulePosition: number, moduleTitle: string, moduleTitleEn: string, sharedByViewer: boolean, participant: { __typename?: 'AccompanimentPerson', id: string, displayName: string } } | null }> }> };

export type KommunePathQueryVariables = Exact<{
  municipalityId: Scalars['ID']['input'];
}>;


export type KommunePathQuery = { __typename?: 'Query', kommunePath: { __typename?: 'AccompanimentPath', municipalityId: string, municipalityName: string, stage: AccompanimentStage, reachedCount: number, advisors: Array<{ __typename?: 'AccompanimentPerson', id: string, displayName: string }>, milestones: Array<{ __typename?: 'Milestone', id: string, position: number, title: string, titleEn?: string | null, status: MilestoneStatus, datedOn?: string | null, note?: string | null, evidenceUrl?: string | null, updatedAt: string, updatedBy?: { __typename?: 'AccompanimentPerson', id: string, displayName: string } | null, evidenceAssignment?: { __typename?: 'MilestoneAssignmentEvidence', moduleId: string, modulePosition: number, moduleTitle: string, moduleTitleEn: string, sharedByViewer: boolean, participant: { __typename?: 'AccompanimentPerson', id: string, displayName: string } } | null }> } };

export type UpdateMilestoneMutationVariables = Exact<{
  input: UpdateMilestoneInput;
}>;


export type UpdateMilestoneMutation = { __typename?: 'Mutation', updateMilestone: { __typename?: 'AccompanimentPath', municipalityId: string, municipalityName: string, stage: AccompanimentStage, reachedCount: number, advisors: Array<{ __typename?: 'AccompanimentPerson', id: string, displayName: string }>, milestones: Array<{ __typename?: 'Milestone', id: string, position: number, title: string, titleEn?: string | null, status: MilestoneStatus, datedOn?: string | null, note?: string | null, evidenceUrl?: string | null, updatedAt: string, updatedBy?: { __typename?: 'AccompanimentPerson', id: string, displayName: string } | null, evidenceAssignment?: { __typename?: 'MilestoneAssignmentEvidence', moduleId: string, modulePosition: number, moduleTitle: string, moduleTitleEn: string, sharedByViewer: boolean, participant: { __typename?: 'AccompanimentPerson', id: string, displayName: string } } | null }> } };

export type AddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;


export type AddMilestoneMutation = { __typename?: 'Mutation', addMilestone: { __typename?: 'AccompanimentPath', municipalityId: string, municipalityName: string, stage: AccompanimentStage, reachedCount: number, advisors: Array<{ __typename?: 'AccompanimentPerson', id: string, displayName: string }>, milestones: Array<{ __typename?: 'Milestone', id: string, position: number, title: string, titleEn?: string | null, status: MilestoneStatus, datedOn?: string | null, note?: string | null, evidenceUrl?: string | null, updatedAt: string, updatedBy?: { __typename?: 'AccompanimentPerson', id: string, displayName: string } | null, evidenceAssignment?: { __typename?: 'MilestoneAssignmentEvidence', moduleId: string, modulePosition: number, moduleTitle: string, moduleTitleEn: string, sharedByViewer: boolean, participant: { __typename?: 'AccompanimentPerson', id: string, displayName: string } } | null }> } };

export type RemoveMilestoneMutationVariables = Exact<{
  milestoneId: Scalars['ID']['input'];
}>;


export type RemoveMilestoneMutation = { __typename?: 'Mutation', removeMilestone: { __typename?: 'AccompanimentPath', municipalityId: string, municipalityName: string, stage: AccompanimentStage, reachedCount: number, advisors: Array<{ __typename?: 'AccompanimentPerson', id: string, displayName: string }>, milestones: Array<{ __typename?: 'Milestone', id: string, position: number, title: string, titleEn?: string | null, status: MilestoneStatus, datedOn?: string | null, note?: string | null, evidenceUrl?: string | null, updatedAt: string, updatedBy?: { __typename?: 'AccompanimentPerson', id: string, displayName: string } | null, evidenceAssignment?: { __typename?: 'MilestoneAssignmentEvidence', moduleId: string, modulePosition: number, moduleTitle: string, moduleTitleEn: string, sharedByViewer: boolean, participant: { __typename?: 'AccompanimentPerson', id: string, displayName: string } } | null }> } };

export type ShareAssignmentEvidenceMutationVariables = Exact<{
  input: ShareAssignmentEvidenceInput;
}>;


export type ShareAssignmentEvidenceMutation = { __typename?: 'Mutation', shareAssignmentEvidence: { __typename?: 'AccompanimentPath', municipalityId: string, municipalityName: string, stage: AccompanimentStage, reachedCount: number, advisors: Array<{ __typename?: 'AccompanimentPerson', id: string, displayName: string }>, milestones: Array<{ __typename?: 'Milestone', id: string, position: number, title: string, titleEn?: string | null, status: MilestoneStatus, datedOn?: string | null, note?: string | null, evidenceUrl?: string | null, updatedAt: string, updatedBy?: { __typename?: 'AccompanimentPerson', id: string, displayName: string } | null, evidenceAssignment?: { __typename?: 'MilestoneAssignmentEvidence', moduleId: string, modulePosition: number, moduleTitle: string, moduleTitleEn: string, sharedByViewer: boolean, participant: { __typename?: 'AccompanimentPerson', id: string, displayName: string } } | null }> } };

export type WithdrawAssignmentEvidenceMutationVariables = Exact<{
  milestoneId: Scalars['ID']['input'];
}>;


export type WithdrawAssignmentEvidenceMutation = { __typename?: 'Mutation', withdrawAssignmentEvidence: { __typename?: 'AccompanimentPath', municipalityId: string, municipalityName: string, stage: AccompanimentStage, reachedCount: number, advisors: Array<{ __typename?: 'AccompanimentPerson', id: string, displayName: string }>, milestones: Array<{ __typename?: 'Milestone', id: string, position: number, title: string, titleEn?: string | null, status: MilestoneStatus, datedOn?: string | null, note?: string | null, evidenceUrl?: string | null, updatedAt: string, updatedBy?: { __typename?: 'AccompanimentPerson', id: string, displayName: string } | null, evidenceAssignment?: { __typename?: 'MilestoneAssignmentEvidence', moduleId: string, modulePosition: number, moduleTitle: string, moduleTitleEn: string, sharedByViewer: boolean, participant: { __typename?: 'AccompanimentPerson', id: string, displayName: string } } | null }> } };

export type AccompanimentOverviewQueryVariables = Exact<{
  regierungsbezirk?: InputMaybe<Scalars['String']['input']>;
  kreisKey?: InputMaybe<Scalars['String']['input']>;
  tookPartInKoko1?: InputMaybe<Scalars['Boolean']['input']>;
  hasIntegrationCentre?: InputMaybe<Scalars['Boolean']['input']>;
  stage?: InputMaybe<AccompanimentStage>;
}>;


export type AccompanimentOverviewQuery = { __typename?: 'Query', accompanimentOverview: { __typename?: 'AccompanimentOverview', stageCounts: Array<{ __typename?: 'StageCount', stage: AccompanimentStage, count: number }>, kommunen: Array<{ __typename?: 'AccompaniedKommune', municipalityId: string, name: string, key: string, regierungsbezirk: string, kreisKey?: string | null, kreisName?: string | null, hasIntegrationCentre: boolean, tookPartInKoko1: boolean, stage: AccompanimentStage, milestoneCount: number, reachedCount: number, nextMilestone?: string | null, participantCount: number, lastChangeAt?: string | null, advisors: Array<{ __typename?: 'AccompanimentPerson', id: string, displayName: string }> }> } };

export type AccompanimentOverviewCsvQueryVariables = Exact<{
  regierungsbezirk?: InputMaybe<Scalars['String']['input']>;
  kreisKey?: InputMaybe<Scalars['String']['input']>;
  tookPartInKoko1?: InputMaybe<Scalars['Boolean']['input']>;
  hasIntegrationCentre?: InputMaybe<Scalars['Boolean']['input']>;
  stage?: InputMaybe<AccompanimentStage>;
}>;


export type AccompanimentOverviewCsvQuery = { __typename?: 'Query', accompanimentOverviewCsv: { __typename?: 'ExportFile', filename: string, contentType: string, content: string, base64: boolean } };

export type AccompanimentModulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccompanimentModulesQuery = { __typename?: 'Query', programmeModules: Array<{ __typename?: 'ProgrammeModule', id: string, position: number, title: string, titleEn: string }> };

export type SetKommuneAdvisorsMutationVariables = Exact<{
  input: SetKommuneAdvisorsInput;
}>;


export type SetKommuneAdvisorsMutation = { __typename?: 'Mutation', setKommuneAdvisors: { __typename?: 'AccompanimentPath', municipalityId: string, municipalityName: string, stage: AccompanimentStage, reachedCount: number, advisors: Array<{ __typename?: 'AccompanimentPerson', id: string, displayName: string }>, milestones: Array<{ __typename?: 'Milestone', id: string, position: number, title: string, titleEn?: string | null, status: MilestoneStatus, datedOn?: string | null, note?: string | null, evidenceUrl?: string | null, updatedAt: string, updatedBy?: { __typename?: 'AccompanimentPerson', id: string, displayName: string } | null, evidenceAssignment?: { __typename?: 'MilestoneAssignmentEvidence', moduleId: string, modulePosition: number, moduleTitle: string, moduleTitleEn: string, sharedByViewer: boolean, participant: { __typename?: 'AccompanimentPerson', id: string, displayName: string } } | null }> } };

export type KommunePageQueryVariables = Exact<{
  municipalityId: Scalars['ID']['input'];
}>;


export type KommunePageQuery = { __typename?: 'Query', kommunePage: { __typename?: 'KommunePage', municipalityId: string, kreisName?: string | null, municipality: { __typename?: 'Municipality', id: string, name: string, regierungsbezirk: string, hasIntegrationCentre: boolean, tookPartInKoko1: boolean }, path?: { __typename?: 'AccompanimentPath', municipalityId: string, municipalityName: string, stage: AccompanimentStage, reachedCount: number, advisors: Array<{ __typename?: 'AccompanimentPerson', id: string, displayName: string }>, milestones: Array<{ __typename?: 'Milestone', id: string, position: number, title: string, titleEn?: string | null, status: MilestoneStatus, datedOn?: string | null, note?: string | null, evidenceUrl?: string | null, updatedAt: string, updatedBy?: { __typename?: 'AccompanimentPerson', id: string, displayName: string } | null, evidenceAssignment?: { __typename?: 'MilestoneAssignmentEvidence', moduleId: string, modulePosition: number, moduleTitle: string, moduleTitleEn: string, sharedByViewer: boolean, participant: { __typename?: 'AccompanimentPerson', id: string, displayName: string } } | null }> } | null, participants: Array<{ __typename?: 'KommuneParticipant', enrolmentId: string, userId: string, displayName: string, jobRole: string, state: EnrolmentState, cohortName: string, progress: { __typename?: 'EnrolmentProgress', completedModules: number, overallPercent: number, certificate: { __typename?: 'EnrolmentCertificate', status: CertificateStatus, issuedAt?: string | null } } }>, shortFormats: Array<{ __typename?: 'MunicipalityShortFormat', shortFormatId: string, title: string, startsAt: string, state: ShortFormatState, registered: number, attended: number }>, counsellingRequests: Array<{ __typename?: 'CounsellingRequest', id: string, topicTitle: string, topicTitleEn: string, status: CounsellingStatus, urgency: CounsellingUrgency, createdAt: string, requester: { __typename?: 'CounsellingPerson', id: string, displayName: string }, appointments: Array<{ __typename?: 'CounsellingAppointment', id: string, startsAt: string, durationMinutes: number, format: CounsellingFormat, cancelledAt?: string | null }> }>, evaluation: Array<{ __typename?: 'KommuneSurveyResult', surveyId: string, title: string, titleEn: string, wave: SurveyWave, closesAt: string, minGroup: number, suppressed: boolean, responses?: number | null, items: Array<{ __typename?: 'KommuneItemFigure', itemId: string, code: string, text: string, textEn: string, answered?: number | null, kommuneMean?: number | null, overallMean?: number | null }> }>, contacts: Array<{ __typename?: 'KommuneContact', id: string, displayName: string, email: string, roles: Array<KommuneContactRole>, jobRole?: string | null }> } };

export type GradingFileFieldsFragment = { __typename?: 'AttemptFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string };

export type GradingFeedbackFieldsFragment = { __typename?: 'Feedback', verdict?: Verdict | null, text: string, releasedAt?: string | null, graderName?: string | null, scores: Array<{ __typename?: 'RubricScore', criterionId: string, criterionTitle: string, levelId: string, levelLabel: string, points: number }> };

export type GradingRubricCriterionFieldsFragment = { __typename?: 'RubricCriterion', id: string, position: number, title: string, description: string, required: boolean, minimumPoints?: number | null, levels: Array<{ __typename?: 'RubricLevel', id: string, position: number, label: string, points: number, descriptor: string }> };

export type GradingClaimFieldsFragment = { __typename?: 'AssignmentAttempt', id: string, state: AttemptState, version: number, claimedAt?: string | null, claimedByName?: string | null, claimedByMe: boolean };

export type GradingAttemptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GradingAttemptQuery = { __typename?: 'Query', attemptForGrading: { __typename?: 'AssignmentAttempt', id: string, state: AttemptState, version: number, claimedAt?: string | null, claimedByName?: string | null, claimedByMe: boolean, attemptNo: number, body: string, late: boolean, submittedAt?: string | null, enrolmentId: string, moduleId: string, cohortId: string, cohortName: string, cohortRevisionDays: number, participant: { __typename?: 'Participant', id: string, displayName: string, email: string }, module: { __typename?: 'ProgrammeModule', id: string, position: number, title: string, assignmentBrief: string }, files: Array<{ __typename?: 'AttemptFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string }>, feedback?: { __typename?: 'Feedback', verdict?: Verdict | null, text: string, releasedAt?: string | null, graderName?: string | null, scores: Array<{ __typename?: 'RubricScore', criterionId: string, criterionTitle: string, levelId: string, levelLabel: string, points: number }> } | null, feedbackFiles: Array<{ __typename?: 'AttemptFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string }>, rubric: Array<{ __typename?: 'RubricCriterion', id: string, position: number, title: string, description: string, required: boolean, minimumPoints?: number | null, levels: Array<{ __typename?: 'RubricLevel', id: string, position: number, label: string, points: number, descriptor: string }> }>, earlierAttempts: Array<{ __typename?: 'AssignmentAttempt', id: string, attemptNo: number, state: AttemptState, body: string, late: boolean, submittedAt?: string | null, files: Array<{ __typename?: 'AttemptFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string }>, feedback?: { __typename?: 'Feedback', verdict?: Verdict | null, text: string, releasedAt?: string | null, graderName?: string | null, scores: Array<{ __typename?: 'RubricScore', criterionId: string, criterionTitle: string, levelId: string, levelLabel: string, points: number }> } | null, feedbackFiles: Array<{ __typename?: 'AttemptFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string }> }> } };

export type GradingClaimAttemptMutationVariables = Exact<{
  input: ClaimAttemptInput;
}>;


export type GradingClaimAttemptMutation = { __typename?: 'Mutation', claimAttempt: { __typename?: 'AssignmentAttempt', id: string, state: AttemptState, version: number, claimedAt?: string | null, claimedByName?: string | null, claimedByMe: boolean } };

export type GradingSaveFeedbackMutationVariables = Exact<{
  input: SaveFeedbackInput;
}>;


export type GradingSaveFeedbackMutation = { __typename?: 'Mutation', saveFeedback: { __typename?: 'AssignmentAttempt', id: string, state: AttemptState, version: number, claimedAt?: string | null, claimedByName?: string | null, claimedByMe: boolean, feedback?: { __typename?: 'Feedback', verdict?: Verdict | null, text: string, releasedAt?: string | null, graderName?: string | null, scores: Array<{ __typename?: 'RubricScore', criterionId: string, criterionTitle: string, levelId: string, levelLabel: string, points: number }> } | null } };

export type GradingDeleteFeedbackFileMutationVariables = Exact<{
  fileId: Scalars['ID']['input'];
}>;


export type GradingDeleteFeedbackFileMutation = { __typename?: 'Mutation', deleteFeedbackFile: { __typename?: 'AssignmentAttempt', id: string, version: number } };

export type GradingGrantExtensionMutationVariables = Exact<{
  input: GrantExtensionInput;
}>;


export type GradingGrantExtensionMutation = { __typename?: 'Mutation', grantExtension: { __typename?: 'Extension', id: string, dueAt: string, reason: string, grantedAt: string } };

export type GradingQueueQueryVariables = Exact<{
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  moduleId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<AttemptState>;
  late?: InputMaybe<Scalars['Boolean']['input']>;
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type GradingQueueQuery = { __typename?: 'Query', gradingQueue: { __typename?: 'GradingQueue', total: number, offset: number, limit: number, counts: { __typename?: 'QueueCounts', submitted: number, passed: number, revisionRequested: number, failed: number }, items: Array<{ __typename?: 'AssignmentAttempt', id: string, attemptNo: number, state: AttemptState, late: boolean, submittedAt?: string | null, cohortId: string, cohortName: string, claimedByName?: string | null, claimedByMe: boolean, participant: { __typename?: 'Participant', id: string, displayName: string, email: string }, module: { __typename?: 'ProgrammeModule', id: string, position: number, title: string } }> } };

export type GradingFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type GradingFilterOptionsQuery = { __typename?: 'Query', programmeModules: Array<{ __typename?: 'ProgrammeModule', id: string, position: number, title: string }>, cohorts: { __typename?: 'CohortPage', total: number, items: Array<{ __typename?: 'Cohort', id: string, name: string, startsOn: string }> } };

export type GradingSetSubmissionMailModeMutationVariables = Exact<{
  digest: Scalars['Boolean']['input'];
}>;


export type GradingSetSubmissionMailModeMutation = { __typename?: 'Mutation', setSubmissionMailMode: boolean };

export type GradingSubmissionMailModeQueryVariables = Exact<{ [key: string]: never; }>;


export type GradingSubmissionMailModeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, submissionMailDigest?: boolean | null } | null };

export type GradingOverdueQueryVariables = Exact<{
  cohortId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GradingOverdueQuery = { __typename?: 'Query', overdueAssignments: Array<{ __typename?: 'OverdueAssignment', enrolmentId: string, participantName: string, cohortId: string, cohortName: string, moduleId: string, modulePosition: number, moduleTitle: string, dueAt: string, assignmentState: AssignmentState }> };

export type GradingRubricEditorQueryVariables = Exact<{ [key: string]: never; }>;


export type GradingRubricEditorQuery = { __typename?: 'Query', programmeModules: Array<{ __typename?: 'ProgrammeModule', id: string, position: number, title: string }> };

export type GradingRubricQueryVariables = Exact<{
  moduleId: Scalars['ID']['input'];
}>;


export type GradingRubricQuery = { __typename?: 'Query', rubric: Array<{ __typename?: 'RubricCriterion', id: string, position: number, title: string, description: string, required: boolean, minimumPoints?: number | null, levels: Array<{ __typename?: 'RubricLevel', id: string, position: number, label: string, points: number, descriptor: string }> }> };

export type GradingSetRubricMutationVariables = Exact<{
  input: SetRubricInput;
}>;


export type GradingSetRubricMutation = { __typename?: 'Mutation', setRubric: Array<{ __typename?: 'RubricCriterion', id: string, position: number, title: string, description: string, required: boolean, minimumPoints?: number | null, levels: Array<{ __typename?: 'RubricLevel', id: string, position: number, label: string, points: number, descriptor: string }> }> };

export type AssignmentFileFieldsFragment = { __typename?: 'AttemptFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string };

export type AssignmentAttemptFieldsFragment = { __typename?: 'AssignmentAttempt', id: string, attemptNo: number, state: AttemptState, body: string, draftSavedAt?: string | null, submittedAt?: string | null, late: boolean, version: number, files: Array<{ __typename?: 'AttemptFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string }>, feedback?: { __typename?: 'Feedback', verdict?: Verdict | null, text: string, releasedAt?: string | null, graderName?: string | null, scores: Array<{ __typename?: 'RubricScore', criterionId: string, criterionTitle: string, levelLabel: string, points: number }> } | null, feedbackFiles: Array<{ __typename?: 'AttemptFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string }> };

export type AssignmentOverviewQueryVariables = Exact<{
  enrolmentId: Scalars['ID']['input'];
  moduleId: Scalars['ID']['input'];
}>;


export type AssignmentOverviewQuery = { __typename?: 'Query', assignment: { __typename?: 'AssignmentOverview', enrolmentId: string, moduleId: string, modulePosition: number, moduleTitle: string, brief: string, dueAt?: string | null, cutoffAt?: string | null, effectiveDueAt?: string | null, maxAttempts: number, canEdit: boolean, extension?: { __typename?: 'Extension', id: string, dueAt: string, reason: string, grantedAt: string } | null, attempts: Array<{ __typename?: 'AssignmentAttempt', id: string, attemptNo: number, state: AttemptState, body: string, draftSavedAt?: string | null, submittedAt?: string | null, late: boolean, version: number, files: Array<{ __typename?: 'AttemptFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string }>, feedback?: { __typename?: 'Feedback', verdict?: Verdict | null, text: string, releasedAt?: string | null, graderName?: string | null, scores: Array<{ __typename?: 'RubricScore', criterionId: string, criterionTitle: string, levelLabel: string, points: number }> } | null, feedbackFiles: Array<{ __typename?: 'AttemptFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string }> }> } };

export type AssignmentProgrammeModulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AssignmentProgrammeModulesQuery = { __typename?: 'Query', programmeModules: Array<{ __typename?: 'ProgrammeModule', id: string, position: number, title: string }> };

export type AssignmentRubricQueryVariables = Exact<{
  moduleId: Scalars['ID']['input'];
}>;


export type AssignmentRubricQuery = { __typename?: 'Query', rubric: Array<{ __typename?: 'RubricCriterion', id: string, position: number, title: string, description: string, required: boolean, levels: Array<{ __typename?: 'RubricLevel', id: string, position: number, label: string, points: number, descriptor: string }> }> };

export type AssignmentSaveDraftMutationVariables = Exact<{
  input: SaveDraftInput;
}>;


export type AssignmentSaveDraftMutation = { __typename?: 'Mutation', saveAssignmentDraft: { __typename?: 'AssignmentAttempt', id: string, attemptNo: number, state: AttemptState, body: string, draftSavedAt?: string | null, submittedAt?: string | null, late: boolean, version: number, files: Array<{ __typename?: 'AttemptFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string }>, feedback?: { __typename?: 'Feedback', verdict?: Verdict | null, text: string, releasedAt?: string | null, graderName?: string | null, scores: Array<{ __typename?: 'RubricScore', criterionId: string, criterionTitle: string, levelLabel: string, points: number }> } | null, feedbackFiles: Array<{ __typename?: 'AttemptFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string }> } };

export type AssignmentSubmitMutationVariables = Exact<{
  input: SubmitAttemptInput;
}>;


export type AssignmentSubmitMutation = { __typename?: 'Mutation', submitAssignment: { __typename?: 'AssignmentAttempt', id: string, attemptNo: number, state: AttemptState, body: string, draftSavedAt?: string | null, submittedAt?: string | null, late: boolean, version: number, files: Array<{ __typename?: 'AttemptFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string }>, feedback?: { __typename?: 'Feedback', verdict?: Verdict | null, text: string, releasedAt?: string | null, graderName?: string | null, scores: Array<{ __typename?: 'RubricScore', criterionId: string, criterionTitle: string, levelLabel: string, points: number }> } | null, feedbackFiles: Array<{ __typename?: 'AttemptFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string }> } };

export type AssignmentDeleteFileMutationVariables = Exact<{
  fileId: Scalars['ID']['input'];
}>;


export type AssignmentDeleteFileMutation = { __typename?: 'Mutation', deleteAttemptFile: boolean };

export type CatalogueCohortSummaryFieldsFragment = { __typename?: 'Cohort', id: string, name: string, startsOn: string, endsOn: string, applicationsOpenOn: string, applicationsCloseOn: string, capacity: number, seatsTaken: number, applicationCount?: number | null, waitlistCount?: number | null };

export type CatalogueSessionFieldsFragment = { __typename?: 'CohortSession', id: string, cohortId: string, moduleId: string, title: string, titleDe: string, titleEn: string, startsAt: string, endsAt: string, location?: string | null, onlineUrl?: string | null, online: boolean };

export type CatalogueCohortDetailFieldsFragment = { __typename?: 'Cohort', nameDe: string, nameEn: string, description: string, descriptionDe: string, descriptionEn: string, revisionDays: number, id: string, name: string, startsOn: string, endsOn: string, applicationsOpenOn: string, applicationsCloseOn: string, capacity: number, seatsTaken: number, applicationCount?: number | null, waitlistCount?: number | null, trainers: Array<{ __typename?: 'Person', id: string, displayName: string }>, modules: Array<{ __typename?: 'CohortModule', moduleId: string, assignmentDueAt?: string | null, minAttendancePercent: number, module: { __typename?: 'ProgrammeModule', id: string, position: number, title: string }, sessions: Array<{ __typename?: 'CohortSession', id: string, cohortId: string, moduleId: string, title: string, titleDe: string, titleEn: string, startsAt: string, endsAt: string, location?: string | null, onlineUrl?: string | null, online: boolean }> }> };

export type CatalogueCohortsQueryVariables = Exact<{
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CatalogueCohortsQuery = { __typename?: 'Query', cohorts: { __typename?: 'CohortPage', total: number, offset: number, limit: number, items: Array<{ __typename?: 'Cohort', id: string, name: string, startsOn: string, endsOn: string, applicationsOpenOn: string, applicationsCloseOn: string, capacity: number, seatsTaken: number, applicationCount?: number | null, waitlistCount?: number | null }> } };

export type CatalogueCohortQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CatalogueCohortQuery = { __typename?: 'Query', cohort: { __typename?: 'Cohort', nameDe: string, nameEn: string, description: string, descriptionDe: string, descriptionEn: string, revisionDays: number, id: string, name: string, startsOn: string, endsOn: string, applicationsOpenOn: string, applicationsCloseOn: string, capacity: number, seatsTaken: number, applicationCount?: number | null, waitlistCount?: number | null, trainers: Array<{ __typename?: 'Person', id: string, displayName: string }>, modules: Array<{ __typename?: 'CohortModule', moduleId: string, assignmentDueAt?: string | null, minAttendancePercent: number, module: { __typename?: 'ProgrammeModule', id: string, position: number, title: string }, sessions: Array<{ __typename?: 'CohortSession', id: string, cohortId: string, moduleId: string, title: string, titleDe: string, titleEn: string, startsAt: string, endsAt: string, location?: string | null, onlineUrl?: string | null, online: boolean }> }> } };

export type CatalogueTrainersQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueTrainersQuery = { __typename?: 'Query', users: { __typename?: 'UserPage', total: number, items: Array<{ __typename?: 'User', id: string, displayName: string, email: string }> } };

export type CreateCohortMutationVariables = Exact<{
  input: CohortInput;
}>;


export type CreateCohortMutation = { __typename?: 'Mutation', createCohort: { __typename?: 'Cohort', id: string, name: string, startsOn: string, endsOn: string, applicationsOpenOn: string, applicationsCloseOn: string, capacity: number, seatsTaken: number, applicationCount?: number | null, waitlistCount?: number | null } };

export type UpdateCohortMutationVariables = Exact<{
  input: UpdateCohortInput;
}>;


export type UpdateCohortMutation = { __typename?: 'Mutation', updateCohort: { __typename?: 'Cohort', nameDe: string, nameEn: string, description: string, descriptionDe: string, descriptionEn: string, revisionDays: number, id: string, name: string, startsOn: string, endsOn: string, applicationsOpenOn: string, applicationsCloseOn: string, capacity: number, seatsTaken: number, applicationCount?: number | null, waitlistCount?: number | null, trainers: Array<{ __typename?: 'Person', id: string, displayName: string }>, modules: Array<{ __typename?: 'CohortModule', moduleId: string, assignmentDueAt?: string | null, minAttendancePercent: number, module: { __typename?: 'ProgrammeModule', id: string, position: number, title: string }, sessions: Array<{ __typename?: 'CohortSession', id: string, cohortId: string, moduleId: string, title: string, titleDe: string, titleEn: string, startsAt: string, endsAt: string, location?: string | null, onlineUrl?: string | null, online: boolean }> }> } };

export type UpdateCohortModuleMutationVariables = Exact<{
  input: UpdateCohortModuleInput;
}>;


export type UpdateCohortModuleMutation = { __typename?: 'Mutation', updateCohortModule: { __typename?: 'CohortModule', cohortId: string, moduleId: string, assignmentDueAt?: string | null, minAttendancePercent: number } };

export type AddSessionMutationVariables = Exact<{
  input: SessionInput;
}>;


export type AddSessionMutation = { __typename?: 'Mutation', addSession: { __typename?: 'CohortSession', id: string, cohortId: string, moduleId: string, title: string, titleDe: string, titleEn: string, startsAt: string, endsAt: string, location?: string | null, onlineUrl?: string | null, online: boolean } };

export type UpdateSessionMutationVariables = Exact<{
  input: UpdateSessionInput;
}>;


export type UpdateSessionMutation = { __typename?: 'Mutation', updateSession: { __typename?: 'CohortSession', id: string, cohortId: string, moduleId: string, title: string, titleDe: string, titleEn: string, startsAt: string, endsAt: string, location?: string | null, onlineUrl?: string | null, online: boolean } };

export type DeleteSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSessionMutation = { __typename?: 'Mutation', deleteSession: boolean };

export type CatalogueMunicipalityFieldsFragment = { __typename?: 'Municipality', id: string, key: string, name: string, kind: MunicipalityKind, kreisKey?: string | null, regierungsbezirk: string, hasIntegrationCentre: boolean, tookPartInKoko1: boolean };

export type CatalogueMunicipalitiesQueryVariables = Exact<{
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<MunicipalityKind>;
  regierungsbezirk?: InputMaybe<Scalars['String']['input']>;
}>;


export type CatalogueMunicipalitiesQuery = { __typename?: 'Query', municipalities: { __typename?: 'MunicipalityPage', total: number, offset: number, limit: number, items: Array<{ __typename?: 'Municipality', id: string, key: string, name: string, kind: MunicipalityKind, kreisKey?: string | null, regierungsbezirk: string, hasIntegrationCentre: boolean, tookPartInKoko1: boolean }> } };

export type UpdateMunicipalityMutationVariables = Exact<{
  input: UpdateMunicipalityInput;
}>;


export type UpdateMunicipalityMutation = { __typename?: 'Mutation', updateMunicipality: { __typename?: 'Municipality', id: string, key: string, name: string, kind: MunicipalityKind, kreisKey?: string | null, regierungsbezirk: string, hasIntegrationCentre: boolean, tookPartInKoko1: boolean } };

export type CreateMunicipalityMutationVariables = Exact<{
  input: CreateMunicipalityInput;
}>;


export type CreateMunicipalityMutation = { __typename?: 'Mutation', createMunicipality: { __typename?: 'Municipality', id: string, key: string, name: string, kind: MunicipalityKind, kreisKey?: string | null, regierungsbezirk: string, hasIntegrationCentre: boolean, tookPartInKoko1: boolean } };

export type ImportMunicipalitiesMutationVariables = Exact<{
  input: ImportMunicipalitiesInput;
}>;


export type ImportMunicipalitiesMutation = { __typename?: 'Mutation', importMunicipalities: { __typename?: 'MunicipalityImportResult', ok: boolean, created: number, updated: number, unchanged: number, problems: Array<{ __typename?: 'ImportProblem', line: number, message: string }> } };

export type CatalogueProgrammeModuleFieldsFragment = { __typename?: 'ProgrammeModule', id: string, position: number, title: string, titleDe: string, titleEn: string, format: ModuleFormat, workloadHours: number, learningOutcomes: string, learningOutcomesDe: string, learningOutcomesEn: string, assignmentBrief: string, assignmentBriefDe: string, assignmentBriefEn: string, updatedAt: string };

export type CatalogueProgrammeModulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueProgrammeModulesQuery = { __typename?: 'Query', programmeModules: Array<{ __typename?: 'ProgrammeModule', id: string, position: number, title: string, titleDe: string, titleEn: string, format: ModuleFormat, workloadHours: number, learningOutcomes: string, learningOutcomesDe: string, learningOutcomesEn: string, assignmentBrief: string, assignmentBriefDe: string, assignmentBriefEn: string, updatedAt: string }> };

export type UpdateProgrammeModuleMutationVariables = Exact<{
  input: UpdateProgrammeModuleInput;
}>;


export type UpdateProgrammeModuleMutation = { __typename?: 'Mutation', updateProgrammeModule: { __typename?: 'ProgrammeModule', id: string, position: number, title: string, titleDe: string, titleEn: string, format: ModuleFormat, workloadHours: number, learningOutcomes: string, learningOutcomesDe: string, learningOutcomesEn: string, assignmentBrief: string, assignmentBriefDe: string, assignmentBriefEn: string, updatedAt: string } };

export type CertificateFieldsFragment = { __typename?: 'Certificate', id: string, number: string, state: CertificateState, issuedAt: string, sha256: string, downloadUrl: string, verificationCode: string, printedName: string, revokedAt?: string | null, revocationReason?: RevocationReason | null, revocationNote?: string | null, supersedesId?: string | null, supersededById?: string | null, reissueReason?: string | null, issuedByName?: string | null, revokedByName?: string | null };

export type CertificatePublicFieldsFragment = { __typename?: 'PublicCertificate', kind: VerifiedDocumentKind, state: CertificateState, number: string, printedName: string, programmeTitle: string, issuedOn: string, revokedOn?: string | null, revocationReason?: RevocationReason | null, supersededByCode?: string | null, verificationCode: string, eventTitle?: string | null, eventDate?: string | null };

export type CertificateCohortQueryVariables = Exact<{
  cohortId: Scalars['ID']['input'];
}>;


export type CertificateCohortQuery = { __typename?: 'Query', cohort: { __typename?: 'Cohort', id: string, name: string, startsOn: string, endsOn: string, autoIssueCertificates: boolean }, cohortCertificates: Array<{ __typename?: 'CertificateCandidate', eligible: boolean, enrolment: { __typename?: 'Enrolment', id: string, state: EnrolmentState, participant: { __typename?: 'Participant', id: string, displayName: string, email: string }, municipality: { __typename?: 'Municipality', id: string, name: string }, progress: { __typename?: 'EnrolmentProgress', enrolmentId: string, completedModules: number, modules: Array<{ __typename?: 'ModuleProgress', moduleId: string, position: number, status: ModuleStatus }> } }, current?: { __typename?: 'Certificate', id: string, number: string, state: CertificateState, issuedAt: string, sha256: string, downloadUrl: string, verificationCode: string, printedName: string, revokedAt?: string | null, revocationReason?: RevocationReason | null, revocationNote?: string | null, supersedesId?: string | null, supersededById?: string | null, reissueReason?: string | null, issuedByName?: string | null, revokedByName?: string | null } | null, history: Array<{ __typename?: 'Certificate', id: string, number: string, state: CertificateState, issuedAt: string, sha256: string, downloadUrl: string, verificationCode: string, printedName: string, revokedAt?: string | null, revocationReason?: RevocationReason | null, revocationNote?: string | null, supersedesId?: string | null, supersededById?: string | null, reissueReason?: string | null, issuedByName?: string | null, revokedByName?: string | null }> }> };

export type CertificateBatchFieldsFragment = { __typename?: 'CertificateBatch', id: string, total: number, done: number, failed: number, state: string, failureReason?: string | null };

export type CertificateBatchQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CertificateBatchQuery = { __typename?: 'Query', certificateBatch: { __typename?: 'CertificateBatch', id: string, total: number, done: number, failed: number, state: string, failureReason?: string | null } };

export type CertificateRetryBatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CertificateRetryBatchMutation = { __typename?: 'Mutation', retryCertificateBatch: { __typename?: 'CertificateBatch', id: string, total: number, done: number, failed: number, state: string, failureReason?: string | null } };

export type CertificateIssueMutationVariables = Exact<{
  enrolmentId: Scalars['ID']['input'];
}>;


export type CertificateIssueMutation = { __typename?: 'Mutation', issueCertificate: { __typename?: 'Certificate', id: string, number: string, state: CertificateState, issuedAt: string, sha256: string, downloadUrl: string, verificationCode: string, printedName: string, revokedAt?: string | null, revocationReason?: RevocationReason | null, revocationNote?: string | null, supersedesId?: string | null, supersededById?: string | null, reissueReason?: string | null, issuedByName?: string | null, revokedByName?: string | null } };

export type CertificateIssueManyMutationVariables = Exact<{
  input: IssueCertificatesInput;
}>;


export type CertificateIssueManyMutation = { __typename?: 'Mutation', issueCertificates: { __typename?: 'CertificateBatch', id: string, total: number, done: number, failed: number, state: string, failureReason?: string | null } };

export type CertificateRevokeMutationVariables = Exact<{
  input: RevokeCertificateInput;
}>;


export type CertificateRevokeMutation = { __typename?: 'Mutation', revokeCertificate: { __typename?: 'Certificate', id: string, number: string, state: CertificateState, issuedAt: string, sha256: string, downloadUrl: string, verificationCode: string, printedName: string, revokedAt?: string | null, revocationReason?: RevocationReason | null, revocationNote?: string | null, supersedesId?: string | null, supersededById?: string | null, reissueReason?: string | null, issuedByName?: string | null, revokedByName?: string | null } };

export type CertificateReissueMutationVariables = Exact<{
  input: ReissueCertificateInput;
}>;


export type CertificateReissueMutation = { __typename?: 'Mutation', reissueCertificate: { __typename?: 'Certificate', id: string, number: string, state: CertificateState, issuedAt: string, sha256: string, downloadUrl: string, verificationCode: string, printedName: string, revokedAt?: string | null, revocationReason?: RevocationReason | null, revocationNote?: string | null, supersedesId?: string | null, supersededById?: string | null, reissueReason?: string | null, issuedByName?: string | null, revokedByName?: string | null } };

export type CertificateSetAutoIssueMutationVariables = Exact<{
  cohortId: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type CertificateSetAutoIssueMutation = { __typename?: 'Mutation', setCohortAutoIssue: boolean };

export type CertificateMineQueryVariables = Exact<{ [key: string]: never; }>;


export type CertificateMineQuery = { __typename?: 'Query', myCertificates: Array<{ __typename?: 'Certificate', id: string, number: string, state: CertificateState, issuedAt: string, downloadUrl: string, credentialUrl?: string | null, verificationCode: string, printedName: string, revokedAt?: string | null, supersededById?: string | null, linkedIn?: { __typename?: 'LinkedInCertification', name: string, organizationName: string, issueYear: number, issueMonth: number, certUrl: string, certId: string, addUrl: string } | null }> };

export type CertificateReissueWithCredentialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CertificateReissueWithCredentialMutation = { __typename?: 'Mutation', reissueCertificateWithCredential: { __typename?: 'Certificate', id: string, number: string } };

export type CertificateVerifyQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type CertificateVerifyQuery = { __typename?: 'Query', verifyCertificate?: { __typename?: 'PublicCertificate', kind: VerifiedDocumentKind, state: CertificateState, number: string, printedName: string, programmeTitle: string, issuedOn: string, revokedOn?: string | null, revocationReason?: RevocationReason | null, supersededByCode?: string | null, verificationCode: string, eventTitle?: string | null, eventDate?: string | null } | null };

export type CertificateFindQueryVariables = Exact<{
  input: FindCertificateInput;
}>;


export type CertificateFindQuery = { __typename?: 'Query', findCertificate?: { __typename?: 'PublicCertificate', kind: VerifiedDocumentKind, state: CertificateState, number: string, printedName: string, programmeTitle: string, issuedOn: string, revokedOn?: string | null, revocationReason?: RevocationReason | null, supersededByCode?: string | null, verificationCode: string, eventTitle?: string | null, eventDate?: string | null } | null };

export type CertificateVerifyFileMutationVariables = Exact<{
  input: VerifyFileInput;
}>;


export type CertificateVerifyFileMutation = { __typename?: 'Mutation', verifyCertificateFile: { __typename?: 'FileVerification', original: boolean, certificate?: { __typename?: 'PublicCertificate', kind: VerifiedDocumentKind, state: CertificateState, number: string, printedName: string, programmeTitle: string, issuedOn: string, revokedOn?: string | null, revocationReason?: RevocationReason | null, supersededByCode?: string | null, verificationCode: string, eventTitle?: string | null, eventDate?: string | null } | null } };

export type CertificatesToIssueQueryVariables = Exact<{ [key: string]: never; }>;


export type CertificatesToIssueQuery = { __typename?: 'Query', certificatesToIssue: Array<{ __typename?: 'CohortCertificatesToIssue', cohortId: string, cohortName: string, count: number }> };

export type CertificateVerifyCredentialMutationVariables = Exact<{
  input: VerifyCredentialInput;
}>;


export type CertificateVerifyCredentialMutation = { __typename?: 'Mutation', verifyCredential: { __typename?: 'CredentialVerification', verified: boolean, signatureValid: boolean, issuedHere: boolean, issuerId?: string | null, issuerName?: string | null, revoked?: boolean | null, validFrom?: string | null, validUntil?: string | null, outsideValidity: boolean, holderName?: string | null, achievementName?: string | null } };

export type ContentPageFieldsFragment = { __typename?: 'ContentPageVersion', id: string, slug: string, locale: string, version: number, title: string, body: string, createdAt: string, authorName?: string | null };

export type PublicPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type PublicPageQuery = { __typename?: 'Query', publicPage: { __typename?: 'ContentPageVersion', id: string, slug: string, locale: string, version: number, title: string, body: string, createdAt: string, authorName?: string | null } };

export type StartPageQueryVariables = Exact<{
  locale?: InputMaybe<Locale>;
}>;


export type StartPageQuery = { __typename?: 'Query', publicPage: { __typename?: 'ContentPageVersion', id: string, slug: string, locale: string, version: number, title: string, body: string, createdAt: string, authorName?: string | null }, openCohorts: Array<{ __typename?: 'Cohort', id: string, name: string, startsOn: string, endsOn: string, applicationsCloseOn: string, capacity: number, seatsTaken: number }>, programmeModules: Array<{ __typename?: 'ProgrammeModule', id: string, position: number, title: string }> };

export type ContentPagesQueryVariables = Exact<{ [key: string]: never; }>;


export type ContentPagesQuery = { __typename?: 'Query', contentPages: Array<{ __typename?: 'ContentPageOverview', slug: string, de: { __typename?: 'ContentPageVersion', id: string, slug: string, locale: string, version: number, title: string, body: string, createdAt: string, authorName?: string | null }, en: { __typename?: 'ContentPageVersion', id: string, slug: string, locale: string, version: number, title: string, body: string, createdAt: string, authorName?: string | null } }> };

export type ContentPageHistoryQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  locale: Locale;
}>;


export type ContentPageHistoryQuery = { __typename?: 'Query', contentPageHistory: Array<{ __typename?: 'ContentPageVersion', id: string, slug: string, locale: string, version: number, title: string, body: string, createdAt: string, authorName?: string | null }> };

export type SaveContentPageMutationVariables = Exact<{
  input: SaveContentPageInput;
}>;


export type SaveContentPageMutation = { __typename?: 'Mutation', saveContentPage: { __typename?: 'ContentPageVersion', id: string, slug: string, locale: string, version: number, title: string, body: string, createdAt: string, authorName?: string | null } };

export type ReportBarrierMutationVariables = Exact<{
  input: ReportBarrierInput;
}>;


export type ReportBarrierMutation = { __typename?: 'Mutation', reportBarrier: boolean };

export type BarrierReportsQueryVariables = Exact<{
  status?: InputMaybe<BarrierReportStatus>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BarrierReportsQuery = { __typename?: 'Query', barrierReports: { __typename?: 'BarrierReportPage', total: number, offset: number, limit: number, items: Array<{ __typename?: 'BarrierReport', id: string, createdAt: string, pageUrl: string, description: string, name?: string | null, email?: string | null, locale: string, status: BarrierReportStatus, statusChangedAt?: string | null }> } };

export type SetBarrierReportStatusMutationVariables = Exact<{
  input: SetBarrierReportStatusInput;
}>;


export type SetBarrierReportStatusMutation = { __typename?: 'Mutation', setBarrierReportStatus: { __typename?: 'BarrierReport', id: string, status: BarrierReportStatus, statusChangedAt?: string | null } };

export type CounsellingRequestFieldsFragment = { __typename?: 'CounsellingRequest', id: string, municipalityId: string, municipalityName: string, topicId: string, topicTitle: string, topicTitleEn: string, description: string, urgency: CounsellingUrgency, format: CounsellingFormat, availability: string, status: CounsellingStatus, declineReason?: string | null, outcomeCategories: Array<CounsellingOutcome>, outcomeSummary?: string | null, createdAt: string, statusChangedAt: string, requester: { __typename?: 'CounsellingPerson', id: string, displayName: string }, advisors: Array<{ __typename?: 'CounsellingPerson', id: string, displayName: string }> };

export type MyCounsellingRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCounsellingRequestsQuery = { __typename?: 'Query', myCounsellingRequests: Array<{ __typename?: 'CounsellingRequest', id: string, municipalityId: string, municipalityName: string, topicId: string, topicTitle: string, topicTitleEn: string, description: string, urgency: CounsellingUrgency, format: CounsellingFormat, availability: string, status: CounsellingStatus, declineReason?: string | null, outcomeCategories: Array<CounsellingOutcome>, outcomeSummary?: string | null, createdAt: string, statusChangedAt: string, requester: { __typename?: 'CounsellingPerson', id: string, displayName: string }, advisors: Array<{ __typename?: 'CounsellingPerson', id: string, displayName: string }> }> };

export type CounsellingRequestsQueryVariables = Exact<{
  status?: InputMaybe<CounsellingStatus>;
  urgency?: InputMaybe<CounsellingUrgency>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  advisorId?: InputMaybe<Scalars['ID']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CounsellingRequestsQuery = { __typename?: 'Query', counsellingRequests: { __typename?: 'CounsellingRequestPage', total: number, offset: number, limit: number, items: Array<{ __typename?: 'CounsellingRequest', id: string, municipalityId: string, municipalityName: string, topicId: string, topicTitle: string, topicTitleEn: string, description: string, urgency: CounsellingUrgency, format: CounsellingFormat, availability: string, status: CounsellingStatus, declineReason?: string | null, outcomeCategories: Array<CounsellingOutcome>, outcomeSummary?: string | null, createdAt: string, statusChangedAt: string, requester: { __typename?: 'CounsellingPerson', id: string, displayName: string }, advisors: Array<{ __typename?: 'CounsellingPerson', id: string, displayName: string }> }> } };

export type CounsellingRequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CounsellingRequestQuery = { __typename?: 'Query', counsellingRequest: { __typename?: 'CounsellingRequest', id: string, municipalityId: string, municipalityName: string, topicId: string, topicTitle: string, topicTitleEn: string, description: string, urgency: CounsellingUrgency, format: CounsellingFormat, availability: string, status: CounsellingStatus, declineReason?: string | null, outcomeCategories: Array<CounsellingOutcome>, outcomeSummary?: string | null, createdAt: string, statusChangedAt: string, requester: { __typename?: 'CounsellingPerson', id: string, displayName: string }, advisors: Array<{ __typename?: 'CounsellingPerson', id: string, displayName: string }> } };

export type CounsellingAdvisorsQueryVariables = Exact<{ [key: string]: never; }>;


export type CounsellingAdvisorsQuery = { __typename?: 'Query', counsellingAdvisors: Array<{ __typename?: 'CounsellingPerson', id: string, displayName: string }> };

export type CounsellingTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type CounsellingTopicsQuery = { __typename?: 'Query', shortFormatTopics: Array<{ __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string }> };

export type RequestCounsellingMutationVariables = Exact<{
  input: RequestCounsellingInput;
}>;


export type RequestCounsellingMutation = { __typename?: 'Mutation', requestCounselling: { __typename?: 'CounsellingRequest', id: string, municipalityId: string, municipalityName: string, topicId: string, topicTitle: string, topicTitleEn: string, description: string, urgency: CounsellingUrgency, format: CounsellingFormat, availability: string, status: CounsellingStatus, declineReason?: string | null, outcomeCategories: Array<CounsellingOutcome>, outcomeSummary?: string | null, createdAt: string, statusChangedAt: string, requester: { __typename?: 'CounsellingPerson', id: string, displayName: string }, advisors: Array<{ __typename?: 'CounsellingPerson', id: string, displayName: string }> } };

export type AssignCounsellingAdvisorsMutationVariables = Exact<{
  input: AssignCounsellingAdvisorsInput;
}>;


export type AssignCounsellingAdvisorsMutation = { __typename?: 'Mutation', assignCounsellingAdvisors: { __typename?: 'CounsellingRequest', id: string, municipalityId: string, municipalityName: string, topicId: string, topicTitle: string, topicTitleEn: string, description: string, urgency: CounsellingUrgency, format: CounsellingFormat, availability: string, status: CounsellingStatus, declineReason?: string | null, outcomeCategories: Array<CounsellingOutcome>, outcomeSummary?: string | null, createdAt: string, statusChangedAt: string, requester: { __typename?: 'CounsellingPerson', id: string, displayName: string }, advisors: Array<{ __typename?: 'CounsellingPerson', id: string, displayName: string }> } };

export type SetCounsellingStatusMutationVariables = Exact<{
  input: SetCounsellingStatusInput;
}>;


export type SetCounsellingStatusMutation = { __typename?: 'Mutation', setCounsellingStatus: { __typename?: 'CounsellingRequest', id: string, municipalityId: string, municipalityName: string, topicId: string, topicTitle: string, topicTitleEn: string, description: string, urgency: CounsellingUrgency, format: CounsellingFormat, availability: string, status: CounsellingStatus, declineReason?: string | null, outcomeCategories: Array<CounsellingOutcome>, outcomeSummary?: string | null, createdAt: string, statusChangedAt: string, requester: { __typename?: 'CounsellingPerson', id: string, displayName: string }, advisors: Array<{ __typename?: 'CounsellingPerson', id: string, displayName: string }> } };

export type CounsellingThreadQueryVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type CounsellingThreadQuery = { __typename?: 'Query', counsellingThread: Array<{ __typename?: 'CounsellingMessage', id: string, body: string, confidential: boolean, fromRequester: boolean, createdAt: string, author: { __typename?: 'CounsellingPerson', id: string, displayName: string }, files: Array<{ __typename?: 'CounsellingFile', id: string, displayName: string, contentType: string, sizeBytes: number, downloadUrl: string }> }> };

export type PostCounsellingMessageMutationVariables = Exact<{
  input: PostCounsellingMessageInput;
}>;


export type PostCounsellingMessageMutation = { __typename?: 'Mutation', postCounsellingMessage: { __typename?: 'CounsellingMessage', id: string } };

export type CounsellingAppointmentFieldsFragment = { __typename?: 'CounsellingAppointment', id: string, startsAt: string, endsAt: string, durationMinutes: number, format: CounsellingFormat, location?: string | null, sequence: number, cancelledAt?: string | null, icsUrl: string, plannedBy: { __typename?: 'CounsellingPerson', id: string, displayName: string } };

export type CounsellingAppointmentsQueryVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type CounsellingAppointmentsQuery = { __typename?: 'Query', counsellingAppointments: Array<{ __typename?: 'CounsellingAppointment', id: string, startsAt: string, endsAt: string, durationMinutes: number, format: CounsellingFormat, location?: string | null, sequence: number, cancelledAt?: string | null, icsUrl: string, plannedBy: { __typename?: 'CounsellingPerson', id: string, displayName: string } }> };

export type PlanCounsellingAppointmentMutationVariables = Exact<{
  input: PlanCounsellingAppointmentInput;
}>;


export type PlanCounsellingAppointmentMutation = { __typename?: 'Mutation', planCounsellingAppointment: { __typename?: 'CounsellingAppointment', id: string, startsAt: string, endsAt: string, durationMinutes: number, format: CounsellingFormat, location?: string | null, sequence: number, cancelledAt?: string | null, icsUrl: string, plannedBy: { __typename?: 'CounsellingPerson', id: string, displayName: string } } };

export type ChangeCounsellingAppointmentMutationVariables = Exact<{
  input: ChangeCounsellingAppointmentInput;
}>;


export type ChangeCounsellingAppointmentMutation = { __typename?: 'Mutation', changeCounsellingAppointment: { __typename?: 'CounsellingAppointment', id: string, startsAt: string, endsAt: string, durationMinutes: number, format: CounsellingFormat, location?: string | null, sequence: number, cancelledAt?: string | null, icsUrl: string, plannedBy: { __typename?: 'CounsellingPerson', id: string, displayName: string } } };

export type CancelCounsellingAppointmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelCounsellingAppointmentMutation = { __typename?: 'Mutation', cancelCounsellingAppointment: { __typename?: 'CounsellingAppointment', id: string, startsAt: string, endsAt: string, durationMinutes: number, format: CounsellingFormat, location?: string | null, sequence: number, cancelledAt?: string | null, icsUrl: string, plannedBy: { __typename?: 'CounsellingPerson', id: string, displayName: string } } };

export type AdminEnrolmentFieldsFragment = { __typename?: 'Enrolment', id: string, state: EnrolmentState, jobRole: string, motivation: string, appliedAt: string, decidedAt?: string | null, decisionMessage?: string | null, participant: { __typename?: 'Participant', id: string, displayName: string, email: string }, municipality: { __typename?: 'Municipality', id: string, name: string, kind: MunicipalityKind }, cohort: { __typename?: 'Cohort', id: string, name: string } };

export type EnrolmentsQueryVariables = Exact<{
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<EnrolmentState>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type EnrolmentsQuery = { __typename?: 'Query', enrolments: { __typename?: 'EnrolmentPage', total: number, offset: number, limit: number, items: Array<{ __typename?: 'Enrolment', id: string, state: EnrolmentState, jobRole: string, motivation: string, appliedAt: string, decidedAt?: string | null, decisionMessage?: string | null, participant: { __typename?: 'Participant', id: string, displayName: string, email: string }, municipality: { __typename?: 'Municipality', id: string, name: string, kind: MunicipalityKind }, cohort: { __typename?: 'Cohort', id: string, name: string } }> } };

export type EnrolmentCohortOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnrolmentCohortOptionsQuery = { __typename?: 'Query', cohorts: { __typename?: 'CohortPage', total: number, items: Array<{ __typename?: 'Cohort', id: string, name: string, startsOn: string }> } };

export type EnrolmentsCsvQueryVariables = Exact<{
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<EnrolmentState>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  format?: InputMaybe<ExportFormat>;
}>;


export type EnrolmentsCsvQuery = { __typename?: 'Query', enrolmentsCsv: { __typename?: 'ExportFile', filename: string, contentType: string, content: string, base64: boolean } };

export type DecideEnrolmentsMutationVariables = Exact<{
  input: DecideEnrolmentsInput;
}>;


export type DecideEnrolmentsMutation = { __typename?: 'Mutation', decideEnrolments: { __typename?: 'DecisionResult', decided: Array<{ __typename?: 'Enrolment', id: string, state: EnrolmentState, decidedAt?: string | null, decisionMessage?: string | null }>, failed: Array<{ __typename?: 'DecisionFailure', enrolmentId: string, code: string, message: string }> } };

export type OpenCohortFieldsFragment = { __typename?: 'Cohort', id: string, name: string, description: string, startsOn: string, endsOn: string, applicationsOpenOn: string, applicationsCloseOn: string, capacity: number, seatsTaken: number, modules: Array<{ __typename?: 'CohortModule', moduleId: string, sessions: Array<{ __typename?: 'CohortSession', id: string, title: string, startsAt: string, endsAt: string, location?: string | null, online: boolean }> }> };

export type ScheduleModuleFieldsFragment = { __typename?: 'ProgrammeModule', id: string, position: number, title: string, format: ModuleFormat, workloadHours: number };

export type OpenCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenCohortsQuery = { __typename?: 'Query', openCohorts: Array<{ __typename?: 'Cohort', id: string, name: string, description: string, startsOn: string, endsOn: string, applicationsOpenOn: string, applicationsCloseOn: string, capacity: number, seatsTaken: number, modules: Array<{ __typename?: 'CohortModule', moduleId: string, sessions: Array<{ __typename?: 'CohortSession', id: string, title: string, startsAt: string, endsAt: string, location?: string | null, online: boolean }> }> }>, programmeModules: Array<{ __typename?: 'ProgrammeModule', id: string, position: number, title: string, format: ModuleFormat, workloadHours: number }> };

export type EnrolmentMunicipalityOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
}>;


export type EnrolmentMunicipalityOptionsQuery = { __typename?: 'Query', municipalities: { __typename?: 'MunicipalityPage', total: number, items: Array<{ __typename?: 'Municipality', id: string, name: string, kind: MunicipalityKind }> } };

export type ApplyToCohortMutationVariables = Exact<{
  input: ApplyInput;
}>;


export type ApplyToCohortMutation = { __typename?: 'Mutation', applyToCohort: { __typename?: 'Enrolment', id: string, state: EnrolmentState, cohortId: string, appliedAt: string } };

export type ApplyWithoutAccountMutationVariables = Exact<{
  input: ApplyWithoutAccountInput;
}>;


export type ApplyWithoutAccountMutation = { __typename?: 'Mutation', applyWithoutAccount: boolean };

export type MyEnrolmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnrolmentsQuery = { __typename?: 'Query', myEnrolments: Array<{ __typename?: 'Enrolment', id: string, state: EnrolmentState, appliedAt: string, decidedAt?: string | null, decisionMessage?: string | null, cohort: { __typename?: 'Cohort', id: string, name: string, startsOn: string, endsOn: string } }> };

export type WithdrawEnrolmentMutationVariables = Exact<{
  input: WithdrawInput;
}>;


export type WithdrawEnrolmentMutation = { __typename?: 'Mutation', withdrawEnrolment: { __typename?: 'Enrolment', id: string, state: EnrolmentState, decidedAt?: string | null, decisionMessage?: string | null } };

export type MyOpenSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOpenSurveysQuery = { __typename?: 'Query', myOpenSurveys: Array<{ __typename?: 'OpenSurvey', id: string, title: string, titleEn: string, wave: SurveyWave, closesAt: string }> };

export type SurveyToAnswerQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;


export type SurveyToAnswerQuery = { __typename?: 'Query', surveyToAnswer: { __typename?: 'SurveyToAnswer', id: string, title: string, titleEn: string, wave: SurveyWave, closesAt: string, asksForCode: boolean, questionnaire: { __typename?: 'QuestionnaireVersion', id: string, sections: Array<{ __typename?: 'Section', id: string, title: string, titleEn: string, items: Array<{ __typename?: 'Item', id: string, code: string, kind: ItemKind, text: string, textEn: string, lowLabel?: string | null, lowLabelEn?: string | null, highLabel?: string | null, highLabelEn?: string | null, allowNoAnswer: boolean, required: boolean, minValue?: number | null, maxValue?: number | null, options: Array<{ __typename?: 'ChoiceOption', value: number, label: string, labelEn: string }> }> }> } } };

export type SurveyByLinkQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type SurveyByLinkQuery = { __typename?: 'Query', surveyByLink: { __typename?: 'SurveyToAnswer', id: string, title: string, titleEn: string, wave: SurveyWave, closesAt: string, asksForCode: boolean, questionnaire: { __typename?: 'QuestionnaireVersion', id: string, sections: Array<{ __typename?: 'Section', id: string, title: string, titleEn: string, items: Array<{ __typename?: 'Item', id: string, code: string, kind: ItemKind, text: string, textEn: string, lowLabel?: string | null, lowLabelEn?: string | null, highLabel?: string | null, highLabelEn?: string | null, allowNoAnswer: boolean, required: boolean, minValue?: number | null, maxValue?: number | null, options: Array<{ __typename?: 'ChoiceOption', value: number, label: string, labelEn: string }> }> }> } } };

export type AnswerSurveyMutationVariables = Exact<{
  input: AnswerSurveyInput;
}>;


export type AnswerSurveyMutation = { __typename?: 'Mutation', answerSurvey: boolean };

export type EvaluationSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationSurveysQuery = { __typename?: 'Query', evaluationSurveys: Array<{ __typename?: 'StaffSurvey', id: string, title: string, titleEn: string, wave: SurveyWave, opensAt: string, closesAt: string, invited: number, responses?: number | null, remindAt?: string | null, invitationsSentAt?: string | null, reminderSentAt?: string | null, contextName: string, contextNameEn: string }> };

export type SurveyContextsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyContextsQuery = { __typename?: 'Query', surveyContexts: { __typename?: 'SurveyContexts', cohorts: Array<{ __typename?: 'SurveyContextCohort', id: string, name: string, nameEn: string, startsOn: string, endsOn: string }>, modules: Array<{ __typename?: 'SurveyContextModule', id: string, position: number, title: string, titleEn: string }>, shortFormats: Array<{ __typename?: 'SurveyContextShortFormat', id: string, title: string, startsAt: string, endsAt: string, checkedIn: number }> } };

export type CreateSurveyMutationVariables = Exact<{
  input: SurveyInput;
}>;


export type CreateSurveyMutation = { __typename?: 'Mutation', createSurvey: { __typename?: 'StaffSurvey', id: string, title: string, titleEn: string, invited: number } };

export type SurveyResultsQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  grouping?: InputMaybe<ResultGrouping>;
}>;


export type SurveyResultsQuery = { __typename?: 'Query', surveyResults: { __typename?: 'SurveyResults', surveyId: string, title: string, titleEn: string, wave: SurveyWave, minGroup: number, invited: number, suppressed: boolean, responses?: number | null, responseRate?: number | null, items: Array<{ __typename?: 'ItemResult', itemId: string, code: string, kind: ItemKind, text: string, textEn: string, suppressed: boolean, answered?: number | null, noAnswer?: number | null, mean?: number | null, median?: number | null, texts: Array<string>, distribution: Array<{ __typename?: 'OptionCount', value: number, label: string, labelEn: string, count: number }> }>, groups: Array<{ __typename?: 'ResultGroup', key: string, label: string, suppressed: boolean, responses?: number | null, items: Array<{ __typename?: 'ItemResult', itemId: string, code: string, kind: ItemKind, text: string, textEn: string, suppressed: boolean, answered?: number | null, noAnswer?: number | null, mean?: number | null, median?: number | null, texts: Array<string>, distribution: Array<{ __typename?: 'OptionCount', value: number, label: string, labelEn: string, count: number }> }> }> } };

export type ItemResultFieldsFragment = { __typename?: 'ItemResult', itemId: string, code: string, kind: ItemKind, text: string, textEn: string, suppressed: boolean, answered?: number | null, noAnswer?: number | null, mean?: number | null, median?: number | null, texts: Array<string>, distribution: Array<{ __typename?: 'OptionCount', value: number, label: string, labelEn: string, count: number }> };

export type SurveyToAnswerFieldsFragment = { __typename?: 'SurveyToAnswer', id: string, title: string, titleEn: string, wave: SurveyWave, closesAt: string, asksForCode: boolean, questionnaire: { __typename?: 'QuestionnaireVersion', id: string, sections: Array<{ __typename?: 'Section', id: string, title: string, titleEn: string, items: Array<{ __typename?: 'Item', id: string, code: string, kind: ItemKind, text: string, textEn: string, lowLabel?: string | null, lowLabelEn?: string | null, highLabel?: string | null, highLabelEn?: string | null, allowNoAnswer: boolean, required: boolean, minValue?: number | null, maxValue?: number | null, options: Array<{ __typename?: 'ChoiceOption', value: number, label: string, labelEn: string }> }> }> } };

export type AnswerSurveyByLinkMutationVariables = Exact<{
  token: Scalars['String']['input'];
  input: AnswerSurveyInput;
}>;


export type AnswerSurveyByLinkMutation = { __typename?: 'Mutation', answerSurveyByLink: boolean };

export type SendSurveyReminderMutationVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;


export type SendSurveyReminderMutation = { __typename?: 'Mutation', sendSurveyReminder: { __typename?: 'Survey', id: string, reminderSentAt?: string | null } };

export type SurveyRawExportQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;


export type SurveyRawExportQuery = { __typename?: 'Query', surveyRawExport: { __typename?: 'ResearchExport', csv: { __typename?: 'ExportFile', filename: string, contentType: string, content: string, base64: boolean }, sps: { __typename?: 'ExportFile', filename: string, contentType: string, content: string, base64: boolean }, r: { __typename?: 'ExportFile', filename: string, contentType: string, content: string, base64: boolean }, codebook: { __typename?: 'ExportFile', filename: string, contentType: string, content: string, base64: boolean } } };

export type PrePostMatchRatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PrePostMatchRatesQuery = { __typename?: 'Query', prePostMatchRates: Array<{ __typename?: 'PrePostMatchRate', cohortId: string, preSurveyId: string, preTitle: string, preTitleEn: string, postSurveyId: string, postTitle: string, postTitleEn: string, suppressed: boolean, preWithCode?: number | null, postWithCode?: number | null, exact?: number | null, partial?: number | null, matchRate?: number | null }> };

export type PrePostExportQueryVariables = Exact<{
  preSurveyId: Scalars['ID']['input'];
  postSurveyId: Scalars['ID']['input'];
}>;


export type PrePostExportQuery = { __typename?: 'Query', prePostExport: { __typename?: 'PrePostExport', csv: { __typename?: 'ExportFile', filename: string, contentType: string, content: string, base64: boolean }, sps: { __typename?: 'ExportFile', filename: string, contentType: string, content: string, base64: boolean }, r: { __typename?: 'ExportFile', filename: string, contentType: string, content: string, base64: boolean } } };

export type ExportFileFieldsFragment = { __typename?: 'ExportFile', filename: string, contentType: string, content: string, base64: boolean };

export type QuestionnairesQueryVariables = Exact<{ [key: string]: never; }>;


export type QuestionnairesQuery = { __typename?: 'Query', questionnaires: Array<{ __typename?: 'QuestionnaireSummary', id: string, title: string, titleEn: string, versions: Array<{ __typename?: 'QuestionnaireVersionSummary', id: string, number: number, frozen: boolean, createdAt: string }> }> };

export type QuestionnaireVersionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuestionnaireVersionQuery = { __typename?: 'Query', questionnaireVersion: { __typename?: 'QuestionnaireVersion', id: string, questionnaireId: string, title: string, titleEn: string, number: number, frozen: boolean, sections: Array<{ __typename?: 'Section', id: string, title: string, titleEn: string, items: Array<{ __typename?: 'Item', id: string, code: string, kind: ItemKind, text: string, textEn: string, lowLabel?: string | null, lowLabelEn?: string | null, highLabel?: string | null, highLabelEn?: string | null, allowNoAnswer: boolean, required: boolean, minValue?: number | null, maxValue?: number | null, options: Array<{ __typename?: 'ChoiceOption', value: number, label: string, labelEn: string }> }> }> } };

export type CreateQuestionnaireMutationVariables = Exact<{
  input: QuestionnaireInput;
}>;


export type CreateQuestionnaireMutation = { __typename?: 'Mutation', createQuestionnaire: { __typename?: 'QuestionnaireVersion', id: string, questionnaireId: string, title: string, titleEn: string, number: number, frozen: boolean, sections: Array<{ __typename?: 'Section', id: string, title: string, titleEn: string, items: Array<{ __typename?: 'Item', id: string, code: string, kind: ItemKind, text: string, textEn: string, lowLabel?: string | null, lowLabelEn?: string | null, highLabel?: string | null, highLabelEn?: string | null, allowNoAnswer: boolean, required: boolean, minValue?: number | null, maxValue?: number | null, options: Array<{ __typename?: 'ChoiceOption', value: number, label: string, labelEn: string }> }> }> } };

export type SaveQuestionnaireMutationVariables = Exact<{
  questionnaireId: Scalars['ID']['input'];
  input: QuestionnaireInput;
}>;


export type SaveQuestionnaireMutation = { __typename?: 'Mutation', saveQuestionnaire: { __typename?: 'QuestionnaireVersion', id: string, questionnaireId: string, title: string, titleEn: string, number: number, frozen: boolean, sections: Array<{ __typename?: 'Section', id: string, title: string, titleEn: string, items: Array<{ __typename?: 'Item', id: string, code: string, kind: ItemKind, text: string, textEn: string, lowLabel?: string | null, lowLabelEn?: string | null, highLabel?: string | null, highLabelEn?: string | null, allowNoAnswer: boolean, required: boolean, minValue?: number | null, maxValue?: number | null, options: Array<{ __typename?: 'ChoiceOption', value: number, label: string, labelEn: string }> }> }> } };

export type QuestionnaireVersionFieldsFragment = { __typename?: 'QuestionnaireVersion', id: string, questionnaireId: string, title: string, titleEn: string, number: number, frozen: boolean, sections: Array<{ __typename?: 'Section', id: string, title: string, titleEn: string, items: Array<{ __typename?: 'Item', id: string, code: string, kind: ItemKind, text: string, textEn: string, lowLabel?: string | null, lowLabelEn?: string | null, highLabel?: string | null, highLabelEn?: string | null, allowNoAnswer: boolean, required: boolean, minValue?: number | null, maxValue?: number | null, options: Array<{ __typename?: 'ChoiceOption', value: number, label: string, labelEn: string }> }> }> };

export type ShortFormatCardFragment = { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string } };

export type ShortFormatDetailFragment = { __typename?: 'ShortFormat', description: string, registrationOpensAt: string, registrationClosesAt: string, targetGroup: string, speakers: string, accessibility: string, contact: string, cancellationNote?: string | null, icalUrl: string, id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string } };

export type ShortFormatAdminFragment = { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, description: string, registrationOpensAt: string, registrationClosesAt: string, targetGroup: string, speakers: string, accessibility: string, contact: string, cancellationNote?: string | null, icalUrl: string, topicId: string, joinUrl?: string | null, capacity?: number | null, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string }, counts?: { __typename?: 'ShortFormatCounts', confirmed: number, offered: number, waiting: number, pending: number, cancelled: number, checkedIn: number, registered: number, noShows: number } | null };

export type RegistrationLinkFragment = { __typename?: 'RegistrationView', id: string, name: string, state: RegistrationState, confirmBy?: string | null, offerExpiresAt?: string | null, waitingPosition?: number | null, checkInCode?: string | null, joinUrl?: string | null, checkedInAt?: string | null, selfCheckInOpen: boolean, checkInQrUrl?: string | null, attendanceConfirmation?: { __typename?: 'AttendanceConfirmationLink', number: string, issuedAt: string, downloadUrl: string } | null, shortFormat: { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string } } };

export type ShortFormatTopicsQueryVariables = Exact<{
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ShortFormatTopicsQuery = { __typename?: 'Query', shortFormatTopics: Array<{ __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string, position: number, archived: boolean }> };

export type ShortFormatCalendarQueryVariables = Exact<{
  topicId?: InputMaybe<Scalars['ID']['input']>;
  format?: InputMaybe<ShortFormatFormat>;
  month?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ShortFormatCalendarQuery = { __typename?: 'Query', shortFormatCalendar: { __typename?: 'ShortFormatPage', total: number, offset: number, limit: number, items: Array<{ __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string } }> } };

export type ShortFormatDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShortFormatDetailQuery = { __typename?: 'Query', shortFormat: { __typename?: 'ShortFormat', description: string, registrationOpensAt: string, registrationClosesAt: string, targetGroup: string, speakers: string, accessibility: string, contact: string, cancellationNote?: string | null, icalUrl: string, id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string } } };

export type ShortFormatAdminDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShortFormatAdminDetailQuery = { __typename?: 'Query', shortFormat: { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, description: string, registrationOpensAt: string, registrationClosesAt: string, targetGroup: string, speakers: string, accessibility: string, contact: string, cancellationNote?: string | null, icalUrl: string, topicId: string, joinUrl?: string | null, capacity?: number | null, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string }, counts?: { __typename?: 'ShortFormatCounts', confirmed: number, offered: number, waiting: number, pending: number, cancelled: number, checkedIn: number, registered: number, noShows: number } | null } };

export type AdminShortFormatsQueryVariables = Exact<{
  state?: InputMaybe<ShortFormatState>;
  search?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AdminShortFormatsQuery = { __typename?: 'Query', adminShortFormats: { __typename?: 'ShortFormatPage', total: number, offset: number, limit: number, items: Array<{ __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, description: string, registrationOpensAt: string, registrationClosesAt: string, targetGroup: string, speakers: string, accessibility: string, contact: string, cancellationNote?: string | null, icalUrl: string, topicId: string, joinUrl?: string | null, capacity?: number | null, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string }, counts?: { __typename?: 'ShortFormatCounts', confirmed: number, offered: number, waiting: number, pending: number, cancelled: number, checkedIn: number, registered: number, noShows: number } | null }> } };

export type ShortFormatRegistrationsQueryVariables = Exact<{
  shortFormatId: Scalars['ID']['input'];
  state?: InputMaybe<RegistrationState>;
}>;


export type ShortFormatRegistrationsQuery = { __typename?: 'Query', shortFormatRegistrations: Array<{ __typename?: 'Registration', id: string, name: string, email: string, organisation?: string | null, municipalityName?: string | null, accessibilityNeeds?: string | null, state: RegistrationState, waitingPosition?: number | null, confirmedAt?: string | null, checkedInAt?: string | null, checkedInVia?: CheckInVia | null }> };

export type CreateShortFormatMutationVariables = Exact<{
  input: ShortFormatInput;
}>;


export type CreateShortFormatMutation = { __typename?: 'Mutation', createShortFormat: { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, description: string, registrationOpensAt: string, registrationClosesAt: string, targetGroup: string, speakers: string, accessibility: string, contact: string, cancellationNote?: string | null, icalUrl: string, topicId: string, joinUrl?: string | null, capacity?: number | null, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string }, counts?: { __typename?: 'ShortFormatCounts', confirmed: number, offered: number, waiting: number, pending: number, cancelled: number, checkedIn: number, registered: number, noShows: number } | null } };

export type UpdateShortFormatMutationVariables = Exact<{
  input: UpdateShortFormatInput;
}>;


export type UpdateShortFormatMutation = { __typename?: 'Mutation', updateShortFormat: { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, description: string, registrationOpensAt: string, registrationClosesAt: string, targetGroup: string, speakers: string, accessibility: string, contact: string, cancellationNote?: string | null, icalUrl: string, topicId: string, joinUrl?: string | null, capacity?: number | null, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string }, counts?: { __typename?: 'ShortFormatCounts', confirmed: number, offered: number, waiting: number, pending: number, cancelled: number, checkedIn: number, registered: number, noShows: number } | null } };

export type PublishShortFormatMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishShortFormatMutation = { __typename?: 'Mutation', publishShortFormat: { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, description: string, registrationOpensAt: string, registrationClosesAt: string, targetGroup: string, speakers: string, accessibility: string, contact: string, cancellationNote?: string | null, icalUrl: string, topicId: string, joinUrl?: string | null, capacity?: number | null, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string }, counts?: { __typename?: 'ShortFormatCounts', confirmed: number, offered: number, waiting: number, pending: number, cancelled: number, checkedIn: number, registered: number, noShows: number } | null } };

export type CancelShortFormatMutationVariables = Exact<{
  input: CancelShortFormatInput;
}>;


export type CancelShortFormatMutation = { __typename?: 'Mutation', cancelShortFormat: { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, description: string, registrationOpensAt: string, registrationClosesAt: string, targetGroup: string, speakers: string, accessibility: string, contact: string, cancellationNote?: string | null, icalUrl: string, topicId: string, joinUrl?: string | null, capacity?: number | null, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string }, counts?: { __typename?: 'ShortFormatCounts', confirmed: number, offered: number, waiting: number, pending: number, cancelled: number, checkedIn: number, registered: number, noShows: number } | null } };

export type MarkShortFormatHeldMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkShortFormatHeldMutation = { __typename?: 'Mutation', markShortFormatHeld: { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, description: string, registrationOpensAt: string, registrationClosesAt: string, targetGroup: string, speakers: string, accessibility: string, contact: string, cancellationNote?: string | null, icalUrl: string, topicId: string, joinUrl?: string | null, capacity?: number | null, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string }, counts?: { __typename?: 'ShortFormatCounts', confirmed: number, offered: number, waiting: number, pending: number, cancelled: number, checkedIn: number, registered: number, noShows: number } | null } };

export type CreateShortFormatTopicMutationVariables = Exact<{
  input: TopicInput;
}>;


export type CreateShortFormatTopicMutation = { __typename?: 'Mutation', createShortFormatTopic: { __typename?: 'ShortFormatTopic', id: string } };

export type UpdateShortFormatTopicMutationVariables = Exact<{
  input: UpdateTopicInput;
}>;


export type UpdateShortFormatTopicMutation = { __typename?: 'Mutation', updateShortFormatTopic: { __typename?: 'ShortFormatTopic', id: string } };

export type RegisterForShortFormatMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterForShortFormatMutation = { __typename?: 'Mutation', registerForShortFormat: RegistrationState };

export type ShortFormatRegistrationLinkQueryVariables = Exact<{
  input: RegistrationTokenInput;
}>;


export type ShortFormatRegistrationLinkQuery = { __typename?: 'Query', shortFormatRegistration: { __typename?: 'RegistrationView', id: string, name: string, state: RegistrationState, confirmBy?: string | null, offerExpiresAt?: string | null, waitingPosition?: number | null, checkInCode?: string | null, joinUrl?: string | null, checkedInAt?: string | null, selfCheckInOpen: boolean, checkInQrUrl?: string | null, attendanceConfirmation?: { __typename?: 'AttendanceConfirmationLink', number: string, issuedAt: string, downloadUrl: string } | null, shortFormat: { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string } } } };

export type ConfirmShortFormatRegistrationMutationVariables = Exact<{
  input: RegistrationTokenInput;
}>;


export type ConfirmShortFormatRegistrationMutation = { __typename?: 'Mutation', confirmShortFormatRegistration: { __typename?: 'RegistrationView', id: string, name: string, state: RegistrationState, confirmBy?: string | null, offerExpiresAt?: string | null, waitingPosition?: number | null, checkInCode?: string | null, joinUrl?: string | null, checkedInAt?: string | null, selfCheckInOpen: boolean, checkInQrUrl?: string | null, attendanceConfirmation?: { __typename?: 'AttendanceConfirmationLink', number: string, issuedAt: string, downloadUrl: string } | null, shortFormat: { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string } } } };

export type CancelShortFormatRegistrationMutationVariables = Exact<{
  input: RegistrationTokenInput;
}>;


export type CancelShortFormatRegistrationMutation = { __typename?: 'Mutation', cancelShortFormatRegistration: { __typename?: 'RegistrationView', id: string, name: string, state: RegistrationState, confirmBy?: string | null, offerExpiresAt?: string | null, waitingPosition?: number | null, checkInCode?: string | null, joinUrl?: string | null, checkedInAt?: string | null, selfCheckInOpen: boolean, checkInQrUrl?: string | null, attendanceConfirmation?: { __typename?: 'AttendanceConfirmationLink', number: string, issuedAt: string, downloadUrl: string } | null, shortFormat: { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string } } } };

export type AcceptShortFormatOfferMutationVariables = Exact<{
  input: RegistrationTokenInput;
}>;


export type AcceptShortFormatOfferMutation = { __typename?: 'Mutation', acceptShortFormatOffer: { __typename?: 'RegistrationView', id: string, name: string, state: RegistrationState, confirmBy?: string | null, offerExpiresAt?: string | null, waitingPosition?: number | null, checkInCode?: string | null, joinUrl?: string | null, checkedInAt?: string | null, selfCheckInOpen: boolean, checkInQrUrl?: string | null, attendanceConfirmation?: { __typename?: 'AttendanceConfirmationLink', number: string, issuedAt: string, downloadUrl: string } | null, shortFormat: { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string } } } };

export type ResendShortFormatConfirmationMutationVariables = Exact<{
  input: ResendConfirmationInput;
}>;


export type ResendShortFormatConfirmationMutation = { __typename?: 'Mutation', resendShortFormatConfirmation: boolean };

export type OrganiserRegistrationFragment = { __typename?: 'Registration', id: string, name: string, email: string, organisation?: string | null, municipalityName?: string | null, accessibilityNeeds?: string | null, state: RegistrationState, waitingPosition?: number | null, confirmedAt?: string | null, checkedInAt?: string | null, checkedInVia?: CheckInVia | null };

export type MoveShortFormatWaitingEntryMutationVariables = Exact<{
  input: MoveWaitingEntryInput;
}>;


export type MoveShortFormatWaitingEntryMutation = { __typename?: 'Mutation', moveShortFormatWaitingEntry: Array<{ __typename?: 'Registration', id: string, name: string, email: string, organisation?: string | null, municipalityName?: string | null, accessibilityNeeds?: string | null, state: RegistrationState, waitingPosition?: number | null, confirmedAt?: string | null, checkedInAt?: string | null, checkedInVia?: CheckInVia | null }> };

export type CheckInShortFormatRegistrationMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type CheckInShortFormatRegistrationMutation = { __typename?: 'Mutation', checkInShortFormatRegistration: { __typename?: 'CheckInResult', alreadyCheckedInAt?: string | null, registration: { __typename?: 'Registration', id: string, name: string, email: string, organisation?: string | null, municipalityName?: string | null, accessibilityNeeds?: string | null, state: RegistrationState, waitingPosition?: number | null, confirmedAt?: string | null, checkedInAt?: string | null, checkedInVia?: CheckInVia | null } } };

export type UndoShortFormatCheckInMutationVariables = Exact<{
  input: UndoCheckInInput;
}>;


export type UndoShortFormatCheckInMutation = { __typename?: 'Mutation', undoShortFormatCheckIn: { __typename?: 'Registration', id: string, name: string, email: string, organisation?: string | null, municipalityName?: string | null, accessibilityNeeds?: string | null, state: RegistrationState, waitingPosition?: number | null, confirmedAt?: string | null, checkedInAt?: string | null, checkedInVia?: CheckInVia | null } };

export type SelfCheckInShortFormatMutationVariables = Exact<{
  input: RegistrationTokenInput;
}>;


export type SelfCheckInShortFormatMutation = { __typename?: 'Mutation', selfCheckInShortFormat: { __typename?: 'RegistrationView', id: string, name: string, state: RegistrationState, confirmBy?: string | null, offerExpiresAt?: string | null, waitingPosition?: number | null, checkInCode?: string | null, joinUrl?: string | null, checkedInAt?: string | null, selfCheckInOpen: boolean, checkInQrUrl?: string | null, attendanceConfirmation?: { __typename?: 'AttendanceConfirmationLink', number: string, issuedAt: string, downloadUrl: string } | null, shortFormat: { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string } } } };

export type ShortFormatParticipantsCsvQueryVariables = Exact<{
  shortFormatId: Scalars['ID']['input'];
  format?: InputMaybe<ExportFormat>;
}>;


export type ShortFormatParticipantsCsvQuery = { __typename?: 'Query', shortFormatParticipantsCsv: { __typename?: 'ExportFile', filename: string, contentType: string, content: string, base64: boolean } };

export type ShortFormatStatisticsCsvQueryVariables = Exact<{
  state?: InputMaybe<ShortFormatState>;
  search?: InputMaybe<Scalars['String']['input']>;
  format?: InputMaybe<ExportFormat>;
}>;


export type ShortFormatStatisticsCsvQuery = { __typename?: 'Query', shortFormatStatisticsCsv: { __typename?: 'ExportFile', filename: string, contentType: string, content: string, base64: boolean } };

export type IssueShortFormatAttendanceConfirmationsMutationVariables = Exact<{
  shortFormatId: Scalars['ID']['input'];
}>;


export type IssueShortFormatAttendanceConfirmationsMutation = { __typename?: 'Mutation', issueShortFormatAttendanceConfirmations: number };

export type MyShortFormatRegistrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyShortFormatRegistrationsQuery = { __typename?: 'Query', myShortFormatRegistrations: Array<{ __typename?: 'RegistrationView', linkPath: string, id: string, name: string, state: RegistrationState, confirmBy?: string | null, offerExpiresAt?: string | null, waitingPosition?: number | null, checkInCode?: string | null, joinUrl?: string | null, checkedInAt?: string | null, selfCheckInOpen: boolean, checkInQrUrl?: string | null, attendanceConfirmation?: { __typename?: 'AttendanceConfirmationLink', number: string, issuedAt: string, downloadUrl: string } | null, shortFormat: { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string } } }> };

export type LeaveMyShortFormatRegistrationMutationVariables = Exact<{
  registrationId: Scalars['ID']['input'];
}>;


export type LeaveMyShortFormatRegistrationMutation = { __typename?: 'Mutation', leaveMyShortFormatRegistration: { __typename?: 'RegistrationView', linkPath: string, id: string, name: string, state: RegistrationState, confirmBy?: string | null, offerExpiresAt?: string | null, waitingPosition?: number | null, checkInCode?: string | null, joinUrl?: string | null, checkedInAt?: string | null, selfCheckInOpen: boolean, checkInQrUrl?: string | null, attendanceConfirmation?: { __typename?: 'AttendanceConfirmationLink', number: string, issuedAt: string, downloadUrl: string } | null, shortFormat: { __typename?: 'ShortFormat', id: string, title: string, format: ShortFormatFormat, startsAt: string, endsAt: string, address?: string | null, language: ShortFormatLanguage, state: ShortFormatState, availability: Availability, registrationWindow: RegistrationWindow, topic: { __typename?: 'ShortFormatTopic', id: string, title: string, titleEn: string } } } };

export type UsersQueryVariables = Exact<{
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  active?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserPage', total: number, offset: number, limit: number, items: Array<{ __typename?: 'User', id: string, email: string, displayName: string, certificateName: string, locale: Locale, roles: Array<Role>, active: boolean, invitationPending: boolean, lastSignInAt?: string | null, createdAt: string }> } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { __typename?: 'Mutation', inviteUser: { __typename?: 'User', id: string, email: string, displayName: string, certificateName: string, locale: Locale, roles: Array<Role>, active: boolean, invitationPending: boolean, lastSignInAt?: string | null, createdAt: string } };

export type ResendInvitationMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ResendInvitationMutation = { __typename?: 'Mutation', resendInvitation: boolean };

export type SetUserRolesMutationVariables = Exact<{
  input: SetUserRolesInput;
}>;


export type SetUserRolesMutation = { __typename?: 'Mutation', setUserRoles: { __typename?: 'User', id: string, email: string, displayName: string, certificateName: string, locale: Locale, roles: Array<Role>, active: boolean, invitationPending: boolean, lastSignInAt?: string | null, createdAt: string } };

export type SetUserActiveMutationVariables = Exact<{
  input: SetUserActiveInput;
}>;


export type SetUserActiveMutation = { __typename?: 'Mutation', setUserActive: { __typename?: 'User', id: string, email: string, displayName: string, certificateName: string, locale: Locale, roles: Array<Role>, active: boolean, invitationPending: boolean, lastSignInAt?: string | null, createdAt: string } };

export type AnonymiseUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type AnonymiseUserMutation = { __typename?: 'Mutation', anonymiseUser: { __typename?: 'User', id: string, email: string, displayName: string, certificateName: string, locale: Locale, roles: Array<Role>, active: boolean, invitationPending: boolean, lastSignInAt?: string | null, createdAt: string } };

export type CurrentUserFieldsFragment = { __typename?: 'User', id: string, email: string, displayName: string, certificateName: string, certificateTitle: CertificateTitle, locale: Locale, roles: Array<Role> };

export type AdminUserFieldsFragment = { __typename?: 'User', id: string, email: string, displayName: string, certificateName: string, locale: Locale, roles: Array<Role>, active: boolean, invitationPending: boolean, lastSignInAt?: string | null, createdAt: string };

export type InvitationQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationQuery = { __typename?: 'Query', invitation: { __typename?: 'InvitationInfo', email: string, displayName: string, expiresAt: string } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'User', id: string, email: string, displayName: string, certificateName: string, certificateTitle: CertificateTitle, locale: Locale, roles: Array<Role> } };

export type DataExportFieldsFragment = { __typename?: 'DataExport', id: string, status: DataExportStatus, progress: number, requestedAt: string, finishedAt?: string | null, expiresAt?: string | null, size?: number | null, downloadUrl?: string | null };

export type MyDataExportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataExportsQuery = { __typename?: 'Query', myDataExports: Array<{ __typename?: 'DataExport', id: string, status: DataExportStatus, progress: number, requestedAt: string, finishedAt?: string | null, expiresAt?: string | null, size?: number | null, downloadUrl?: string | null }> };

export type RequestDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestDataExportMutation = { __typename?: 'Mutation', requestDataExport: { __typename?: 'DataExport', id: string, status: DataExportStatus, progress: number, requestedAt: string, finishedAt?: string | null, expiresAt?: string | null, size?: number | null, downloadUrl?: string | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'User', id: string, email: string, displayName: string, certificateName: string, certificateTitle: CertificateTitle, locale: Locale, roles: Array<Role> } };

export type DeleteMyAccountMutationVariables = Exact<{
  input: DeleteOwnAccountInput;
}>;


export type DeleteMyAccountMutation = { __typename?: 'Mutation', deleteMyAccount: boolean };

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, email: string, displayName: string, certificateName: string, certificateTitle: CertificateTitle, locale: Locale, roles: Array<Role> } | null, appInfo: { __typename?: 'AppInfo', devMail: boolean, defaultLocale: string, version: string, uploadMaxBytes: number, uploadMaxFiles: number } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'User', id: string, email: string, displayName: string, certificateName: string, certificateTitle: CertificateTitle, locale: Locale, roles: Array<Role> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { __typename?: 'Mutation', signOutEverywhere: boolean };

export type ProgressAuditTrailQueryVariables = Exact<{
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  subjectUserId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ProgressAuditTrailQuery = { __typename?: 'Query', auditTrail: { __typename?: 'AuditEventPage', total: number, offset: number, limit: number, items: Array<{ __typename?: 'AuditEvent', id: string, occurredAt: string, action: string, actorId?: string | null, actorName?: string | null, entityType: string, entityId: string, cohortId?: string | null, subjectUserId?: string | null, before?: string | null, after?: string | null }> } };

export type ProgressAuditCohortOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressAuditCohortOptionsQuery = { __typename?: 'Query', cohorts: { __typename?: 'CohortPage', total: number, items: Array<{ __typename?: 'Cohort', id: string, name: string, startsOn: string }> } };

export type ProgressSessionFieldsFragment = { __typename?: 'CohortSession', id: string, title: string, startsAt: string, endsAt: string, location?: string | null, online: boolean, onlineUrl?: string | null };

export type ProgressModuleFieldsFragment = { __typename?: 'ModuleProgress', moduleId: string, position: number, status: ModuleStatus, sessionsTotal: number, sessionsHeld: number, attendedSessions: number, excusedSessions: number, absentSessions: number, unrecordedSessions: number, attendanceReachable: boolean, attendancePercent: number, requiredAttendancePercent: number, attendanceMet: boolean, assignmentState: AssignmentState, assignmentMet: boolean, assignmentDueAt?: string | null, assignmentOverdue: boolean, openConditions: Array<OpenCondition>, module: { __typename?: 'ProgrammeModule', id: string, title: string } };

export type ProgressMyProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressMyProgressQuery = { __typename?: 'Query', myProgress: Array<{ __typename?: 'EnrolmentProgress', enrolmentId: string, overallPercent: number, completedModules: number, certificateEligible: boolean, certificate: { __typename?: 'EnrolmentCertificate', status: CertificateStatus, issuedAt?: string | null, revokedAt?: string | null }, cohort: { __typename?: 'Cohort', id: string, name: string, startsOn: string, endsOn: string }, modules: Array<{ __typename?: 'ModuleProgress', moduleId: string, position: number, status: ModuleStatus, sessionsTotal: number, sessionsHeld: number, attendedSessions: number, excusedSessions: number, absentSessions: number, unrecordedSessions: number, attendanceReachable: boolean, attendancePercent: number, requiredAttendancePercent: number, attendanceMet: boolean, assignmentState: AssignmentState, assignmentMet: boolean, assignmentDueAt?: string | null, assignmentOverdue: boolean, openConditions: Array<OpenCondition>, nextSession?: { __typename?: 'CohortSession', id: string, title: string, startsAt: string, endsAt: string, location?: string | null, online: boolean, onlineUrl?: string | null } | null, module: { __typename?: 'ProgrammeModule', id: string, title: string } }> }> };

export type ProgressMyCalendarUrlQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressMyCalendarUrlQuery = { __typename?: 'Query', myCalendarUrl?: string | null };

export type ProgressRenewCalendarUrlMutationVariables = Exact<{ [key: string]: never; }>;


export type ProgressRenewCalendarUrlMutation = { __typename?: 'Mutation', renewCalendarUrl: string };

export type ProgressCohortHeaderFieldsFragment = { __typename?: 'Cohort', id: string, name: string, startsOn: string, endsOn: string };

export type ProgressTrainerCohortsQueryVariables = Exact<{
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProgressTrainerCohortsQuery = { __typename?: 'Query', cohorts: { __typename?: 'CohortPage', total: number, offset: number, limit: number, items: Array<{ __typename?: 'Cohort', seatsTaken: number, capacity: number, id: string, name: string, startsOn: string, endsOn: string, trainers: Array<{ __typename?: 'Person', id: string, displayName: string }> }> } };

export type ProgressAttendanceSheetQueryVariables = Exact<{
  cohortId: Scalars['ID']['input'];
}>;


export type ProgressAttendanceSheetQuery = { __typename?: 'Query', cohort: { __typename?: 'Cohort', id: string, name: string, startsOn: string, endsOn: string, modules: Array<{ __typename?: 'CohortModule', moduleId: string, minAttendancePercent: number, module: { __typename?: 'ProgrammeModule', id: string, position: number, title: string } }> }, attendanceSheet: { __typename?: 'AttendanceSheet', cohortId: string, sessions: Array<{ __typename?: 'CohortSession', id: string, moduleId: string, title: string, startsAt: string, endsAt: string, module: { __typename?: 'ProgrammeModule', id: string, position: number, title: string } }>, enrolments: Array<{ __typename?: 'Enrolment', id: string, userId: string, participant: { __typename?: 'Participant', id: string, displayName: string }, municipality: { __typename?: 'Municipality', id: string, name: string } }>, records: Array<{ __typename?: 'AttendanceRecord', sessionId: string, enrolmentId: string, status: AttendanceStatus, excuseWaived: boolean }> } };

export type ProgressRecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type ProgressRecordAttendanceMutation = { __typename?: 'Mutation', recordAttendance: Array<{ __typename?: 'AttendanceRecord', sessionId: string, enrolmentId: string, status: AttendanceStatus, excuseWaived: boolean }> };

export type ProgressCohortProgressQueryVariables = Exact<{
  cohortId: Scalars['ID']['input'];
}>;


export type ProgressCohortProgressQuery = { __typename?: 'Query', cohort: { __typename?: 'Cohort', id: string, name: string, startsOn: string, endsOn: string }, cohortProgress: Array<{ __typename?: 'EnrolmentProgress', enrolmentId: string, overallPercent: number, completedModules: number, certificateEligible: boolean, enrolment: { __typename?: 'Enrolment', id: string, userId: string, participant: { __typename?: 'Participant', id: string, displayName: string }, municipality: { __typename?: 'Municipality', id: string, name: string } }, modules: Array<{ __typename?: 'ModuleProgress', moduleId: string, position: number, status: ModuleStatus, attendancePercent: number, attendanceMet: boolean, unrecordedSessions: number, assignmentState: AssignmentState, assignmentOverdue: boolean, openConditions: Array<OpenCondition> }> }> };

export type ProgressCohortProgressCsvQueryVariables = Exact<{
  cohortId: Scalars['ID']['input'];
  format?: InputMaybe<ExportFormat>;
}>;


export type ProgressCohortProgressCsvQuery = { __typename?: 'Query', cohortProgressCsv: { __typename?: 'ExportFile', filename: string, contentType: string, content: string, base64: boolean } };

export type ProgressUpcomingSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressUpcomingSessionsQuery = { __typename?: 'Query', cohorts: { __typename?: 'CohortPage', items: Array<{ __typename?: 'Cohort', id: string, name: string, sessions: Array<{ __typename?: 'CohortSession', id: string, title: string, startsAt: string, endsAt: string, location?: string | null, online: boolean }> }> } };

export const AccompanimentPathFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccompanimentPathFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccompanimentPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"datedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"modulePosition"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedByViewer"}}]}}]}}]}}]} as unknown as DocumentNode<AccompanimentPathFieldsFragment, unknown>;
export const GradingFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradingFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<GradingFileFieldsFragment, unknown>;
export const GradingFeedbackFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradingFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graderName"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"levelId"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]} as unknown as DocumentNode<GradingFeedbackFieldsFragment, unknown>;
export const GradingRubricCriterionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradingRubricCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RubricCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPoints"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"descriptor"}}]}}]}}]} as unknown as DocumentNode<GradingRubricCriterionFieldsFragment, unknown>;
export const GradingClaimFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradingClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedByName"}},{"kind":"Field","name":{"kind":"Name","value":"claimedByMe"}}]}}]} as unknown as DocumentNode<GradingClaimFieldsFragment, unknown>;
export const AssignmentFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AssignmentFileFieldsFragment, unknown>;
export const AssignmentAttemptFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentAttemptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNo"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"draftSavedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graderName"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AssignmentAttemptFieldsFragment, unknown>;
export const CatalogueCohortSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueCohortSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]} as unknown as DocumentNode<CatalogueCohortSummaryFieldsFragment, unknown>;
export const CatalogueSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleDe"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]} as unknown as DocumentNode<CatalogueSessionFieldsFragment, unknown>;
export const CatalogueCohortDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueCohortDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueCohortSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"nameDe"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionDe"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"revisionDays"}},{"kind":"Field","name":{"kind":"Name","value":"trainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minAttendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueSessionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueCohortSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleDe"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]} as unknown as DocumentNode<CatalogueCohortDetailFieldsFragment, unknown>;
export const CatalogueMunicipalityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueMunicipalityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kreisKey"}},{"kind":"Field","name":{"kind":"Name","value":"regierungsbezirk"}},{"kind":"Field","name":{"kind":"Name","value":"hasIntegrationCentre"}},{"kind":"Field","name":{"kind":"Name","value":"tookPartInKoko1"}}]}}]} as unknown as DocumentNode<CatalogueMunicipalityFieldsFragment, unknown>;
export const CatalogueProgrammeModuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueProgrammeModuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeModule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleDe"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"workloadHours"}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomesDe"}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomesEn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentBrief"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentBriefDe"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentBriefEn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CatalogueProgrammeModuleFieldsFragment, unknown>;
export const CertificateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"revocationNote"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesId"}},{"kind":"Field","name":{"kind":"Name","value":"supersededById"}},{"kind":"Field","name":{"kind":"Name","value":"reissueReason"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedByName"}}]}}]} as unknown as DocumentNode<CertificateFieldsFragment, unknown>;
export const CertificatePublicFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificatePublicFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicCertificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"supersededByCode"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}}]}}]} as unknown as DocumentNode<CertificatePublicFieldsFragment, unknown>;
export const CertificateBatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}}]} as unknown as DocumentNode<CertificateBatchFieldsFragment, unknown>;
export const ContentPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContentPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContentPageVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]} as unknown as DocumentNode<ContentPageFieldsFragment, unknown>;
export const CounsellingRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounsellingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]} as unknown as DocumentNode<CounsellingRequestFieldsFragment, unknown>;
export const CounsellingAppointmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounsellingAppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingAppointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CounsellingAppointmentFieldsFragment, unknown>;
export const AdminEnrolmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminEnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"jobRole"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminEnrolmentFieldsFragment, unknown>;
export const OpenCohortFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpenCohortFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]}}]} as unknown as DocumentNode<OpenCohortFieldsFragment, unknown>;
export const ScheduleModuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleModuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeModule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"workloadHours"}}]}}]} as unknown as DocumentNode<ScheduleModuleFieldsFragment, unknown>;
export const ItemResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"noAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"texts"}}]}}]} as unknown as DocumentNode<ItemResultFieldsFragment, unknown>;
export const SurveyToAnswerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyToAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyToAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"asksForCode"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabel"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"highLabel"}},{"kind":"Field","name":{"kind":"Name","value":"highLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyToAnswerFieldsFragment, unknown>;
export const ExportFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<ExportFileFieldsFragment, unknown>;
export const QuestionnaireVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabel"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"highLabel"}},{"kind":"Field","name":{"kind":"Name","value":"highLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuestionnaireVersionFieldsFragment, unknown>;
export const ShortFormatCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<ShortFormatCardFragment, unknown>;
export const ShortFormatDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatCard"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationNote"}},{"kind":"Field","name":{"kind":"Name","value":"icalUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<ShortFormatDetailFragment, unknown>;
export const ShortFormatAdminFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatAdmin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationNote"}},{"kind":"Field","name":{"kind":"Name","value":"icalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}}]}}]}}]} as unknown as DocumentNode<ShortFormatAdminFragment, unknown>;
export const RegistrationLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confirmBy"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfCheckInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"checkInQrUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<RegistrationLinkFragment, unknown>;
export const OrganiserRegistrationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganiserRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInVia"}}]}}]} as unknown as DocumentNode<OrganiserRegistrationFragment, unknown>;
export const CurrentUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateTitle"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]} as unknown as DocumentNode<CurrentUserFieldsFragment, unknown>;
export const AdminUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminUserFieldsFragment, unknown>;
export const DataExportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<DataExportFieldsFragment, unknown>;
export const ProgressSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}}]}}]} as unknown as DocumentNode<ProgressSessionFieldsFragment, unknown>;
export const ProgressModuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressModuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModuleProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"attendedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"excusedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"absentSessions"}},{"kind":"Field","name":{"kind":"Name","value":"unrecordedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceReachable"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAttendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceMet"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentState"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentMet"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"openConditions"}}]}}]} as unknown as DocumentNode<ProgressModuleFieldsFragment, unknown>;
export const ProgressCohortHeaderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressCohortHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]} as unknown as DocumentNode<ProgressCohortHeaderFieldsFragment, unknown>;
export const MyKommunePathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyKommunePaths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myKommunePaths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccompanimentPathFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccompanimentPathFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccompanimentPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"datedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"modulePosition"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedByViewer"}}]}}]}}]}}]} as unknown as DocumentNode<MyKommunePathsQuery, MyKommunePathsQueryVariables>;
export const KommunePathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KommunePath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kommunePath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccompanimentPathFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccompanimentPathFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccompanimentPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"datedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"modulePosition"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedByViewer"}}]}}]}}]}}]} as unknown as DocumentNode<KommunePathQuery, KommunePathQueryVariables>;
export const UpdateMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccompanimentPathFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccompanimentPathFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccompanimentPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"datedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"modulePosition"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedByViewer"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMilestoneMutation, UpdateMilestoneMutationVariables>;
export const AddMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccompanimentPathFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccompanimentPathFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccompanimentPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"datedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"modulePosition"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedByViewer"}}]}}]}}]}}]} as unknown as DocumentNode<AddMilestoneMutation, AddMilestoneMutationVariables>;
export const RemoveMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"milestoneId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccompanimentPathFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccompanimentPathFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccompanimentPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"datedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"modulePosition"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedByViewer"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveMilestoneMutation, RemoveMilestoneMutationVariables>;
export const ShareAssignmentEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareAssignmentEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareAssignmentEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareAssignmentEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccompanimentPathFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccompanimentPathFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccompanimentPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"datedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"modulePosition"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedByViewer"}}]}}]}}]}}]} as unknown as DocumentNode<ShareAssignmentEvidenceMutation, ShareAssignmentEvidenceMutationVariables>;
export const WithdrawAssignmentEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawAssignmentEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAssignmentEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"milestoneId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccompanimentPathFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccompanimentPathFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccompanimentPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"datedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"modulePosition"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedByViewer"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawAssignmentEvidenceMutation, WithdrawAssignmentEvidenceMutationVariables>;
export const AccompanimentOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccompanimentOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regierungsbezirk"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kreisKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tookPartInKoko1"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasIntegrationCentre"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccompanimentStage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accompanimentOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regierungsbezirk"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regierungsbezirk"}}},{"kind":"Argument","name":{"kind":"Name","value":"kreisKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kreisKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"tookPartInKoko1"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tookPartInKoko1"}}},{"kind":"Argument","name":{"kind":"Name","value":"hasIntegrationCentre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasIntegrationCentre"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kommunen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"regierungsbezirk"}},{"kind":"Field","name":{"kind":"Name","value":"kreisKey"}},{"kind":"Field","name":{"kind":"Name","value":"kreisName"}},{"kind":"Field","name":{"kind":"Name","value":"hasIntegrationCentre"}},{"kind":"Field","name":{"kind":"Name","value":"tookPartInKoko1"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneCount"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangeAt"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccompanimentOverviewQuery, AccompanimentOverviewQueryVariables>;
export const AccompanimentOverviewCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccompanimentOverviewCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regierungsbezirk"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kreisKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tookPartInKoko1"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasIntegrationCentre"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccompanimentStage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accompanimentOverviewCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regierungsbezirk"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regierungsbezirk"}}},{"kind":"Argument","name":{"kind":"Name","value":"kreisKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kreisKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"tookPartInKoko1"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tookPartInKoko1"}}},{"kind":"Argument","name":{"kind":"Name","value":"hasIntegrationCentre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasIntegrationCentre"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<AccompanimentOverviewCsvQuery, AccompanimentOverviewCsvQueryVariables>;
export const AccompanimentModulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccompanimentModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<AccompanimentModulesQuery, AccompanimentModulesQueryVariables>;
export const SetKommuneAdvisorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetKommuneAdvisors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetKommuneAdvisorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setKommuneAdvisors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccompanimentPathFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccompanimentPathFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccompanimentPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"datedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"modulePosition"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedByViewer"}}]}}]}}]}}]} as unknown as DocumentNode<SetKommuneAdvisorsMutation, SetKommuneAdvisorsMutationVariables>;
export const KommunePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KommunePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kommunePage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"kreisName"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regierungsbezirk"}},{"kind":"Field","name":{"kind":"Name","value":"hasIntegrationCentre"}},{"kind":"Field","name":{"kind":"Name","value":"tookPartInKoko1"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccompanimentPathFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobRole"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cohortName"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedModules"}},{"kind":"Field","name":{"kind":"Name","value":"overallPercent"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortFormats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortFormatId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counsellingRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"minGroup"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"kommuneMean"}},{"kind":"Field","name":{"kind":"Name","value":"overallMean"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"jobRole"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccompanimentPathFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccompanimentPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"datedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"modulePosition"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedByViewer"}}]}}]}}]}}]} as unknown as DocumentNode<KommunePageQuery, KommunePageQueryVariables>;
export const GradingAttemptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradingAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptForGrading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedByName"}},{"kind":"Field","name":{"kind":"Name","value":"claimedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNo"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortName"}},{"kind":"Field","name":{"kind":"Name","value":"cohortRevisionDays"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentBrief"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradingFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradingFeedbackFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradingFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradingRubricCriterionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlierAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNo"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graderName"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"levelId"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradingFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradingFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graderName"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"levelId"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradingRubricCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RubricCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPoints"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"descriptor"}}]}}]}}]} as unknown as DocumentNode<GradingAttemptQuery, GradingAttemptQueryVariables>;
export const GradingClaimAttemptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GradingClaimAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimAttemptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradingClaimFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradingClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedByName"}},{"kind":"Field","name":{"kind":"Name","value":"claimedByMe"}}]}}]} as unknown as DocumentNode<GradingClaimAttemptMutation, GradingClaimAttemptMutationVariables>;
export const GradingSaveFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GradingSaveFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradingClaimFields"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradingFeedbackFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradingClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedByName"}},{"kind":"Field","name":{"kind":"Name","value":"claimedByMe"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradingFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graderName"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"levelId"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]} as unknown as DocumentNode<GradingSaveFeedbackMutation, GradingSaveFeedbackMutationVariables>;
export const GradingDeleteFeedbackFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GradingDeleteFeedbackFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFeedbackFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<GradingDeleteFeedbackFileMutation, GradingDeleteFeedbackFileMutationVariables>;
export const GradingGrantExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GradingGrantExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}}]}}]}}]} as unknown as DocumentNode<GradingGrantExtensionMutation, GradingGrantExtensionMutationVariables>;
export const GradingQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradingQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"late"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradingQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"late"},"value":{"kind":"Variable","name":{"kind":"Name","value":"late"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"revisionRequested"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNo"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortName"}},{"kind":"Field","name":{"kind":"Name","value":"claimedByName"}},{"kind":"Field","name":{"kind":"Name","value":"claimedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GradingQueueQuery, GradingQueueQueryVariables>;
export const GradingFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradingFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<GradingFilterOptionsQuery, GradingFilterOptionsQueryVariables>;
export const GradingSetSubmissionMailModeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GradingSetSubmissionMailMode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"digest"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSubmissionMailMode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"digest"},"value":{"kind":"Variable","name":{"kind":"Name","value":"digest"}}}]}]}}]} as unknown as DocumentNode<GradingSetSubmissionMailModeMutation, GradingSetSubmissionMailModeMutationVariables>;
export const GradingSubmissionMailModeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradingSubmissionMailMode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submissionMailDigest"}}]}}]}}]} as unknown as DocumentNode<GradingSubmissionMailModeQuery, GradingSubmissionMailModeQueryVariables>;
export const GradingOverdueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradingOverdue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"participantName"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortName"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"modulePosition"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentState"}}]}}]}}]} as unknown as DocumentNode<GradingOverdueQuery, GradingOverdueQueryVariables>;
export const GradingRubricEditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradingRubricEditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<GradingRubricEditorQuery, GradingRubricEditorQueryVariables>;
export const GradingRubricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradingRubric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rubric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradingRubricCriterionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradingRubricCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RubricCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPoints"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"descriptor"}}]}}]}}]} as unknown as DocumentNode<GradingRubricQuery, GradingRubricQueryVariables>;
export const GradingSetRubricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GradingSetRubric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRubricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRubric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradingRubricCriterionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradingRubricCriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RubricCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPoints"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"descriptor"}}]}}]}}]} as unknown as DocumentNode<GradingSetRubricMutation, GradingSetRubricMutationVariables>;
export const AssignmentOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enrolmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"modulePosition"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"cutoffAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentAttemptFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentAttemptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNo"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"draftSavedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graderName"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFileFields"}}]}}]}}]} as unknown as DocumentNode<AssignmentOverviewQuery, AssignmentOverviewQueryVariables>;
export const AssignmentProgrammeModulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentProgrammeModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AssignmentProgrammeModulesQuery, AssignmentProgrammeModulesQueryVariables>;
export const AssignmentRubricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentRubric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rubric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"descriptor"}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentRubricQuery, AssignmentRubricQueryVariables>;
export const AssignmentSaveDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignmentSaveDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAssignmentDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentAttemptFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentAttemptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNo"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"draftSavedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graderName"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFileFields"}}]}}]}}]} as unknown as DocumentNode<AssignmentSaveDraftMutation, AssignmentSaveDraftMutationVariables>;
export const AssignmentSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignmentSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAttemptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentAttemptFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentAttemptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNo"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"draftSavedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graderName"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"criterionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFileFields"}}]}}]}}]} as unknown as DocumentNode<AssignmentSubmitMutation, AssignmentSubmitMutationVariables>;
export const AssignmentDeleteFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignmentDeleteFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAttemptFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}]}]}}]} as unknown as DocumentNode<AssignmentDeleteFileMutation, AssignmentDeleteFileMutationVariables>;
export const CatalogueCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueCohorts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueCohortSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueCohortSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]} as unknown as DocumentNode<CatalogueCohortsQuery, CatalogueCohortsQueryVariables>;
export const CatalogueCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueCohortDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueCohortSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleDe"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueCohortDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueCohortSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"nameDe"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionDe"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"revisionDays"}},{"kind":"Field","name":{"kind":"Name","value":"trainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minAttendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueSessionFields"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueCohortQuery, CatalogueCohortQueryVariables>;
export const CatalogueTrainersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueTrainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"TRAINER"}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<CatalogueTrainersQuery, CatalogueTrainersQueryVariables>;
export const CreateCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueCohortSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueCohortSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]} as unknown as DocumentNode<CreateCohortMutation, CreateCohortMutationVariables>;
export const UpdateCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueCohortDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueCohortSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleDe"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueCohortDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueCohortSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"nameDe"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionDe"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"revisionDays"}},{"kind":"Field","name":{"kind":"Name","value":"trainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minAttendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueSessionFields"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCohortMutation, UpdateCohortMutationVariables>;
export const UpdateCohortModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCohortModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCohortModuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCohortModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minAttendancePercent"}}]}}]}}]} as unknown as DocumentNode<UpdateCohortModuleMutation, UpdateCohortModuleMutationVariables>;
export const AddSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleDe"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]} as unknown as DocumentNode<AddSessionMutation, AddSessionMutationVariables>;
export const UpdateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleDe"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]} as unknown as DocumentNode<UpdateSessionMutation, UpdateSessionMutationVariables>;
export const DeleteSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSessionMutation, DeleteSessionMutationVariables>;
export const CatalogueMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueMunicipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regierungsbezirk"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"regierungsbezirk"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regierungsbezirk"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueMunicipalityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueMunicipalityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kreisKey"}},{"kind":"Field","name":{"kind":"Name","value":"regierungsbezirk"}},{"kind":"Field","name":{"kind":"Name","value":"hasIntegrationCentre"}},{"kind":"Field","name":{"kind":"Name","value":"tookPartInKoko1"}}]}}]} as unknown as DocumentNode<CatalogueMunicipalitiesQuery, CatalogueMunicipalitiesQueryVariables>;
export const UpdateMunicipalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMunicipality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMunicipalityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMunicipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueMunicipalityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueMunicipalityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kreisKey"}},{"kind":"Field","name":{"kind":"Name","value":"regierungsbezirk"}},{"kind":"Field","name":{"kind":"Name","value":"hasIntegrationCentre"}},{"kind":"Field","name":{"kind":"Name","value":"tookPartInKoko1"}}]}}]} as unknown as DocumentNode<UpdateMunicipalityMutation, UpdateMunicipalityMutationVariables>;
export const CreateMunicipalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMunicipality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMunicipalityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMunicipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueMunicipalityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueMunicipalityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kreisKey"}},{"kind":"Field","name":{"kind":"Name","value":"regierungsbezirk"}},{"kind":"Field","name":{"kind":"Name","value":"hasIntegrationCentre"}},{"kind":"Field","name":{"kind":"Name","value":"tookPartInKoko1"}}]}}]} as unknown as DocumentNode<CreateMunicipalityMutation, CreateMunicipalityMutationVariables>;
export const ImportMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportMunicipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportMunicipalitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMunicipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportMunicipalitiesMutation, ImportMunicipalitiesMutationVariables>;
export const CatalogueProgrammeModulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueProgrammeModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueProgrammeModuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueProgrammeModuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeModule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleDe"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"workloadHours"}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomesDe"}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomesEn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentBrief"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentBriefDe"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentBriefEn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CatalogueProgrammeModulesQuery, CatalogueProgrammeModulesQueryVariables>;
export const UpdateProgrammeModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgrammeModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgrammeModuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgrammeModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueProgrammeModuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueProgrammeModuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeModule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleDe"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"workloadHours"}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomesDe"}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomesEn"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentBrief"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentBriefDe"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentBriefEn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateProgrammeModuleMutation, UpdateProgrammeModuleMutationVariables>;
export const CertificateCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"autoIssueCertificates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohortCertificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"completedModules"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"revocationNote"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesId"}},{"kind":"Field","name":{"kind":"Name","value":"supersededById"}},{"kind":"Field","name":{"kind":"Name","value":"reissueReason"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedByName"}}]}}]} as unknown as DocumentNode<CertificateCohortQuery, CertificateCohortQueryVariables>;
export const CertificateBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificateBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}}]} as unknown as DocumentNode<CertificateBatchQuery, CertificateBatchQueryVariables>;
export const CertificateRetryBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificateRetryBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryCertificateBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}}]} as unknown as DocumentNode<CertificateRetryBatchMutation, CertificateRetryBatchMutationVariables>;
export const CertificateIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificateIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enrolmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"revocationNote"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesId"}},{"kind":"Field","name":{"kind":"Name","value":"supersededById"}},{"kind":"Field","name":{"kind":"Name","value":"reissueReason"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedByName"}}]}}]} as unknown as DocumentNode<CertificateIssueMutation, CertificateIssueMutationVariables>;
export const CertificateIssueManyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificateIssueMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCertificatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCertificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}}]} as unknown as DocumentNode<CertificateIssueManyMutation, CertificateIssueManyMutationVariables>;
export const CertificateRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificateRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"revocationNote"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesId"}},{"kind":"Field","name":{"kind":"Name","value":"supersededById"}},{"kind":"Field","name":{"kind":"Name","value":"reissueReason"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedByName"}}]}}]} as unknown as DocumentNode<CertificateRevokeMutation, CertificateRevokeMutationVariables>;
export const CertificateReissueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificateReissue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReissueCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reissueCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"revocationNote"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesId"}},{"kind":"Field","name":{"kind":"Name","value":"supersededById"}},{"kind":"Field","name":{"kind":"Name","value":"reissueReason"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedByName"}}]}}]} as unknown as DocumentNode<CertificateReissueMutation, CertificateReissueMutationVariables>;
export const CertificateSetAutoIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificateSetAutoIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCohortAutoIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}]}]}}]} as unknown as DocumentNode<CertificateSetAutoIssueMutation, CertificateSetAutoIssueMutationVariables>;
export const CertificateMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificateMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"credentialUrl"}},{"kind":"Field","name":{"kind":"Name","value":"linkedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"issueYear"}},{"kind":"Field","name":{"kind":"Name","value":"issueMonth"}},{"kind":"Field","name":{"kind":"Name","value":"certUrl"}},{"kind":"Field","name":{"kind":"Name","value":"certId"}},{"kind":"Field","name":{"kind":"Name","value":"addUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededById"}}]}}]}}]} as unknown as DocumentNode<CertificateMineQuery, CertificateMineQueryVariables>;
export const CertificateReissueWithCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificateReissueWithCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reissueCertificateWithCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certificateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CertificateReissueWithCredentialMutation, CertificateReissueWithCredentialMutationVariables>;
export const CertificateVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificateVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificatePublicFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificatePublicFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicCertificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"supersededByCode"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}}]}}]} as unknown as DocumentNode<CertificateVerifyQuery, CertificateVerifyQueryVariables>;
export const CertificateFindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificateFind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificatePublicFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificatePublicFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicCertificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"supersededByCode"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}}]}}]} as unknown as DocumentNode<CertificateFindQuery, CertificateFindQueryVariables>;
export const CertificateVerifyFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificateVerifyFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCertificateFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificatePublicFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificatePublicFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicCertificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"printedName"}},{"kind":"Field","name":{"kind":"Name","value":"programmeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"supersededByCode"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"eventTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}}]}}]} as unknown as DocumentNode<CertificateVerifyFileMutation, CertificateVerifyFileMutationVariables>;
export const CertificatesToIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificatesToIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificatesToIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CertificatesToIssueQuery, CertificatesToIssueQueryVariables>;
export const CertificateVerifyCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificateVerifyCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"signatureValid"}},{"kind":"Field","name":{"kind":"Name","value":"issuedHere"}},{"kind":"Field","name":{"kind":"Name","value":"issuerId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"outsideValidity"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"achievementName"}}]}}]}}]} as unknown as DocumentNode<CertificateVerifyCredentialMutation, CertificateVerifyCredentialMutationVariables>;
export const PublicPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContentPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContentPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContentPageVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]} as unknown as DocumentNode<PublicPageQuery, PublicPageQueryVariables>;
export const StartPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"start","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContentPageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmeModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContentPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContentPageVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]} as unknown as DocumentNode<StartPageQuery, StartPageQueryVariables>;
export const ContentPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContentPages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contentPages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"de"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContentPageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"en"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContentPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContentPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContentPageVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]} as unknown as DocumentNode<ContentPagesQuery, ContentPagesQueryVariables>;
export const ContentPageHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContentPageHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contentPageHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContentPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContentPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContentPageVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]} as unknown as DocumentNode<ContentPageHistoryQuery, ContentPageHistoryQueryVariables>;
export const SaveContentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveContentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveContentPageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveContentPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContentPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContentPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContentPageVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]} as unknown as DocumentNode<SaveContentPageMutation, SaveContentPageMutationVariables>;
export const ReportBarrierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportBarrier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportBarrierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportBarrier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ReportBarrierMutation, ReportBarrierMutationVariables>;
export const BarrierReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BarrierReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BarrierReportStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"barrierReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]}}]}}]} as unknown as DocumentNode<BarrierReportsQuery, BarrierReportsQueryVariables>;
export const SetBarrierReportStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBarrierReportStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBarrierReportStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBarrierReportStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]}}]} as unknown as DocumentNode<SetBarrierReportStatusMutation, SetBarrierReportStatusMutationVariables>;
export const MyCounsellingRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCounsellingRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCounsellingRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounsellingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounsellingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]} as unknown as DocumentNode<MyCounsellingRequestsQuery, MyCounsellingRequestsQueryVariables>;
export const CounsellingRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounsellingRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urgency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingUrgency"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"advisorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counsellingRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"urgency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urgency"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"advisorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"advisorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounsellingRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounsellingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]} as unknown as DocumentNode<CounsellingRequestsQuery, CounsellingRequestsQueryVariables>;
export const CounsellingRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounsellingRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counsellingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounsellingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounsellingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]} as unknown as DocumentNode<CounsellingRequestQuery, CounsellingRequestQueryVariables>;
export const CounsellingAdvisorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounsellingAdvisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counsellingAdvisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CounsellingAdvisorsQuery, CounsellingAdvisorsQueryVariables>;
export const CounsellingTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounsellingTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortFormatTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<CounsellingTopicsQuery, CounsellingTopicsQueryVariables>;
export const RequestCounsellingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCounselling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCounsellingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCounselling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounsellingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounsellingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]} as unknown as DocumentNode<RequestCounsellingMutation, RequestCounsellingMutationVariables>;
export const AssignCounsellingAdvisorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCounsellingAdvisors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCounsellingAdvisorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCounsellingAdvisors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounsellingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounsellingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]} as unknown as DocumentNode<AssignCounsellingAdvisorsMutation, AssignCounsellingAdvisorsMutationVariables>;
export const SetCounsellingStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCounsellingStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCounsellingStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCounsellingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounsellingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounsellingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"advisors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]} as unknown as DocumentNode<SetCounsellingStatusMutation, SetCounsellingStatusMutationVariables>;
export const CounsellingThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounsellingThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counsellingThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"fromRequester"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CounsellingThreadQuery, CounsellingThreadQueryVariables>;
export const PostCounsellingMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostCounsellingMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostCounsellingMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postCounsellingMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PostCounsellingMessageMutation, PostCounsellingMessageMutationVariables>;
export const CounsellingAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounsellingAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counsellingAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounsellingAppointmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounsellingAppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingAppointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CounsellingAppointmentsQuery, CounsellingAppointmentsQueryVariables>;
export const PlanCounsellingAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanCounsellingAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCounsellingAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCounsellingAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounsellingAppointmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounsellingAppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingAppointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<PlanCounsellingAppointmentMutation, PlanCounsellingAppointmentMutationVariables>;
export const ChangeCounsellingAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCounsellingAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCounsellingAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCounsellingAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounsellingAppointmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounsellingAppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingAppointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ChangeCounsellingAppointmentMutation, ChangeCounsellingAppointmentMutationVariables>;
export const CancelCounsellingAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCounsellingAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCounsellingAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounsellingAppointmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounsellingAppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingAppointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CancelCounsellingAppointmentMutation, CancelCounsellingAppointmentMutationVariables>;
export const EnrolmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Enrolments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolmentState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminEnrolmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminEnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"jobRole"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EnrolmentsQuery, EnrolmentsQueryVariables>;
export const EnrolmentCohortOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrolmentCohortOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<EnrolmentCohortOptionsQuery, EnrolmentCohortOptionsQueryVariables>;
export const EnrolmentsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrolmentsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolmentState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<EnrolmentsCsvQuery, EnrolmentsCsvQueryVariables>;
export const DecideEnrolmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideEnrolments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideEnrolmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideEnrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decided"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DecideEnrolmentsMutation, DecideEnrolmentsMutationVariables>;
export const OpenCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpenCohortFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmeModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleModuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpenCohortFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsOpenOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsCloseOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleModuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeModule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"workloadHours"}}]}}]} as unknown as DocumentNode<OpenCohortsQuery, OpenCohortsQueryVariables>;
export const EnrolmentMunicipalityOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrolmentMunicipalityOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<EnrolmentMunicipalityOptionsQuery, EnrolmentMunicipalityOptionsQueryVariables>;
export const ApplyToCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}}]}}]}}]} as unknown as DocumentNode<ApplyToCohortMutation, ApplyToCohortMutationVariables>;
export const ApplyWithoutAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyWithoutAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyWithoutAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyWithoutAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ApplyWithoutAccountMutation, ApplyWithoutAccountMutationVariables>;
export const MyEnrolmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEnrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]} as unknown as DocumentNode<MyEnrolmentsQuery, MyEnrolmentsQueryVariables>;
export const WithdrawEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMessage"}}]}}]}}]} as unknown as DocumentNode<WithdrawEnrolmentMutation, WithdrawEnrolmentMutationVariables>;
export const MyOpenSurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOpenSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOpenSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}}]}}]} as unknown as DocumentNode<MyOpenSurveysQuery, MyOpenSurveysQueryVariables>;
export const SurveyToAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyToAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyToAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyToAnswerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyToAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyToAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"asksForCode"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabel"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"highLabel"}},{"kind":"Field","name":{"kind":"Name","value":"highLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyToAnswerQuery, SurveyToAnswerQueryVariables>;
export const SurveyByLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyByLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyByLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyToAnswerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyToAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyToAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"asksForCode"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabel"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"highLabel"}},{"kind":"Field","name":{"kind":"Name","value":"highLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyByLinkQuery, SurveyByLinkQueryVariables>;
export const AnswerSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AnswerSurveyMutation, AnswerSurveyMutationVariables>;
export const EvaluationSurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"remindAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationsSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"contextNameEn"}}]}}]}}]} as unknown as DocumentNode<EvaluationSurveysQuery, EvaluationSurveysQueryVariables>;
export const SurveyContextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyContexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyContexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortFormats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyContextsQuery, SurveyContextsQueryVariables>;
export const CreateSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}}]}}]}}]} as unknown as DocumentNode<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const SurveyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grouping"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultGrouping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"grouping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grouping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"minGroup"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemResultFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"noAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"texts"}}]}}]} as unknown as DocumentNode<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const AnswerSurveyByLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerSurveyByLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerSurveyByLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AnswerSurveyByLinkMutation, AnswerSurveyByLinkMutationVariables>;
export const SendSurveyReminderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendSurveyReminder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendSurveyReminder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reminderSentAt"}}]}}]}}]} as unknown as DocumentNode<SendSurveyReminderMutation, SendSurveyReminderMutationVariables>;
export const SurveyRawExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyRawExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyRawExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"r"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codebook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportFileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<SurveyRawExportQuery, SurveyRawExportQueryVariables>;
export const PrePostMatchRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrePostMatchRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prePostMatchRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"preSurveyId"}},{"kind":"Field","name":{"kind":"Name","value":"preTitle"}},{"kind":"Field","name":{"kind":"Name","value":"preTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"postSurveyId"}},{"kind":"Field","name":{"kind":"Name","value":"postTitle"}},{"kind":"Field","name":{"kind":"Name","value":"postTitleEn"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"preWithCode"}},{"kind":"Field","name":{"kind":"Name","value":"postWithCode"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"matchRate"}}]}}]}}]} as unknown as DocumentNode<PrePostMatchRatesQuery, PrePostMatchRatesQueryVariables>;
export const PrePostExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrePostExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"preSurveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postSurveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prePostExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"preSurveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"preSurveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"postSurveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postSurveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"r"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportFileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<PrePostExportQuery, PrePostExportQueryVariables>;
export const QuestionnairesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Questionnaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionnaires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<QuestionnairesQuery, QuestionnairesQueryVariables>;
export const QuestionnaireVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuestionnaireVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionnaireVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionnaireVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabel"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"highLabel"}},{"kind":"Field","name":{"kind":"Name","value":"highLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuestionnaireVersionQuery, QuestionnaireVersionQueryVariables>;
export const CreateQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionnaireVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabel"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"highLabel"}},{"kind":"Field","name":{"kind":"Name","value":"highLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateQuestionnaireMutation, CreateQuestionnaireMutationVariables>;
export const SaveQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"questionnaireId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"questionnaireId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"questionnaireId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionnaireVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabel"}},{"kind":"Field","name":{"kind":"Name","value":"lowLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"highLabel"}},{"kind":"Field","name":{"kind":"Name","value":"highLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowNoAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveQuestionnaireMutation, SaveQuestionnaireMutationVariables>;
export const ShortFormatTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortFormatTopics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortFormatTopics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<ShortFormatTopicsQuery, ShortFormatTopicsQueryVariables>;
export const ShortFormatCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortFormatCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topicId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormatFormat"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortFormatCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topicId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topicId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<ShortFormatCalendarQuery, ShortFormatCalendarQueryVariables>;
export const ShortFormatDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortFormatDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortFormat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatCard"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationNote"}},{"kind":"Field","name":{"kind":"Name","value":"icalUrl"}}]}}]} as unknown as DocumentNode<ShortFormatDetailQuery, ShortFormatDetailQueryVariables>;
export const ShortFormatAdminDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortFormatAdminDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortFormat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatAdmin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatAdmin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationNote"}},{"kind":"Field","name":{"kind":"Name","value":"icalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}}]}}]}}]} as unknown as DocumentNode<ShortFormatAdminDetailQuery, ShortFormatAdminDetailQueryVariables>;
export const AdminShortFormatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminShortFormats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormatState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminShortFormats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatAdmin"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatAdmin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationNote"}},{"kind":"Field","name":{"kind":"Name","value":"icalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}}]}}]}}]} as unknown as DocumentNode<AdminShortFormatsQuery, AdminShortFormatsQueryVariables>;
export const ShortFormatRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortFormatRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shortFormatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortFormatRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shortFormatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shortFormatId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganiserRegistration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganiserRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInVia"}}]}}]} as unknown as DocumentNode<ShortFormatRegistrationsQuery, ShortFormatRegistrationsQueryVariables>;
export const CreateShortFormatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateShortFormat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShortFormat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatAdmin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatAdmin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationNote"}},{"kind":"Field","name":{"kind":"Name","value":"icalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}}]}}]}}]} as unknown as DocumentNode<CreateShortFormatMutation, CreateShortFormatMutationVariables>;
export const UpdateShortFormatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateShortFormat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateShortFormatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateShortFormat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatAdmin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatAdmin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationNote"}},{"kind":"Field","name":{"kind":"Name","value":"icalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}}]}}]}}]} as unknown as DocumentNode<UpdateShortFormatMutation, UpdateShortFormatMutationVariables>;
export const PublishShortFormatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishShortFormat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishShortFormat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatAdmin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatAdmin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationNote"}},{"kind":"Field","name":{"kind":"Name","value":"icalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}}]}}]}}]} as unknown as DocumentNode<PublishShortFormatMutation, PublishShortFormatMutationVariables>;
export const CancelShortFormatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelShortFormat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelShortFormatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelShortFormat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatAdmin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatAdmin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationNote"}},{"kind":"Field","name":{"kind":"Name","value":"icalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}}]}}]}}]} as unknown as DocumentNode<CancelShortFormatMutation, CancelShortFormatMutationVariables>;
export const MarkShortFormatHeldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkShortFormatHeld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markShortFormatHeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatAdmin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatAdmin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationNote"}},{"kind":"Field","name":{"kind":"Name","value":"icalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topicId"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}}]}}]}}]} as unknown as DocumentNode<MarkShortFormatHeldMutation, MarkShortFormatHeldMutationVariables>;
export const CreateShortFormatTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateShortFormatTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShortFormatTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateShortFormatTopicMutation, CreateShortFormatTopicMutationVariables>;
export const UpdateShortFormatTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateShortFormatTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateShortFormatTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateShortFormatTopicMutation, UpdateShortFormatTopicMutationVariables>;
export const RegisterForShortFormatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForShortFormat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForShortFormat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RegisterForShortFormatMutation, RegisterForShortFormatMutationVariables>;
export const ShortFormatRegistrationLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortFormatRegistrationLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortFormatRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confirmBy"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfCheckInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"checkInQrUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatCard"}}]}}]}}]} as unknown as DocumentNode<ShortFormatRegistrationLinkQuery, ShortFormatRegistrationLinkQueryVariables>;
export const ConfirmShortFormatRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmShortFormatRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmShortFormatRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confirmBy"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfCheckInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"checkInQrUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatCard"}}]}}]}}]} as unknown as DocumentNode<ConfirmShortFormatRegistrationMutation, ConfirmShortFormatRegistrationMutationVariables>;
export const CancelShortFormatRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelShortFormatRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelShortFormatRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confirmBy"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfCheckInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"checkInQrUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatCard"}}]}}]}}]} as unknown as DocumentNode<CancelShortFormatRegistrationMutation, CancelShortFormatRegistrationMutationVariables>;
export const AcceptShortFormatOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptShortFormatOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptShortFormatOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confirmBy"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfCheckInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"checkInQrUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatCard"}}]}}]}}]} as unknown as DocumentNode<AcceptShortFormatOfferMutation, AcceptShortFormatOfferMutationVariables>;
export const ResendShortFormatConfirmationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendShortFormatConfirmation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendConfirmationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendShortFormatConfirmation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResendShortFormatConfirmationMutation, ResendShortFormatConfirmationMutationVariables>;
export const MoveShortFormatWaitingEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveShortFormatWaitingEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveWaitingEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveShortFormatWaitingEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganiserRegistration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganiserRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInVia"}}]}}]} as unknown as DocumentNode<MoveShortFormatWaitingEntryMutation, MoveShortFormatWaitingEntryMutationVariables>;
export const CheckInShortFormatRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInShortFormatRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInShortFormatRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alreadyCheckedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganiserRegistration"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganiserRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInVia"}}]}}]} as unknown as DocumentNode<CheckInShortFormatRegistrationMutation, CheckInShortFormatRegistrationMutationVariables>;
export const UndoShortFormatCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoShortFormatCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UndoCheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoShortFormatCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganiserRegistration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganiserRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInVia"}}]}}]} as unknown as DocumentNode<UndoShortFormatCheckInMutation, UndoShortFormatCheckInMutationVariables>;
export const SelfCheckInShortFormatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfCheckInShortFormat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfCheckInShortFormat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confirmBy"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfCheckInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"checkInQrUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatCard"}}]}}]}}]} as unknown as DocumentNode<SelfCheckInShortFormatMutation, SelfCheckInShortFormatMutationVariables>;
export const ShortFormatParticipantsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortFormatParticipantsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shortFormatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortFormatParticipantsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shortFormatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shortFormatId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<ShortFormatParticipantsCsvQuery, ShortFormatParticipantsCsvQueryVariables>;
export const ShortFormatStatisticsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortFormatStatisticsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormatState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortFormatStatisticsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<ShortFormatStatisticsCsvQuery, ShortFormatStatisticsCsvQueryVariables>;
export const IssueShortFormatAttendanceConfirmationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueShortFormatAttendanceConfirmations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shortFormatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueShortFormatAttendanceConfirmations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shortFormatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shortFormatId"}}}]}]}}]} as unknown as DocumentNode<IssueShortFormatAttendanceConfirmationsMutation, IssueShortFormatAttendanceConfirmationsMutationVariables>;
export const MyShortFormatRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyShortFormatRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myShortFormatRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationLink"}},{"kind":"Field","name":{"kind":"Name","value":"linkPath"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confirmBy"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfCheckInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"checkInQrUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatCard"}}]}}]}}]} as unknown as DocumentNode<MyShortFormatRegistrationsQuery, MyShortFormatRegistrationsQueryVariables>;
export const LeaveMyShortFormatRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveMyShortFormatRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveMyShortFormatRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationLink"}},{"kind":"Field","name":{"kind":"Name","value":"linkPath"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShortFormatCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShortFormat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"confirmBy"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfCheckInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"checkInQrUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShortFormatCard"}}]}}]}}]} as unknown as DocumentNode<LeaveMyShortFormatRegistrationMutation, LeaveMyShortFormatRegistrationMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const ResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const SetUserRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SetUserRolesMutation, SetUserRolesMutationVariables>;
export const SetUserActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserActiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const AnonymiseUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnonymiseUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anonymiseUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AnonymiseUserMutation, AnonymiseUserMutationVariables>;
export const InvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InvitationQuery, InvitationQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateTitle"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const MyDataExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDataExports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDataExports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<MyDataExportsQuery, MyDataExportsQueryVariables>;
export const RequestDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDataExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDataExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<RequestDataExportMutation, RequestDataExportMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateTitle"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const DeleteMyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOwnAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUserFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devMail"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"uploadMaxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadMaxFiles"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateTitle"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateTitle"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const ProgressAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectUserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectUserId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectUserId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}}]} as unknown as DocumentNode<ProgressAuditTrailQuery, ProgressAuditTrailQueryVariables>;
export const ProgressAuditCohortOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressAuditCohortOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<ProgressAuditCohortOptionsQuery, ProgressAuditCohortOptionsQueryVariables>;
export const ProgressMyProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressMyProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"overallPercent"}},{"kind":"Field","name":{"kind":"Name","value":"completedModules"}},{"kind":"Field","name":{"kind":"Name","value":"certificateEligible"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressModuleFields"}},{"kind":"Field","name":{"kind":"Name","value":"nextSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressSessionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressModuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModuleProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"attendedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"excusedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"absentSessions"}},{"kind":"Field","name":{"kind":"Name","value":"unrecordedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceReachable"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAttendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceMet"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentState"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentMet"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"openConditions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}}]}}]} as unknown as DocumentNode<ProgressMyProgressQuery, ProgressMyProgressQueryVariables>;
export const ProgressMyCalendarUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressMyCalendarUrl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCalendarUrl"}}]}}]} as unknown as DocumentNode<ProgressMyCalendarUrlQuery, ProgressMyCalendarUrlQueryVariables>;
export const ProgressRenewCalendarUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgressRenewCalendarUrl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewCalendarUrl"}}]}}]} as unknown as DocumentNode<ProgressRenewCalendarUrlMutation, ProgressRenewCalendarUrlMutationVariables>;
export const ProgressTrainerCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressTrainerCohorts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressCohortHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"trainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressCohortHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]} as unknown as DocumentNode<ProgressTrainerCohortsQuery, ProgressTrainerCohortsQueryVariables>;
export const ProgressAttendanceSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressAttendanceSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressCohortHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"minAttendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"excuseWaived"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressCohortHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]} as unknown as DocumentNode<ProgressAttendanceSheetQuery, ProgressAttendanceSheetQueryVariables>;
export const ProgressRecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgressRecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"excuseWaived"}}]}}]}}]} as unknown as DocumentNode<ProgressRecordAttendanceMutation, ProgressRecordAttendanceMutationVariables>;
export const ProgressCohortProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressCohortProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressCohortHeaderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohortProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"overallPercent"}},{"kind":"Field","name":{"kind":"Name","value":"completedModules"}},{"kind":"Field","name":{"kind":"Name","value":"certificateEligible"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceMet"}},{"kind":"Field","name":{"kind":"Name","value":"unrecordedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentState"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"openConditions"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressCohortHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]} as unknown as DocumentNode<ProgressCohortProgressQuery, ProgressCohortProgressQueryVariables>;
export const ProgressCohortProgressCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressCohortProgressCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortProgressCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<ProgressCohortProgressCsvQuery, ProgressCohortProgressCsvQueryVariables>;
export const ProgressUpcomingSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressUpcomingSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgressUpcomingSessionsQuery, ProgressUpcomingSessionsQueryVariables>;