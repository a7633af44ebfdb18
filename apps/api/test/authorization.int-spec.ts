import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createUser, GraphQLClient, TestApp } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp } from './support/app';

/**
 * THE authorization matrix: one row per Query and Mutation field of the running schema. A new
 * operation without a row fails this test, so nobody ships an operation without deciding who may
 * call it. Keep docs/authorization.md in step (checked below).
 */
type Audience = 'anonymous' | 'signed-in' | Role[];
type Caller = 'anonymous' | Role;

interface Row {
  operation: string;
  kind: 'query' | 'mutation';
  document: string;
  variables?: () => Record<string, unknown>;
  audience: Audience;
  /** What an allowed caller gets: data for the field, null for it (a nullable field with nothing yet), or this domain error code. */
  allowedOutcome: 'data' | 'null' | string;
}

const unknownEmail = () => `niemand.${randomUUID()}@example.org`;
const unknownToken = () => `unbekannt-${randomUUID()}`;
const MOTIVATION = 'Wir wollen Konflikte in unserer Kommune früher erkennen.';
const cohortDates = { startsOn: '2031-01-10', endsOn: '2031-06-30', applicationsOpenOn: '2030-10-01', applicationsCloseOn: '2030-12-01' };
const sessionTimes = { startsAt: '2031-02-01T09:00:00.000Z', endsAt: '2031-02-01T15:00:00.000Z' };

