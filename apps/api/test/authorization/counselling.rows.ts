import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { Row } from './matrix';

const STAFF = [Role.ADMIN, Role.ADVISOR];

/** Counselling: participants ask, admins triage, advisors accompany the requests assigned to them. */
export const COUNSELLING_ROWS: Row[] = [
  {
    operation: 'requestCounsellingWithoutAccount',
    kind: 'mutation',
    document: `mutation($input: RequestCounsellingWithoutAccountInput!) { requestCounsellingWithoutAccount(input: $input) }`,
    // The honeypot keeps the matrix from creating accounts or filling the hourly limit.
    variables: () => ({
      input: {
        municipalityId: randomUUID(),
        topicId: randomUUID(),
        description: 'Streit um die Nutzung der Gemeinschaftsräume im Quartier.',
        urgency: 'NORMAL',
        format: 'PHONE',
        availability: 'vormittags',
        email: 'matrix@example.org',
        displayName: 'Matrix Test',
        consent: true,
        website: 'bot',
      },
    }),
    audience: 'anonymous',
    allowedOutcome: 'data',
  },
  {
    operation: 'requestCounselling',
    kind: 'mutation',
    document: `mutation($input: RequestCounsellingInput!) { requestCounselling(input: $input) { id } }`,
    variables: () => ({
      input: {
        municipalityId: randomUUID(),
        topicId: randomUUID(),
        description: 'Im Stadtteil gibt es seit Wochen Streit um einen Bolzplatz.',
        urgency: 'SOON',
        format: 'ONLINE',
        availability: 'vormittags',
      },
    }),
    audience: [Role.PARTICIPANT],
    allowedOutcome: 'MUNICIPALITY_NOT_FOUND',
  },
  { operation: 'myCounsellingRequests', kind: 'query', document: `{ myCounsellingRequests { id } }`, audience: [Role.PARTICIPANT], allowedOutcome: 'data' },
  { operation: 'counsellingRequests', kind: 'query', document: `{ counsellingRequests { total } }`, audience: STAFF, allowedOutcome: 'data' },
  {
    operation: 'counsellingRequest',
    kind: 'query',
    document: `query($id: ID!) { counsellingRequest(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.PARTICIPANT, ...STAFF],
    allowedOutcome: 'COUNSELLING_REQUEST_NOT_FOUND',
  },
  { operation: 'counsellingAdvisors', kind: 'query', document: `{ counsellingAdvisors { id } }`, audience: [Role.ADMIN], allowedOutcome: 'data' },
  {
    operation: 'assignCounsellingAdvisors',
    kind: 'mutation',
    document: `mutation($input: AssignCounsellingAdvisorsInput!) { assignCounsellingAdvisors(input: $input) { id } }`,
    variables: () => ({ input: { requestId: randomUUID(), advisorIds: [randomUUID()] } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'COUNSELLING_REQUEST_NOT_FOUND',
  },
  {
    operation: 'setCounsellingStatus',
    kind: 'mutation',
    document: `mutation($input: SetCounsellingStatusInput!) { setCounsellingStatus(input: $input) { id } }`,
    variables: () => ({ input: { requestId: randomUUID(), status: 'ACCEPTED' } }),
    audience: STAFF,
    allowedOutcome: 'COUNSELLING_REQUEST_NOT_FOUND',
  },
  {
    operation: 'counsellingThread',
    kind: 'query',
    document: `query($id: ID!) { counsellingThread(requestId: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.PARTICIPANT, ...STAFF],
    allowedOutcome: 'COUNSELLING_REQUEST_NOT_FOUND',
  },
  {
    operation: 'postCounsellingMessage',
    kind: 'mutation',
    document: `mutation($input: PostCounsellingMessageInput!) { postCounsellingMessage(input: $input) { id } }`,
    variables: () => ({ input: { requestId: randomUUID(), body: 'Guten Tag, wann passt Ihnen ein Telefonat?' } }),
    audience: [Role.PARTICIPANT, ...STAFF],
    allowedOutcome: 'COUNSELLING_REQUEST_NOT_FOUND',
  },
  {
    operation: 'counsellingAppointments',
    kind: 'query',
    document: `query($id: ID!) { counsellingAppointments(requestId: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.PARTICIPANT, ...STAFF],
    allowedOutcome: 'COUNSELLING_REQUEST_NOT_FOUND',
  },
  {
    operation: 'planCounsellingAppointment',
    kind: 'mutation',
    document: `mutation($input: PlanCounsellingAppointmentInput!) { planCounsellingAppointment(input: $input) { id } }`,
    variables: () => ({ input: { requestId: randomUUID(), startsAt: new Date(Date.now() + 86_400_000).toISOString(), durationMinutes: 60, format: 'PHONE' } }),
    audience: STAFF,
    allowedOutcome: 'COUNSELLING_REQUEST_NOT_FOUND',
  },
  {
    operation: 'changeCounsellingAppointment',
    kind: 'mutation',
    document: `mutation($input: ChangeCounsellingAppointmentInput!) { changeCounsellingAppointment(input: $input) { id } }`,
    variables: () => ({ input: { appointmentId: randomUUID(), startsAt: new Date(Date.now() + 86_400_000).toISOString(), durationMinutes: 60, format: 'PHONE' } }),
    audience: STAFF,
    allowedOutcome: 'APPOINTMENT_NOT_FOUND',
  },
  {
    operation: 'cancelCounsellingAppointment',
    kind: 'mutation',
    document: `mutation($id: ID!) { cancelCounsellingAppointment(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    audience: STAFF,
    allowedOutcome: 'APPOINTMENT_NOT_FOUND',
  },
];
