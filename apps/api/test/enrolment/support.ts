import { sqlOne } from '@koko/api/core/database';
import { createEnrolment, createMunicipality, createUser, GraphQLClient, TestApp, TestUser } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { startApp } from '../support/app';

export const CREATE_COHORT = `mutation($input: CohortInput!) { createCohort(input: $input) { id name capacity } }`;
export const ENROLMENT_FIELDS = `id state cohortId userId municipalityId jobRole motivation appliedAt waitlistedAt decidedAt decisionMessage
  cohort { id name } municipality { id name } participant { id displayName email }`;
export const APPLY = `mutation($input: ApplyInput!) { applyToCohort(input: $input) { ${ENROLMENT_FIELDS} } }`;
export const APPLY_ANON = `mutation($input: ApplyWithoutAccountInput!) { applyWithoutAccount(input: $input) }`;
export const DECIDE = `mutation($input: DecideEnrolmentsInput!) {
  decideEnrolments(input: $input) { decided { id state decidedAt waitlistedAt decisionMessage } failed { enrolmentId code message } }
}`;
export const WITHDRAW = `mutation($input: WithdrawInput!) { withdrawEnrolment(input: $input) { id state decisionMessage } }`;
export const MINE = `{ myEnrolments { ${ENROLMENT_FIELDS} } }`;
export const LIST = `query($cohortId: ID, $state: EnrolmentState, $municipalityId: ID, $search: String, $limit: Int, $offset: Int) {
  enrolments(cohortId: $cohortId, state: $state, municipalityId: $municipalityId, search: $search, limit: $limit, offset: $offset) {
    total limit offset items { id state participant { displayName email } municipality { key } cohort { id } }
  }
}`;
export const CSV = `query($cohortId: ID, $state: EnrolmentState, $municipalityId: ID, $search: String) {
  enrolmentsCsv(cohortId: $cohortId, state: $state, municipalityId: $municipalityId, search: $search) { filename contentType content }
}`;
export const SEATS = `query($id: ID!) { cohort(id: $id) { seatsTaken applicationCount waitlistCount capacity } }`;

export type State = 'APPLIED' | 'ADMITTED' | 'WAITLISTED' | 'DECLINED' | 'COMPLETED' | 'WITHDRAWN';
export interface EnrolmentRow {
  id: string;
  state: State;
  cohortId: string;
  userId: string;
  municipalityId: string;
  jobRole: string;
  motivation: string;
  appliedAt: string;
  waitlistedAt: string | null;
  decidedAt: string | null;
  decisionMessage: string | null;
  cohort: { id: string; name: string };
  municipality: { id: string; name: string };
  participant: { id: string; displayName: string; email: string };
}
export interface DecisionResult {
  decideEnrolments: {
    decided: Array<{ id: string; state: State; decidedAt: string | null; waitlistedAt: string | null; decisionMessage: string | null }>;
    failed: Array<{ enrolmentId: string; code: string; message: string }>;
  };
}

export const berlinToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
export const day = (offset: number) => new Date(Date.parse(`${berlinToday}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
export const tag = () => Math.random().toString(36).slice(2, 8);
export const MOTIVATION = 'Wir wollen Konflikte in unserer Kommune früher erkennen und gemeinsam bearbeiten.';

export interface EnrolmentWorld {
  t: TestApp;
  admin: GraphQLClient;
  admin2: GraphQLClient;
  adminUser: TestUser;
  kleve: string;
  moers: string;
}

/** The app with two signed-in admins and the municipalities Kleve and Moers. */
export async function startEnrolmentApp(): Promise<EnrolmentWorld> {
  const t = await startApp();
  const adminUser = await createUser(t.db, { roles: [Role.ADMIN], displayName: 'Programmteam Eins' });
  const admin = t.client();
  await admin.signIn(adminUser.email, adminUser.password);
  const second = await createUser(t.db, { roles: [Role.ADMIN], displayName: 'Programmteam Zwei' });
  const admin2 = t.client();
  await admin2.signIn(second.email, second.password);
  await createMunicipality(t.db, { key: '05170', name: 'Kreis Wesel', kind: 'kreis', kreisKey: null });
  const { id: kleve } = await createMunicipality(t.db, { key: '05154036', name: 'Kleve', kreisKey: '05154' });
  const { id: moers } = await createMunicipality(t.db, { key: '05170024', name: 'Moers', kreisKey: '05170' });
  return { t, admin, admin2, adminUser, kleve, moers };
}

/** Helpers over the running app; `world` is read at call time (after beforeAll). */
export function enrolmentHelpers(world: () => Pick<EnrolmentWorld, 't' | 'admin' | 'kleve'>) {
  async function cohort(over: Record<string, unknown> = {}): Promise<{ id: string; name: string; capacity: number }> {
    const { admin } = world();
    const input = {
      name: `Durchgang ${tag()}`,
      startsOn: day(30),
      endsOn: day(200),
      capacity: 20,
      applicationsOpenOn: day(-5),
      applicationsCloseOn: day(20),
      ...over,
    };
    return (await admin.ok<{ createCohort: { id: string; name: string; capacity: number } }>(CREATE_COHORT, { input })).createCohort;
  }

  async function participant(over: Parameters<typeof createUser>[1] = {}, locale: 'de' | 'en' = 'de'): Promise<{ user: TestUser; client: GraphQLClient }> {
    const { t } = world();
    const user = await createUser(t.db, { roles: [Role.PARTICIPANT], ...over });
    const client = t.client(locale);
    await client.signIn(user.email, user.password);
    return { user, client };
  }

  /** Arranges an enrolment in a given state directly (the transitions themselves are what is tested). */
  async function arranged(
    cohortId: string,
    state: string,
    over: { user?: TestUser; municipalityId?: string; displayName?: string; email?: string; appliedAt?: string; decidedAt?: string; jobRole?: string } = {},
  ): Promise<{ id: string; user: TestUser }> {
    const { t, kleve } = world();
    const user = over.user ?? (await createUser(t.db, { displayName: over.displayName, email: over.email }));
    const { municipalityId = kleve, appliedAt, decidedAt, jobRole = 'Sachgebietsleitung Integration' } = over;
    return createEnrolment(t.db, cohortId, { user, state, municipalityId, appliedAt, decidedAt, jobRole, motivation: MOTIVATION });
  }

  const stateOf = async (id: string): Promise<string> => (await sqlOne<{ state: string }>(world().t.db, `SELECT state FROM enrolments WHERE id = $1`, [id])).state;
  const rowOf = (id: string) => sqlOne<Record<string, unknown>>(world().t.db, `SELECT * FROM enrolments WHERE id = $1`, [id]);
  const decide = (client: GraphQLClient, enrolmentIds: string[], decision: string, message?: string | null) =>
    client.ok<DecisionResult>(DECIDE, { input: { enrolmentIds, decision, message } }).then((d) => d.decideEnrolments);
  const applyInput = (cohortId: string, over: Record<string, unknown> = {}) => ({
    cohortId,
    municipalityId: world().kleve,
    jobRole: '  Sachgebietsleitung Integration  ',
    motivation: MOTIVATION,
    ...over,
  });


  return { cohort, participant, arranged, stateOf, rowOf, decide, applyInput };
}
