import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { Row } from './matrix';

const EDITORS = [Role.PARTICIPANT, Role.ADVISOR, Role.ADMIN];
const STAFF = [Role.ADMIN, Role.ADVISOR];

/** Accompaniment: a Kommune's path for its participants, its advisors and admins; the overview for staff. */
export const ACCOMPANIMENT_ROWS: Row[] = [
  {
    operation: 'kommunePath',
    kind: 'query',
    document: `query($id: ID!) { kommunePath(municipalityId: $id) { municipalityId } }`,
    variables: () => ({ id: randomUUID() }),
    audience: EDITORS,
    allowedOutcome: 'ACCOMPANIMENT_NOT_FOUND',
  },
  { operation: 'myKommunePaths', kind: 'query', document: `{ myKommunePaths { municipalityId } }`, audience: [Role.PARTICIPANT], allowedOutcome: 'data' },
  {
    operation: 'kommunePage',
    kind: 'query',
    document: `query($id: ID!) { kommunePage(municipalityId: $id) { municipalityId } }`,
    variables: () => ({ id: randomUUID() }),
    audience: STAFF,
    allowedOutcome: 'MUNICIPALITY_NOT_FOUND',
  },
  { operation: 'accompanimentOverview', kind: 'query', document: `{ accompanimentOverview { stageCounts { stage count } } }`, audience: STAFF, allowedOutcome: 'data' },
  { operation: 'accompanimentOverviewCsv', kind: 'query', document: `{ accompanimentOverviewCsv { filename } }`, audience: STAFF, allowedOutcome: 'data' },
  {
    operation: 'startAccompaniment',
    kind: 'mutation',
    document: `mutation($id: ID!) { startAccompaniment(municipalityId: $id) { municipalityId } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'MUNICIPALITY_NOT_FOUND',
  },
  {
    operation: 'setKommuneAdvisors',
    kind: 'mutation',
    document: `mutation($input: SetKommuneAdvisorsInput!) { setKommuneAdvisors(input: $input) { municipalityId } }`,
    variables: () => ({ input: { municipalityId: randomUUID(), advisorIds: [] } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'ACCOMPANIMENT_NOT_FOUND',
  },
  {
    operation: 'addMilestone',
    kind: 'mutation',
    document: `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { municipalityId } }`,
    variables: () => ({ input: { municipalityId: randomUUID(), title: 'Fortbildung der Leitungsebene' } }),
    audience: EDITORS,
    allowedOutcome: 'ACCOMPANIMENT_NOT_FOUND',
  },
  {
    operation: 'updateMilestone',
    kind: 'mutation',
    document: `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { municipalityId } }`,
    variables: () => ({ input: { milestoneId: randomUUID(), title: 'Krisenplan', status: 'IN_PROGRESS' } }),
    audience: EDITORS,
    allowedOutcome: 'MILESTONE_NOT_FOUND',
  },
  {
    operation: 'removeMilestone',
    kind: 'mutation',
    document: `mutation($id: ID!) { removeMilestone(milestoneId: $id) { municipalityId } }`,
    variables: () => ({ id: randomUUID() }),
    audience: EDITORS,
    allowedOutcome: 'MILESTONE_NOT_FOUND',
  },
  {
    operation: 'shareAssignmentEvidence',
    kind: 'mutation',
    document: `mutation($input: ShareAssignmentEvidenceInput!) { shareAssignmentEvidence(input: $input) { municipalityId } }`,
    variables: () => ({ input: { milestoneId: randomUUID(), moduleId: randomUUID() } }),
    audience: [Role.PARTICIPANT],
    allowedOutcome: 'MILESTONE_NOT_FOUND',
  },
  {
    operation: 'withdrawAssignmentEvidence',
    kind: 'mutation',
    document: `mutation($id: ID!) { withdrawAssignmentEvidence(milestoneId: $id) { municipalityId } }`,
    variables: () => ({ id: randomUUID() }),
    audience: EDITORS,
    allowedOutcome: 'MILESTONE_NOT_FOUND',
  },
];
