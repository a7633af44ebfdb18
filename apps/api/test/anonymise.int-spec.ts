import { createRunningCohort, createUser, GraphQLClient, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { startApp } from './support/app';

const ANONYMISE = `mutation($id: ID!) { anonymiseUser(userId: $id) { id email displayName active roles } }`;

describe('anonymising a former participant', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let adminId: string;
  beforeAll(async () => {
    t = await startApp();
    const a = await createUser(t.db, { roles: [Role.ADMIN] });
    adminId = a.id;
    admin = t.client();
    await admin.signIn(a.email, a.password);
  });
  afterAll(() => t.close());

  it('removes name, e-mail, password, sessions and application texts, keeps the enrolment for statistics', async () => {
    const f = await createRunningCohort(t.db, { participants: 1 });
    const [user] = await t.db.query(`SELECT email FROM users WHERE id = $1`, [f.participantIds[0]]);
    const participant = t.client();
    await participant.signIn(user.email, 'Sicheres-Test-Passwort-42');
    const [{ id: moduleId }] = await t.db.query(`SELECT id FROM programme_modules WHERE position = 1`);
    await participant.ok(`mutation($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id } }`, {
      input: { enrolmentId: f.enrolmentIds[0], moduleId, body: 'Persönliche Schilderung aus meiner Kommune' },
    });

    const { anonymiseUser } = await admin.ok<{ anonymiseUser: { email: string; displayName: string; active: boolean; roles: string[] } }>(ANONYMISE, { id: f.participantIds[0] });
    expect(anonymiseUser).toEqual({ id: f.participantIds[0], email: `anonymisiert-${f.participantIds[0]}@anonymisiert.invalid`, displayName: 'Anonymisierte Person', active: false, roles: ['PARTICIPANT'] });

    // The old session is gone and the old password no longer works.
    expect((await participant.error(`{ myEnrolments { id } }`)).code).toBe('UNAUTHENTICATED');
    const again = t.client();
    expect((await again.error(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { email: user.email, password: 'Sicheres-Test-Passwort-42' } })).code).toBe('INVALID_CREDENTIALS');

    const [enrolment] = await t.db.query(`SELECT state, motivation, job_role FROM enrolments WHERE id = $1`, [f.enrolmentIds[0]]);
    expect(enrolment).toEqual({ state: 'admitted', motivation: '', job_role: '–' });
    const [attempt] = await t.db.query(`SELECT body FROM assignment_attempts WHERE enrolment_id = $1`, [f.enrolmentIds[0]]);
    expect(attempt.body).toBe('');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [user.email])).toEqual([{ n: 0 }]);
  });

  it('is for admins only and never for oneself', async () => {
    const other = await createUser(t.db);
    const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
    const c = t.client();
    await c.signIn(trainer.email, trainer.password);
    expect((await c.error(ANONYMISE, { id: other.id })).code).toBe('FORBIDDEN');
    expect((await admin.error(ANONYMISE, { id: adminId })).code).toBe('LAST_ADMIN');
    expect((await admin.error(ANONYMISE, { id: '00000000-0000-4000-8000-000000000000' })).code).toBe('USER_NOT_FOUND');
  });
});
