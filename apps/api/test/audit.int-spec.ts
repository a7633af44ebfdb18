import { sqlRows, sqlRun } from '@koko/api/core/database';
import { createRunningCohort, createUser, GraphQLClient, refuseInserts, TestApp, TestUser, updateUser } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { startApp } from './support/app';

const CREATE_COHORT = `mutation($input: CohortInput!) { createCohort(input: $input) { id } }`;
const CREATE_MUNICIPALITY = `mutation($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id } }`;
const APPLY = `mutation($input: ApplyInput!) { applyToCohort(input: $input) { id } }`;
const DECIDE = `mutation($input: DecideEnrolmentsInput!) { decideEnrolments(input: $input) { decided { id state } failed { code } } }`;
const RECORD_ATTENDANCE = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { sessionId } }`;
const TRAIL = `query($cohortId: ID, $subjectUserId: ID, $offset: Int, $limit: Int) {
  auditTrail(cohortId: $cohortId, subjectUserId: $subjectUserId, offset: $offset, limit: $limit) {
    total offset limit
    items { id occurredAt actorId actorName action entityType entityId cohortId subjectUserId before after }
  }
}`;

interface TrailItem {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  cohortId: string | null;
  subjectUserId: string | null;
  before: string | null;
  after: string | null;
}
interface Trail {
  auditTrail: { total: number; offset: number; limit: number; items: TrailItem[] };
}

const berlinToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const day = (offset: number) => new Date(Date.parse(`${berlinToday}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const tag = () => Math.random().toString(36).slice(2, 8);

