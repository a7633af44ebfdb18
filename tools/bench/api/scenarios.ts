/**
 * The operations the API benchmark drives, each as the GraphQL request the API gets; the baseline
 * handler of the same name (./baseline/) answers the same JSON for it.
 */
/** `participant` is in the 300-person cohort; the other two in the curve's cohorts of 5 and 1,000. */
export type BenchRole = 'anonymous' | 'participant' | 'participantOf5' | 'participantOf1000' | 'trainer' | 'admin';

export interface Scenario {
  name: string;
  label: string;
  role: BenchRole;
  query: string;
  variables: (f: ScenarioFixture) => Record<string, unknown>;
  /** Changes data: runs last in a round. */
  write?: boolean;
  /** No data at all: measures the fixed cost of a GraphQL request through the stack. */
  floor?: boolean;
  /** The baseline handler when it is another scenario's (the latency curve asks the same query of other cohorts). */
  baseline?: string;
  /** Fewer connections than the run's for an operation that takes seconds (an admin does not open 16 matrices of 1,000 at once). */
  connections?: number;
}

export interface ScenarioFixture {
  bigCohortId: string;
  smallCohortId: string;
  maxCohortId: string;
  enrolmentId: string;
  draftModuleId: string;
  verificationCode: string;
}

const DASHBOARD =
  '{ myProgress { enrolmentId completedModules overallPercent certificateEligible cohort { id name } modules { moduleId position status attendancePercent assignmentState assignmentDueAt assignmentOverdue } } }';
const MATRIX =
  'query($cohortId: ID!) { cohortProgress(cohortId: $cohortId) { enrolmentId completedModules overallPercent certificateEligible modules { moduleId status attendancePercent assignmentState } } }';

export const SCENARIOS: Scenario[] = [
  {
    name: 'typename',
    label: '`{ __typename }`, the floor of the stack (anonymous, no SQL)',
    role: 'anonymous',
    floor: true,
    query: '{ __typename }',
    variables: () => ({}),
  },
  {
    name: 'me',
    label: '`me` (participant)',
    role: 'participant',
    query: '{ me { id email displayName roles locale } }',
    variables: () => ({}),
  },
  {
    name: 'programmeModules',
    label: '`programmeModules` (anonymous)',
    role: 'anonymous',
    query: '{ programmeModules { id position title format workloadHours learningOutcomes } }',
    variables: () => ({}),
  },
  {
    name: 'openCohorts',
    label: '`openCohorts` (anonymous)',
    role: 'anonymous',
    query: '{ openCohorts { id name startsOn endsOn applicationsCloseOn capacity seatsTaken } }',
    variables: () => ({}),
  },
  {
    name: 'myProgress',
    label: '`myProgress` dashboard (participant)',
    role: 'participant',
    query: DASHBOARD,
    variables: () => ({}),
  },
  { name: 'myProgressOf5', label: 'curve: `myProgress`, cohort of 5', role: 'participantOf5', query: DASHBOARD, variables: () => ({}), baseline: 'myProgress' },
  { name: 'myProgressOf1000', label: 'curve: `myProgress`, cohort of 1,000', role: 'participantOf1000', query: DASHBOARD, variables: () => ({}), baseline: 'myProgress' },
  {
    name: 'gradingQueue',
    label: '`gradingQueue` first page (trainer)',
    role: 'trainer',
    query:
      'query($offset: Int!, $limit: Int!) { gradingQueue(offset: $offset, limit: $limit) { total offset limit counts { submitted passed revisionRequested failed } items { id attemptNo state late submittedAt cohortId cohortName claimedByName claimedByMe participant { id displayName email } module { id position title } } } }',
    variables: () => ({ offset: 0, limit: 20 }),
  },
  {
    name: 'cohortProgress',
    label: '`cohortProgress` matrix, 300 people (admin)',
    role: 'admin',
    query: MATRIX,
    variables: (f) => ({ cohortId: f.bigCohortId }),
  },
  { name: 'cohortProgressOf5', label: 'curve: `cohortProgress`, 5 people', role: 'admin', query: MATRIX, variables: (f) => ({ cohortId: f.smallCohortId }), baseline: 'cohortProgress' },
  {
    name: 'cohortProgressOf1000',
    label: 'curve: `cohortProgress`, 1,000 people (4 connections)',
    role: 'admin',
    query: MATRIX,
    variables: (f) => ({ cohortId: f.maxCohortId }),
    baseline: 'cohortProgress',
    connections: 4,
  },
  {
    name: 'verifyCertificate',
    label: '`verifyCertificate` (anonymous)',
    role: 'anonymous',
    query:
      'query($code: String!) { verifyCertificate(code: $code) { kind state number printedName programmeTitle issuedOn revokedOn revocationReason supersededByCode verificationCode } }',
    variables: (f) => ({ code: f.verificationCode }),
  },
  {
    name: 'saveAssignmentDraft',
    label: '`saveAssignmentDraft` write (participant)',
    role: 'participant',
    write: true,
    query: 'mutation($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id state version draftSavedAt } }',
    variables: (f) => ({
      input: { enrolmentId: f.enrolmentId, moduleId: f.draftModuleId, body: 'Mein Transferprojekt: Beobachtung, Intervention, Reflexion. '.repeat(30) },
    }),
  },
];