const MATRIX: Row[] = [
  // Queries
  { operation: 'appInfo', kind: 'query', document: `{ appInfo { version defaultLocale devMail } }`, audience: 'anonymous', allowedOutcome: 'data' },
  { operation: 'me', kind: 'query', document: `{ me { id } }`, audience: 'anonymous', allowedOutcome: 'data' },
  {
    operation: 'invitation',
    kind: 'query',
    document: `query($t: String!) { invitation(token: $t) { email } }`,
    variables: () => ({ t: unknownToken() }),
    audience: 'anonymous',
    allowedOutcome: 'TOKEN_INVALID',
  },
  {
    operation: 'users',
    kind: 'query',
    document: `query { users(limit: 5) { total items { id } } }`,
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
  // Mutations
  {
    operation: 'signIn',
    kind: 'mutation',
    document: `mutation($input: SignInInput!) { signIn(input: $input) { id } }`,
    variables: () => ({ input: { email: unknownEmail(), password: 'Falsches-Passwort-99' } }),
    audience: 'anonymous',
    allowedOutcome: 'INVALID_CREDENTIALS',
  },
  { operation: 'signOut', kind: 'mutation', document: `mutation { signOut }`, audience: 'signed-in', allowedOutcome: 'data' },
  { operation: 'signOutEverywhere', kind: 'mutation', document: `mutation { signOutEverywhere }`, audience: 'signed-in', allowedOutcome: 'data' },
  {
    operation: 'requestPasswordReset',
    kind: 'mutation',
    document: `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`,
    variables: () => ({ input: { email: unknownEmail() } }),
    audience: 'anonymous',
    allowedOutcome: 'data',
  },
  {
    operation: 'resetPassword',
    kind: 'mutation',
    document: `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`,
    variables: () => ({ input: { token: unknownToken(), password: 'Ein-gutes-neues-Passwort-1' } }),
    audience: 'anonymous',
    allowedOutcome: 'TOKEN_INVALID',
  },
  {
    operation: 'acceptInvitation',
    kind: 'mutation',
    document: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`,
    variables: () => ({ input: { token: unknownToken(), displayName: 'Eva Neu', certificateName: '', password: 'Ein-gutes-neues-Passwort-1' } }),
    audience: 'anonymous',
    allowedOutcome: 'TOKEN_INVALID',
  },
  {
    operation: 'updateProfile',
    kind: 'mutation',
    document: `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName } }`,
    variables: () => ({ input: { displayName: 'Geänderter Name', certificateName: 'Geänderter Name', locale: 'DE' } }),
    audience: 'signed-in',
    allowedOutcome: 'data',
  },
  {
    operation: 'changePassword',
    kind: 'mutation',
    document: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
    variables: () => ({ input: { currentPassword: 'Falsches-Passwort-99', newPassword: 'Ein-gutes-neues-Passwort-1' } }),
    audience: 'signed-in',
    allowedOutcome: 'WRONG_CURRENT_PASSWORD',
  },
  {
    operation: 'inviteUser',
    kind: 'mutation',
    document: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
    variables: () => ({ input: { email: unknownEmail(), roles: ['PARTICIPANT'] } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
  {
    operation: 'resendInvitation',
    kind: 'mutation',
    document: `mutation($id: ID!) { resendInvitation(userId: $id) }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'USER_NOT_FOUND',
  },
  {
    operation: 'setUserRoles',
    kind: 'mutation',
    document: `mutation($input: SetUserRolesInput!) { setUserRoles(input: $input) { id } }`,
    variables: () => ({ input: { userId: randomUUID(), roles: ['TRAINER'] } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'USER_NOT_FOUND',
  },
  {
    operation: 'setUserActive',
    kind: 'mutation',
    document: `mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id } }`,
    variables: () => ({ input: { userId: randomUUID(), active: false } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'USER_NOT_FOUND',
  },
  // Catalogue
  {
    operation: 'municipalities',
    kind: 'query',
    document: `query { municipalities(limit: 5) { total items { key } } }`,
    audience: 'anonymous',
    allowedOutcome: 'data',
  },
  {
    operation: 'importMunicipalities',
    kind: 'mutation',
    document: `mutation($input: ImportMunicipalitiesInput!) { importMunicipalities(input: $input) { ok } }`,
    variables: () => ({ input: { fileBase64: Buffer.from('key;name\n').toString('base64') } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
  {
    operation: 'updateMunicipality',
    kind: 'mutation',
    document: `mutation($input: UpdateMunicipalityInput!) { updateMunicipality(input: $input) { id } }`,
    variables: () => ({ input: { id: randomUUID(), name: 'Kleve', hasIntegrationCentre: true, tookPartInKoko1: false } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'MUNICIPALITY_NOT_FOUND',
  },
  {
    operation: 'createMunicipality',
    kind: 'mutation',
    document: `mutation($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id } }`,
    variables: () => ({
      input: { key: '05999', name: 'Kreis Matrix', kind: 'KREIS', kreisKey: null, regierungsbezirk: 'Köln', hasIntegrationCentre: false, tookPartInKoko1: false },
    }),
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
  // Programme and cohorts
  {
    operation: 'programmeModules',
    kind: 'query',
    document: `{ programmeModules { id position } }`,
    audience: 'anonymous',
    allowedOutcome: 'data',
  },
  {
    operation: 'updateProgrammeModule',
    kind: 'mutation',
    document: `mutation($input: UpdateProgrammeModuleInput!) { updateProgrammeModule(input: $input) { id } }`,
    variables: () => ({ input: { position: 6, title: 'Ein sechstes Modul', learningOutcomes: '', workloadHours: 8, format: 'ONLINE', assignmentBrief: '' } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'MODULE_POSITION_INVALID',
  },
  {
    operation: 'cohorts',
    kind: 'query',
    document: `query { cohorts(limit: 5) { total items { id } } }`,
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'data',
  },
  {
    operation: 'cohort',
    kind: 'query',
    document: `query($id: ID!) { cohort(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'openCohorts',
    kind: 'query',
    document: `{ openCohorts { id sessions { onlineUrl } } }`,
    audience: 'anonymous',
    allowedOutcome: 'data',
  },
  {
    operation: 'createCohort',
    kind: 'mutation',
    document: `mutation($input: CohortInput!) { createCohort(input: $input) { id } }`,
    variables: () => ({ input: { ...cohortDates, name: `Matrix ${randomUUID()}`, capacity: 20 } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
  {
    operation: 'updateCohort',
    kind: 'mutation',
    document: `mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { id } }`,
    variables: () => ({ input: { ...cohortDates, id: randomUUID(), name: 'Matrix', capacity: 20 } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'updateCohortModule',
    kind: 'mutation',
    document: `mutation($input: UpdateCohortModuleInput!) { updateCohortModule(input: $input) { cohortId } }`,
    variables: () => ({ input: { cohortId: randomUUID(), moduleId: randomUUID(), assignmentDueAt: null, minAttendancePercent: 80 } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'MODULE_NOT_FOUND',
  },
  {
    operation: 'addSession',
    kind: 'mutation',
    document: `mutation($input: SessionInput!) { addSession(input: $input) { id } }`,
    variables: () => ({ input: { ...sessionTimes, cohortId: randomUUID(), moduleId: randomUUID(), location: 'Kleve' } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'updateSession',
    kind: 'mutation',
    document: `mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id } }`,
    variables: () => ({ input: { ...sessionTimes, id: randomUUID(), cohortId: randomUUID(), moduleId: randomUUID(), location: 'Kleve' } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'SESSION_NOT_FOUND',
  },
  {
    operation: 'deleteSession',
    kind: 'mutation',
    document: `mutation($id: ID!) { deleteSession(id: $id) }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'SESSION_NOT_FOUND',
  },
  // Applications and enrolment
  {
    operation: 'applyToCohort',
    kind: 'mutation',
    document: `mutation($input: ApplyInput!) { applyToCohort(input: $input) { id } }`,
    variables: () => ({ input: { cohortId: randomUUID(), municipalityId: randomUUID(), jobRole: 'Sachbearbeitung', motivation: MOTIVATION } }),
    audience: [Role.PARTICIPANT],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'applyWithoutAccount',
    kind: 'mutation',
    document: `mutation($input: ApplyWithoutAccountInput!) { applyWithoutAccount(input: $input) }`,
    variables: () => ({
      input: { cohortId: randomUUID(), municipalityId: randomUUID(), jobRole: 'Sachbearbeitung', motivation: MOTIVATION, email: unknownEmail(), displayName: 'Nora Neu' },
    }),
    audience: 'anonymous',
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'myEnrolments',
    kind: 'query',
    document: `{ myEnrolments { id } }`,
    audience: 'signed-in',
    allowedOutcome: 'data',
  },
  {
    operation: 'decideEnrolments',
    kind: 'mutation',
    document: `mutation($input: DecideEnrolmentsInput!) { decideEnrolments(input: $input) { decided { id } failed { code } } }`,
    variables: () => ({ input: { enrolmentIds: [randomUUID()], decision: 'ADMIT' } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
  {
    operation: 'withdrawEnrolment',
    kind: 'mutation',
    document: `mutation($input: WithdrawInput!) { withdrawEnrolment(input: $input) { id } }`,
    variables: () => ({ input: { enrolmentId: randomUUID() } }),
    audience: 'signed-in',
    allowedOutcome: 'ENROLMENT_NOT_FOUND',
  },
  {
    operation: 'enrolments',
    kind: 'query',
    document: `query { enrolments(limit: 5) { total items { id } } }`,
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
  {
    operation: 'enrolmentsCsv',
    kind: 'query',
    document: `query { enrolmentsCsv { filename content } }`,
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
  // Attendance, progress, calendar, audit trail
  {
    operation: 'attendanceSheet',
    kind: 'query',
    document: `query($id: ID!) { attendanceSheet(cohortId: $id) { cohortId } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'recordAttendance',
    kind: 'mutation',
    document: `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { sessionId } }`,
    variables: () => ({ input: { cohortId: randomUUID(), entries: [{ sessionId: randomUUID(), enrolmentId: randomUUID(), status: 'PRESENT' }] } }),
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'myProgress',
    kind: 'query',
    document: `{ myProgress { enrolmentId } }`,
    audience: 'signed-in',
    allowedOutcome: 'data',
  },
  {
    operation: 'cohortProgress',
    kind: 'query',
    document: `query($id: ID!) { cohortProgress(cohortId: $id) { enrolmentId } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'cohortProgressCsv',
    kind: 'query',
    document: `query($id: ID!) { cohortProgressCsv(cohortId: $id) { filename } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'myCalendarUrl',
    kind: 'query',
    document: `{ myCalendarUrl }`,
    audience: 'signed-in',
    // A fresh account has not created its subscription URL yet.
    allowedOutcome: 'null',
  },
  {
    operation: 'renewCalendarUrl',
    kind: 'mutation',
    document: `mutation { renewCalendarUrl }`,
    audience: 'signed-in',
    allowedOutcome: 'data',
  },
  {
    operation: 'auditTrail',
    kind: 'query',
    document: `query($id: ID) { auditTrail(cohortId: $id, limit: 5) { total items { id } } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
  // Transfer assignments (issue 5)
  {
    operation: 'assignment',
    kind: 'query',
    document: `query($e: ID!, $m: ID!) { assignment(enrolmentId: $e, moduleId: $m) { enrolmentId } }`,
    variables: () => ({ e: randomUUID(), m: randomUUID() }),
    audience: [Role.PARTICIPANT],
    allowedOutcome: 'ENROLMENT_NOT_FOUND',
  },
  {
    operation: 'saveAssignmentDraft',
    kind: 'mutation',
    document: `mutation($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id } }`,
    variables: () => ({ input: { enrolmentId: randomUUID(), moduleId: randomUUID(), body: 'Text' } }),
    audience: [Role.PARTICIPANT],
    allowedOutcome: 'ENROLMENT_NOT_FOUND',
  },
  {
    operation: 'submitAssignment',
    kind: 'mutation',
    document: `mutation($input: SubmitAttemptInput!) { submitAssignment(input: $input) { id } }`,
    variables: () => ({ input: { attemptId: randomUUID(), confirmOwnWork: true } }),
    audience: [Role.PARTICIPANT],
    allowedOutcome: 'ATTEMPT_NOT_FOUND',
  },
  {
    operation: 'deleteAttemptFile',
    kind: 'mutation',
    document: `mutation($id: ID!) { deleteAttemptFile(fileId: $id) }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.PARTICIPANT],
    allowedOutcome: 'FILE_NOT_FOUND',
  },
  {
    operation: 'gradingQueue',
    kind: 'query',
    document: `{ gradingQueue(limit: 5) { total counts { submitted } items { id } } }`,
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'data',
  },
  {
    operation: 'attemptForGrading',
    kind: 'query',
    document: `query($id: ID!) { attemptForGrading(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'ATTEMPT_NOT_FOUND',
  },
  {
    operation: 'claimAttempt',
    kind: 'mutation',
    document: `mutation($input: ClaimAttemptInput!) { claimAttempt(input: $input) { id } }`,
    variables: () => ({ input: { attemptId: randomUUID() } }),
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'ATTEMPT_NOT_FOUND',
  },
  {
    operation: 'saveFeedback',
    kind: 'mutation',
    document: `mutation($input: SaveFeedbackInput!) { saveFeedback(input: $input) { id } }`,
    variables: () => ({ input: { attemptId: randomUUID(), version: 1, text: 'x', scores: [], release: false } }),
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'ATTEMPT_NOT_FOUND',
  },
  {
    operation: 'grantExtension',
    kind: 'mutation',
    document: `mutation($input: GrantExtensionInput!) { grantExtension(input: $input) { id } }`,
    variables: () => ({ input: { enrolmentId: randomUUID(), moduleId: randomUUID(), dueAt: '2031-01-01T10:00:00.000Z', reason: 'Krankheit' } }),
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'ENROLMENT_NOT_FOUND',
  },
  {
    operation: 'setSubmissionMailMode',
    kind: 'mutation',
    document: `mutation { setSubmissionMailMode(digest: true) }`,
    audience: [Role.TRAINER],
    allowedOutcome: 'data',
  },
  {
    operation: 'rubric',
    kind: 'query',
    document: `query($m: ID!) { rubric(moduleId: $m) { id } }`,
    variables: () => ({ m: randomUUID() }),
    audience: 'signed-in',
    allowedOutcome: 'data',
  },
  {
    operation: 'setRubric',
    kind: 'mutation',
    document: `mutation($input: SetRubricInput!) { setRubric(input: $input) { id } }`,
    variables: () => ({ input: { moduleId: randomUUID(), criteria: [{ title: 'Analyse', levels: [{ label: 'a', points: 0 }, { label: 'b', points: 1 }] }] } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'MODULE_NOT_FOUND',
  },
  // Certificates (issue 6)
  {
    operation: 'cohortCertificates',
    kind: 'query',
    document: `query($id: ID!) { cohortCertificates(cohortId: $id) { eligible } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'issueCertificate',
    kind: 'mutation',
    document: `mutation($id: ID!) { issueCertificate(enrolmentId: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'ENROLMENT_NOT_FOUND',
  },
  {
    operation: 'issueCertificates',
    kind: 'mutation',
    document: `mutation($input: IssueCertificatesInput!) { issueCertificates(input: $input) { id } }`,
    variables: () => ({ input: { cohortId: randomUUID(), enrolmentIds: [randomUUID()] } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'certificateBatch',
    kind: 'query',
    document: `query($id: ID!) { certificateBatch(id: $id) { id done } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'BATCH_NOT_FOUND',
  },
  {
    operation: 'revokeCertificate',
    kind: 'mutation',
    document: `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id } }`,
    variables: () => ({ input: { certificateId: randomUUID(), reason: 'ISSUED_IN_ERROR', note: null } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'CERTIFICATE_NOT_FOUND',
  },
  {
    operation: 'reissueCertificate',
    kind: 'mutation',
    document: `mutation($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { id } }`,
    variables: () => ({ input: { certificateId: randomUUID(), printedName: 'Eva Korrigiert', reason: 'Name korrigiert' } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'CERTIFICATE_NOT_FOUND',
  },
  {
    operation: 'setCohortAutoIssue',
    kind: 'mutation',
    document: `mutation($id: ID!) { setCohortAutoIssue(cohortId: $id, enabled: true) }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'myCertificates',
    kind: 'query',
    document: `{ myCertificates { id number } }`,
    audience: 'signed-in',
    allowedOutcome: 'data',
  },
  {
    operation: 'verifyCertificate',
    kind: 'query',
    document: `query($code: String!) { verifyCertificate(code: $code) { state } }`,
    // A well-formed code nobody was issued.
    variables: () => ({ code: randomBytes(32).toString('base64url') }),
    audience: 'anonymous',
    allowedOutcome: 'null',
  },
  {
    operation: 'findCertificate',
    kind: 'query',
    document: `query($input: FindCertificateInput!) { findCertificate(input: $input) { state } }`,
    variables: () => ({ input: { number: 'KOKO-2026-999999', surname: 'Niemand' } }),
    audience: 'anonymous',
    allowedOutcome: 'null',
  },
  {
    operation: 'verifyCertificateFile',
    kind: 'mutation',
    document: `mutation($input: VerifyFileInput!) { verifyCertificateFile(input: $input) { original } }`,
    // A PDF that was never issued here: { original: false }.
    variables: () => ({ input: { fileBase64: Buffer.from(`%PDF-1.4\n% ${randomUUID()}\n%%EOF\n`).toString('base64') } }),
    audience: 'anonymous',
    allowedOutcome: 'data',
  },
  {
    operation: 'anonymiseUser',
    kind: 'mutation',
    document: `mutation($id: ID!) { anonymiseUser(userId: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'USER_NOT_FOUND',
  },
];

const CALLERS: Caller[] = ['anonymous', Role.PARTICIPANT, Role.TRAINER, Role.ADMIN];

function audienceLabel(audience: Audience): string {
  if (audience === 'anonymous') return 'everyone (also anonymous)';
  if (audience === 'signed-in') return 'any signed-in user';
  return audience.map((r) => r.toUpperCase()).join(', ');
}

function isAllowed(audience: Audience, caller: Caller): boolean {
  if (audience === 'anonymous') return true;
  if (caller === 'anonymous') return false;
  if (audience === 'signed-in') return true;
  return audience.includes(caller);
}

describe('authorization matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('has exactly one row per Query and Mutation field of the running schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const inSchema = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `query ${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `mutation ${f}`),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map((f) => `subscription ${f}`),
    ].sort();
    const inMatrix = MATRIX.map((r) => `${r.kind} ${r.operation}`).sort();
    expect(new Set(inMatrix).size).toBe(inMatrix.length);
    expect({ missingRows: inSchema.filter((o) => !inMatrix.includes(o)) }).toEqual({ missingRows: [] });
    expect({ rowsWithoutOperation: inMatrix.filter((o) => !inSchema.includes(o)) }).toEqual({ rowsWithoutOperation: [] });
  });

  it('the introspected schema lists the same operations (what clients see)', async () => {
    const data = await t.client().ok<{ __schema: { queryType: { fields: Array<{ name: string }> }; mutationType: { fields: Array<{ name: string }> } } }>(
      `{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`,
    );
    expect(data.__schema.queryType.fields.map((f) => f.name).sort()).toEqual(MATRIX.filter((r) => r.kind === 'query').map((r) => r.operation).sort());
    expect(data.__schema.mutationType.fields.map((f) => f.name).sort()).toEqual(MATRIX.filter((r) => r.kind === 'mutation').map((r) => r.operation).sort());
  });

  it('docs/authorization.md shows the same table', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/authorization.md'), 'utf8');
    const documented = new Map<string, string>();
    for (const line of doc.split('\n')) {
      const m = /^\|\s*`(\w+)`\s*\(\s*(query|mutation)\s*\)\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
      if (m) documented.set(`${m[2]} ${m[1]}`, m[3]);
    }
    const expected = new Map(MATRIX.map((r) => [`${r.kind} ${r.operation}`, audienceLabel(r.audience)]));
    expect(Object.fromEntries([...documented].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });

  async function clientFor(caller: Caller): Promise<GraphQLClient> {
    const client = t.client('en');
    if (caller === 'anonymous') return client;
    const user = await createUser(t.db, { roles: [caller], locale: Locale.EN });
    await client.signIn(user.email, user.password);
    return client;
  }

  describe.each(MATRIX.map((r) => [r.operation, r] as const))('%s', (_name, row) => {
    it.each(CALLERS)(`caller %s`, async (caller) => {
      // A fresh client (and user) per call: signOut, changePassword … affect the caller's session.
      const client = await clientFor(caller);
      const res = await client.run<Record<string, unknown>>(row.document, row.variables?.() ?? {});
      expect(res.status).toBe(200);
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      if (isAllowed(row.audience, caller)) {
        expect(codes).not.toContain('UNAUTHENTICATED');
        expect(codes).not.toContain('FORBIDDEN');
        if (row.allowedOutcome === 'null') {
          expect(res.errors).toBeUndefined();
          expect(res.data).toHaveProperty(row.operation);
          expect(res.data?.[row.operation]).toBeNull();
        } else if (row.allowedOutcome === 'data') {
          expect(res.errors).toBeUndefined();
          expect(res.data).toHaveProperty(row.operation);
          if (row.operation !== 'me') expect(res.data?.[row.operation]).not.toBeNull();
          else expect(res.data?.['me'] === null).toBe(caller === 'anonymous');
        } else {
          expect(codes).toEqual([row.allowedOutcome]);
        }
      } else {
        expect(codes).toEqual([caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
        expect(res.errors?.[0].message).toBe(caller === 'anonymous' ? 'Please sign in.' : 'You are not allowed to do this.');
        expect(res.data?.[row.operation] ?? null).toBeNull();
      }
    });
  });
});