describe('audit trail', () => {
  let t: TestApp;
  let adminUser: TestUser;
  let admin: GraphQLClient;
  let municipalityId: string;

  beforeAll(async () => {
    t = await startApp();
    adminUser = await createUser(t.db, { roles: [Role.ADMIN], displayName: 'Ada Admin' });
    admin = t.client();
    await admin.signIn(adminUser.email, adminUser.password);
    const input = { key: '05515000', name: 'Münster', kind: 'KREISFREIE_STADT', kreisKey: null, regierungsbezirk: 'Münster', hasIntegrationCentre: true, tookPartInKoko1: false };
    municipalityId = (await admin.ok<{ createMunicipality: { id: string } }>(CREATE_MUNICIPALITY, { input })).createMunicipality.id;
  });
  afterAll(() => t.close());

  const newCohort = async () => {
    const input = { name: `Durchgang ${tag()}`, startsOn: day(30), endsOn: day(200), capacity: 5, applicationsOpenOn: day(-5), applicationsCloseOn: day(20) };
    return (await admin.ok<{ createCohort: { id: string } }>(CREATE_COHORT, { input })).createCohort.id;
  };
  /** A participant who has applied to the cohort; answers the user, their client and the enrolment id. */
  const applicant = async (cohortId: string) => {
    const user = await createUser(t.db, { displayName: `Pia Teilnehmerin ${tag()}` });
    const client = t.client();
    await client.signIn(user.email, user.password);
    const input = { cohortId, municipalityId, jobRole: 'Sachgebietsleitung Integration', motivation: 'Ich möchte Konflikte in unserer Kommune früh erkennen.' };
    const enrolmentId = (await client.ok<{ applyToCohort: { id: string } }>(APPLY, { input })).applyToCohort.id;
    return { user, client, enrolmentId };
  };
  const trail = (variables: Record<string, unknown>) => admin.ok<Trail>(TRAIL, variables);

  it('records an application and an admission with actor, before and after, newest first', async () => {
    const cohortId = await newCohort();
    const { user, enrolmentId } = await applicant(cohortId);
    const decided = await admin.ok<{ decideEnrolments: { decided: Array<{ id: string; state: string }> } }>(DECIDE, {
      input: { enrolmentIds: [enrolmentId], decision: 'ADMIT', message: 'Willkommen!' },
    });
    expect(decided.decideEnrolments.decided).toEqual([{ id: enrolmentId, state: 'ADMITTED' }]);

    const { auditTrail } = await trail({ cohortId });
    expect(auditTrail).toMatchObject({ total: 2, offset: 0, limit: 20 });
    const [admission, application] = auditTrail.items;
    expect(admission).toMatchObject({
      actorId: adminUser.id,
      actorName: 'Ada Admin',
      action: 'enrolment.state-changed',
      entityType: 'enrolment',
      entityId: enrolmentId,
      cohortId,
      subjectUserId: user.id,
    });
    expect(JSON.parse(admission.before!)).toEqual({ state: 'applied' });
    expect(JSON.parse(admission.after!)).toEqual({ state: 'admitted', message: 'Willkommen!' });
    expect(Number(admission.id)).toBeGreaterThan(Number(application.id));
    expect(application).toMatchObject({ actorId: user.id, actorName: user.displayName, action: 'enrolment.applied', before: null, subjectUserId: user.id });
    expect(JSON.parse(application.after!)).toMatchObject({ state: 'applied', municipalityId });

    // The actor's name is a snapshot: renaming the account later does not rewrite history.
    await updateUser(t.db, adminUser.id, { displayName: 'Ada Umbenannt' });
    try {
      const bySubject = await trail({ subjectUserId: user.id, limit: 1 });
      expect(bySubject.auditTrail.total).toBe(2);
      expect(bySubject.auditTrail.items).toHaveLength(1);
      expect(bySubject.auditTrail.items[0]).toMatchObject({ id: admission.id, actorName: 'Ada Admin' });
      const second = await trail({ subjectUserId: user.id, offset: 1, limit: 1 });
      expect(second.auditTrail.items.map((i) => i.id)).toEqual([application.id]);
    } finally {
      await updateUser(t.db, adminUser.id, { displayName: 'Ada Admin' });
    }
  });

  it('records attendance changes per session and participant', async () => {
    const f = await createRunningCohort(t.db, { participants: 1 });
    const [sessionId] = f.sessionIds[0];
    const enrolmentId = f.enrolmentIds[0];
    const record = (status: string | null, excuseWaived = false) =>
      admin.ok(RECORD_ATTENDANCE, { input: { cohortId: f.cohortId, entries: [{ sessionId, enrolmentId, status, excuseWaived }] } });
    await record('EXCUSED');
    await record('EXCUSED', true);
    await record(null);

    const { auditTrail } = await trail({ subjectUserId: f.participantIds[0] });
    const changes = auditTrail.items.filter((i) => i.action === 'attendance.changed');
    expect(changes.map((i) => [JSON.parse(i.before ?? 'null'), JSON.parse(i.after ?? 'null')])).toEqual([
      [{ status: 'excused', excuseWaived: true }, null],
      [{ status: 'excused', excuseWaived: false }, { status: 'excused', excuseWaived: true }],
      [null, { status: 'excused', excuseWaived: false }],
    ]);
    expect(changes[0]).toMatchObject({ entityType: 'attendance', entityId: `${sessionId}:${enrolmentId}`, cohortId: f.cohortId, actorId: adminUser.id, actorName: 'Ada Admin' });
  });

  it('is append-only: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    const cohortId = await newCohort();
    const { enrolmentId } = await applicant(cohortId);
    await admin.ok(DECIDE, { input: { enrolmentIds: [enrolmentId], decision: 'DECLINE' } });
    const [row] = await sqlRows<{ id: string; action: string }>(t.db, `SELECT id, action FROM audit_events WHERE entity_id = $1 AND action = 'enrolment.state-changed'`, [enrolmentId]);
    expect(row).toBeDefined();

    await expect(sqlRun(t.db, `UPDATE audit_events SET action = 'tampered' WHERE id = $1`, [row.id])).rejects.toThrow(/append-only/);
    await expect(sqlRun(t.db, `DELETE FROM audit_events WHERE id = $1`, [row.id])).rejects.toThrow(/append-only/);
    await expect(sqlRun(t.db, `TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    const after = await sqlRows<{ action: string }>(t.db, `SELECT action FROM audit_events WHERE id = $1`, [row.id]);
    expect(after).toEqual([{ action: 'enrolment.state-changed' }]);
  });

  it('is written in the decision’s transaction: when the entry cannot be written, the decision does not happen', async () => {
    const cohortId = await newCohort();
    const { user, enrolmentId } = await applicant(cohortId);
    const allowAgain = await refuseInserts(t.db, 'audit_events', { message: 'audit refused by test', condition: `NEW.subject_user_id = '${user.id}'` });
    try {
      expect((await admin.error(DECIDE, { input: { enrolmentIds: [enrolmentId], decision: 'ADMIT' } })).code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await allowAgain();
    }
    expect(await sqlRows<{ state: string }>(t.db, `SELECT state FROM enrolments WHERE id = $1`, [enrolmentId])).toEqual([{ state: 'applied' }]);
    expect((await trail({ subjectUserId: user.id })).auditTrail.items.map((i) => i.action)).toEqual(['enrolment.applied']);
  });

  it('needs a cohort or a person, in the caller’s language', async () => {
    expect(await admin.error(TRAIL, {})).toEqual(
      expect.objectContaining({ code: 'AUDIT_FILTER_REQUIRED', message: 'Bitte wählen Sie einen Durchgang oder eine Person, deren Protokoll Sie sehen möchten.' }),
    );
    const englishAdmin = await createUser(t.db, { roles: [Role.ADMIN], locale: Locale.EN });
    const english = t.client('en');
    await english.signIn(englishAdmin.email, englishAdmin.password);
    expect((await english.error(TRAIL, { limit: 5 })).message).toBe('Please choose a cohort or a person whose audit trail you want to see.');
  });

  it('is for admins only', async () => {
    const cohortId = await newCohort();
    const { user, client } = await applicant(cohortId);
    expect((await client.error(TRAIL, { subjectUserId: user.id })).code).toBe('FORBIDDEN');
    const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
    const trainerClient = t.client();
    await trainerClient.signIn(trainer.email, trainer.password);
    expect((await trainerClient.error(TRAIL, { cohortId })).code).toBe('FORBIDDEN');
    expect((await t.client().error(TRAIL, { cohortId })).code).toBe('UNAUTHENTICATED');
  });
});
