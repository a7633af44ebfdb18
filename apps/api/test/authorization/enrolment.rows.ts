import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { MOTIVATION, unknownEmail, Row } from './matrix';

/** Enrolment: applications, admission decisions, lists. */
export const ENROLMENT_ROWS: Row[] = [
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
];
