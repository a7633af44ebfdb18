import { sqlOne } from '@koko/api/core/database';
import { createEnrolment, createUser, GraphQLClient, programmeModuleIds, signInAs, TestApp, TestUser } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { startApp } from '../support/app';

export const COHORT_FIELDS = `
  id name description startsOn endsOn capacity applicationsOpenOn applicationsCloseOn seatsTaken applicationCount waitlistCount
  trainers { id displayName }
  modules { cohortId moduleId minAttendancePercent assignmentDueAt module { position title } sessions { id } }
  sessions { id cohortId moduleId title startsAt endsAt location onlineUrl online module { position } }`;
export const CREATE = `mutation($input: CohortInput!) { createCohort(input: $input) { ${COHORT_FIELDS} } }`;
export const UPDATE = `mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { ${COHORT_FIELDS} } }`;
export const GET = `query($id: ID!) { cohort(id: $id) { ${COHORT_FIELDS} } }`;
export const LIST = `query($search: String, $limit: Int, $offset: Int) { cohorts(search: $search, limit: $limit, offset: $offset) { total items { id name } } }`;
export const OPEN = `{ openCohorts { id name seatsTaken applicationCount waitlistCount sessions { id online onlineUrl location } } }`;
export const UPDATE_MODULE = `mutation($input: UpdateCohortModuleInput!) {
  updateCohortModule(input: $input) { cohortId moduleId minAttendancePercent assignmentDueAt module { position } }
}`;
export const SESSION_FIELDS = `id cohortId moduleId title startsAt endsAt location onlineUrl online module { position }`;
export const ADD_SESSION = `mutation($input: SessionInput!) { addSession(input: $input) { ${SESSION_FIELDS} } }`;
export const UPDATE_SESSION = `mutation($input: UpdateSessionInput!) { updateSession(input: $input) { ${SESSION_FIELDS} } }`;
export const DELETE_SESSION = `mutation($id: ID!) { deleteSession(id: $id) }`;
export const CREATE_MUNICIPALITY = `mutation($input: CreateMunicipalityInput!) {
  createMunicipality(input: $input) { id key name kind kreisKey regierungsbezirk hasIntegrationCentre tookPartInKoko1 }
}`;

export interface SessionRow {
  id: string;
  cohortId: string;
  moduleId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  onlineUrl: string | null;
  online: boolean;
  module: { position: number };
}
export interface CohortRow {
  id: string;
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  applicationsOpenOn: string;
  applicationsCloseOn: string;
  seatsTaken: number;
  applicationCount: number | null;
  waitlistCount: number | null;
  trainers: Array<{ id: string; displayName: string }>;
  modules: Array<{
    cohortId: string;
    moduleId: string;
    minAttendancePercent: number;
    assignmentDueAt: string | null;
    module: { position: number; title: string };
    sessions: Array<{ id: string }>;
  }>;
  sessions: SessionRow[];
}

/** Today in Berlin (the programme's calendar) shifted by whole days, as YYYY-MM-DD. */
export const berlinToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
export const day = (offset: number) => new Date(Date.parse(`${berlinToday}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
/** An instant on a day: hours in UTC, chosen so the Berlin day is the same unless a test says otherwise. */
export const at = (date: string, time: string) => new Date(`${date}T${time}:00Z`).toISOString();
export const tag = () => Math.random().toString(36).slice(2, 8);

export const cohortInput = (over: Record<string, unknown> = {}) => ({
  name: `Durchgang ${tag()}`,
  description: 'Zweiter Durchgang der Qualifizierung',
  startsOn: day(30),
  endsOn: day(200),
  capacity: 20,
  applicationsOpenOn: day(-5),
  applicationsCloseOn: day(20),
  trainerIds: [] as string[],
  ...over,
});

/** The app with a signed-in admin and the programme's module ids (in position order). */
export async function startCohortsApp(): Promise<{ t: TestApp; admin: GraphQLClient; moduleIds: string[] }> {
  const t = await startApp();
  const admin = await signInAs(t, await createUser(t.db, { roles: [Role.ADMIN] }));
  const moduleIds = await programmeModuleIds(t.db);
  return { t, admin, moduleIds };
}

/** A cohort's row as stored (dates as text, trainer ids in order or null). */
interface StoredCohort {
  name: string;
  description: string;
  starts_on: string;
  ends_on: string;
  capacity: number;
  applications_open_on: string;
  applications_close_on: string;
  trainers: string[] | null;
}

/** Helpers over the running app; `world` is read at call time (after beforeAll). */
export function cohortHelpers(world: () => { t: TestApp; admin: GraphQLClient }) {
  async function signedIn(roles: Role[], locale: 'de' | 'en' = 'de'): Promise<{ user: TestUser; client: GraphQLClient }> {
    const { t } = world();
    const user = await createUser(t.db, { roles, locale: locale === 'en' ? Locale.EN : Locale.DE });
    return { user, client: await signInAs(t, user, locale) };
  }

  const create = async (over: Record<string, unknown> = {}) => (await world().admin.ok<{ createCohort: CohortRow }>(CREATE, { input: cohortInput(over) })).createCohort;
  const cohortCount = async () => (await sqlOne<{ n: number }>(world().t.db, `SELECT count(*)::int AS n FROM cohorts`)).n;
  const stored = (id: string) =>
    sqlOne<StoredCohort>(
      world().t.db,
      `SELECT name, description, starts_on::text, ends_on::text, capacity, applications_open_on::text, applications_close_on::text,
              (SELECT array_agg(user_id ORDER BY user_id) FROM cohort_trainers WHERE cohort_id = c.id) AS trainers
       FROM cohorts c WHERE id = $1`,
      [id],
    );
  const asUpdate = (c: CohortRow, over: Record<string, unknown> = {}) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    capacity: c.capacity,
    applicationsOpenOn: c.applicationsOpenOn,
    applicationsCloseOn: c.applicationsCloseOn,
    trainerIds: c.trainers.map((tr) => tr.id),
    ...over,
  });

  /** Arranges enrolments directly (the enrolment API is tested in ../enrolment/). */
  const enrol = async (cohortId: string, state: string): Promise<string> => (await createEnrolment(world().t.db, cohortId, { state })).id;

  return { signedIn, create, cohortCount, stored, asUpdate, enrol };
}
