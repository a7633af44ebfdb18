import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { Row } from './matrix';

/** Assessment: transfer assignments, grading, rubrics (issue 5). */
export const ASSESSMENT_ROWS: Row[] = [
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
];
