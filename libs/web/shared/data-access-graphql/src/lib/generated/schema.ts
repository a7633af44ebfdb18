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
  /** The public contact form: creates the account with an invitation and the request; always true so addresses cannot be probed. */
  requestCounsellingWithoutAccount: Scalars['Boolean']['output'];
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


export type MutationRequestCounsellingWithoutAccountArgs = {
  input: RequestCounsellingWithoutAccountInput;
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

/** A request through the public contact form: the account is created with it (an invitation), as for applications. */
export type RequestCounsellingWithoutAccountInput = {
  /** When the requester can be reached, in their words. */
  availability: Scalars['String']['input'];
  /** Agrees that the details are stored to handle the request and an account is created for it (required). */
  consent: Scalars['Boolean']['input'];
  description: Scalars['String']['input'];
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  format: CounsellingFormat;
  locale?: Locale;
  municipalityId: Scalars['ID']['input'];
  /** One of the conflict topics (shortFormatTopics). */
  topicId: Scalars['ID']['input'];
  urgency: CounsellingUrgency;
  /** Must stay empty: a field people never see, filled only by bots. */
  website?: InputMaybe<Scalars['String']['input']>;
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
