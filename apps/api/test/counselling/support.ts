import { sqlOne } from '@koko/api/core/database';
import { createMunicipality, createUser, GraphQLClient, signInAs, TestApp, TestUser } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';

export const REQUEST = `mutation($input: RequestCounsellingInput!) {
  requestCounselling(input: $input) { id status urgency format municipalityName topicTitle requester { id displayName } advisors { id } }
}`;
export const MINE = `{ myCounsellingRequests { id status outcomeSummary outcomeCategories declineReason advisors { displayName } } }`;
export const LIST = `query($status: CounsellingStatus, $urgency: CounsellingUrgency, $municipalityId: ID, $advisorId: ID) {
  counsellingRequests(status: $status, urgency: $urgency, municipalityId: $municipalityId, advisorId: $advisorId) { total items { id status urgency advisors { id } } }
}`;
export const ONE = `query($id: ID!) { counsellingRequest(id: $id) { id status description advisors { id displayName } } }`;
export const ASSIGN = `mutation($input: AssignCounsellingAdvisorsInput!) { assignCounsellingAdvisors(input: $input) { id status advisors { id displayName } } }`;
export const SET_STATUS = `mutation($input: SetCounsellingStatusInput!) {
  setCounsellingStatus(input: $input) { id status declineReason outcomeCategories outcomeSummary }
}`;

export interface RequestShape {
  id: string;
  status: string;
  urgency: string;
  advisors: Array<{ id: string; displayName?: string }>;
}

/** A requester, an admin, two advisors (A writes English) (one also a trainer), a stranger advisor, a Kommune and a conflict topic. */
export async function counsellingSetup(t: TestApp) {
  const municipality = await createMunicipality(t.db, { key: '05154036', name: 'Kleve' });
  const topic = await sqlOne<{ id: string }>(t.db, `SELECT id FROM short_format_topics WHERE NOT archived ORDER BY position LIMIT 1`);
  const requesterUser = await createUser(t.db);
  const adviserA = await createUser(t.db, { roles: [Role.ADVISOR], locale: Locale.EN });
  const adviserB = await createUser(t.db, { roles: [Role.TRAINER, Role.ADVISOR] });
  const otherAdvisor = await createUser(t.db, { roles: [Role.ADVISOR] });
  const requester: GraphQLClient = await signInAs(t, requesterUser);
  const admin: GraphQLClient = await signInAs(t, await createUser(t.db, { roles: [Role.ADMIN] }));
  const input = (overrides: Record<string, unknown> = {}) => ({
    municipalityId: municipality.id,
    topicId: topic.id,
    description: 'In einer Unterkunft eskaliert der Streit um die Nutzung der Gemeinschaftsküche.',
    urgency: 'SOON',
    format: 'ONLINE',
    availability: 'Dienstags und donnerstags vormittags',
    ...overrides,
  });
  const file = async (overrides: Record<string, unknown> = {}, client: GraphQLClient = requester): Promise<RequestShape> =>
    (await client.ok<{ requestCounselling: RequestShape }>(REQUEST, { input: input(overrides) })).requestCounselling;
  return { municipality, topic, requesterUser, requester, admin, advisors: { a: adviserA, b: adviserB, other: otherAdvisor }, input, file };
}

export async function clientOf(t: TestApp, user: TestUser): Promise<GraphQLClient> {
  return signInAs(t, user);
}
