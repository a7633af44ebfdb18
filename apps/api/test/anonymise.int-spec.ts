import { sqlOne, sqlRows, sqlRun } from '@koko/api/core/database';
import { createRunningCohort, createUser, emailOf, GraphQLClient, programmeModuleId, signInAs, TestApp, waitForMail } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { startApp } from './support/app';

const DELETE_MINE = `mutation($input: DeleteOwnAccountInput!) { deleteMyAccount(input: $input) }`;
const ANONYMISE = `mutation($id: ID!) { anonymiseUser(userId: $id) { id email displayName active roles } }`;

describe('anonymising a former participant', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let adminId: string;
  beforeAll(async () => {
    t = await startApp();
    const a = await createUser(t.db, { roles: [Role.ADMIN] });
    adminId = a.id;
    admin = await signInAs(t, a);
  });
  afterAll(() => t.close());

  it('removes name, e-mail, password, sessions and application texts, keeps the enrolment for statistics', async () => {
    const f = await createRunningCohort(t.db, { participants: 1 });
    const user = { email: await emailOf(t.db, f.participantIds[0]) };
    const participant = await signInAs(t, user);
    const moduleId = await programmeModuleId(t.db, 1);
    await participant.ok(`mutation($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id } }`, {
      input: { enrolmentId: f.enrolmentIds[0], moduleId, body: 'Persönliche Schilderung aus meiner Kommune' },
    });
    await participant.ok(`mutation { renewCalendarUrl }`);

    const { anonymiseUser } = await admin.ok<{ anonymiseUser: { email: string; displayName: string; active: boolean; roles: string[] } }>(ANONYMISE, { id: f.participantIds[0] });
    expect(anonymiseUser).toEqual({ id: f.participantIds[0], email: `anonymisiert-${f.participantIds[0]}@anonymisiert.invalid`, displayName: 'Anonymisierte Person', active: false, roles: ['PARTICIPANT'] });

    // The old session is gone and the old password no longer works.
    expect((await participant.error(`{ myEnrolments { id } }`)).code).toBe('UNAUTHENTICATED');
    const again = t.client();
    expect((await again.error(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { email: user.email, password: 'Sicheres-Test-Passwort-42' } })).code).toBe('INVALID_CREDENTIALS');

    const enrolment = await sqlOne<{ state: string; motivation: string; job_role: string }>(t.db, `SELECT state, motivation, job_role FROM enrolments WHERE id = $1`, [f.enrolmentIds[0]]);
    expect(enrolment).toEqual({ state: 'admitted', motivation: '', job_role: '–' });
    const attempt = await sqlOne<{ body: string }>(t.db, `SELECT body FROM assignment_attempts WHERE enrolment_id = $1`, [f.enrolmentIds[0]]);
    expect(attempt.body).toBe('');
    expect(await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM users WHERE email = $1`, [user.email])).toEqual([{ n: 0 }]);
    // The personal calendar feed's secret token is gone with the person.
    expect(await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM calendar_subscriptions WHERE user_id = $1`, [f.participantIds[0]])).toEqual([{ n: 0 }]);
  });

  it('is for admins only and never for oneself', async () => {
    const other = await createUser(t.db);
    const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
    const c = await signInAs(t, trainer);
    expect((await c.error(ANONYMISE, { id: other.id })).code).toBe('FORBIDDEN');
    expect((await admin.error(ANONYMISE, { id: adminId })).code).toBe('LAST_ADMIN');
    expect((await admin.error(ANONYMISE, { id: '00000000-0000-4000-8000-000000000000' })).code).toBe('USER_NOT_FOUND');
  });

  it('sends the person a final confirmation to their former address and records who acted', async () => {
    const person = await createUser(t.db, { locale: Locale.EN, displayName: 'Nguyễn Thu Hà' });
    await admin.ok(ANONYMISE, { id: person.id });
    const mail = await waitForMail(t.db, person.email, { subject: /deleted/ });
    expect(mail.text).toContain('Hello Nguyễn Thu Hà');
    expect(mail.text).toContain('at your request, the programme team has deleted your KoKo Campus account');
    const entries = await sqlRows<{ actor_id: string | null; action: string; after: unknown }>(t.db, `SELECT actor_id, action, after FROM audit_events WHERE subject_user_id = $1`, [person.id]);
    expect(entries).toEqual([{ actor_id: adminId, action: 'user.anonymised', after: { selfService: false } }]);
    // Anonymising again sends nothing: the account has no address any more.
    await admin.ok(ANONYMISE, { id: person.id });
    expect(await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM mail_outbox WHERE template = 'account-deleted' AND recipient LIKE '%anonymisiert.invalid'`)).toEqual([{ n: 0 }]);
  });
});

describe('deleting one’s own account (Meine Daten)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('needs the password; a wrong one changes nothing', async () => {
    const person = await createUser(t.db);
    const c = await signInAs(t, person);
    const wrong = await c.error(DELETE_MINE, { input: { password: 'Falsches-Passwort-99' } });
    expect(wrong).toMatchObject({ code: 'WRONG_CURRENT_PASSWORD', message: 'Das aktuelle Passwort ist nicht korrekt.' });
    expect((await c.error(DELETE_MINE, { input: { password: '' } })).code).toBe('BAD_USER_INPUT');
    const row = await sqlOne<{ email: string; active: boolean }>(t.db, `SELECT email, active FROM users WHERE id = $1`, [person.id]);
    expect(row).toEqual({ email: person.email, active: true });
    await c.ok(`{ myEnrolments { id } }`);
    expect(await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = $1`, [person.email])).toEqual([{ n: 0 }]);
  });

  it('runs the anonymisation, signs the person out everywhere and mails a final confirmation in their language', async () => {
    const f = await createRunningCohort(t.db, { participants: 1 });
    const userId = f.participantIds[0];
    const user = await sqlOne<{ email: string; display_name: string }>(t.db, `SELECT email, display_name FROM users WHERE id = $1`, [userId]);
    const here = await signInAs(t, user);
    const elsewhere = await signInAs(t, user);
    const moduleId = await programmeModuleId(t.db, 1);
    await here.ok(`mutation($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id } }`, {
      input: { enrolmentId: f.enrolmentIds[0], moduleId, body: 'Meine eigene Schilderung' },
    });

    const response = await here.run(DELETE_MINE, { input: { password: 'Sicheres-Test-Passwort-42' } });
    expect(response.data).toEqual({ deleteMyAccount: true });
    // The session cookie is cleared in the answer.
    expect(String(response.headers['set-cookie'])).toMatch(/koko_session=;/);

    const after = await sqlOne<{ email: string; display_name: string; certificate_name: string; password_hash: string | null; active: boolean }>(
      t.db,
      `SELECT email, display_name, certificate_name, password_hash, active FROM users WHERE id = $1`,
      [userId],
    );
    expect(after).toEqual({ email: `anonymisiert-${userId}@anonymisiert.invalid`, display_name: 'Anonymisierte Person', certificate_name: '', password_hash: null, active: false });
    expect((await here.error(`{ myEnrolments { id } }`)).code).toBe('UNAUTHENTICATED');
    expect((await elsewhere.error(`{ myEnrolments { id } }`)).code).toBe('UNAUTHENTICATED');
    const enrolment = await sqlOne<{ state: string; motivation: string }>(t.db, `SELECT state, motivation FROM enrolments WHERE id = $1`, [f.enrolmentIds[0]]);
    expect(enrolment).toEqual({ state: 'admitted', motivation: '' });
    const attempt = await sqlOne<{ body: string }>(t.db, `SELECT body FROM assignment_attempts WHERE enrolment_id = $1`, [f.enrolmentIds[0]]);
    expect(attempt.body).toBe('');

    const mail = await waitForMail(t.db, user.email, { subject: /gelöscht/ });
    expect(mail.text).toContain(`Guten Tag ${user.display_name}`);
    expect(mail.text).toContain('wie von Ihnen veranlasst, wurde Ihr Konto bei KoKo Campus gelöscht');
    const entries = await sqlRows<{ actor_id: string | null; action: string; after: unknown }>(t.db, `SELECT actor_id, action, after FROM audit_events WHERE subject_user_id = $1 AND action = 'user.anonymised'`, [userId]);
    expect(entries).toEqual([{ actor_id: userId, action: 'user.anonymised', after: { selfService: true } }]);
  });

  it('is refused for the last active admin, allowed while another admin remains', async () => {
    await sqlRun(t.db, `UPDATE users SET active = false WHERE 'ADMIN' = ANY(roles)`);
    const first = await createUser(t.db, { roles: [Role.ADMIN] });
    const c1 = t.client();
    await c1.signIn(first.email, first.password);
    expect((await c1.error(DELETE_MINE, { input: { password: first.password } })).code).toBe('LAST_ADMIN');
    const second = await createUser(t.db, { roles: [Role.ADMIN, Role.TRAINER] });
    await c1.ok(DELETE_MINE, { input: { password: first.password } });
    const c2 = t.client();
    await c2.signIn(second.email, second.password);
    expect((await c2.error(DELETE_MINE, { input: { password: second.password } })).code).toBe('LAST_ADMIN');
  });
});
