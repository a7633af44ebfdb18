import { createUser, sessionsLastSeenAt, setSessionsLastSeenAt, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { startApp } from './support/app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id email roles } }`;
const ME = `{ me { id email displayName roles locale } }`;

describe('sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => t.close());

  it('sets an httpOnly SameSite=Lax session cookie and me returns the user', async () => {
    const user = await createUser(t.db, { roles: [Role.TRAINER, Role.ADMIN] });
    const client = t.client();
    const res = await client.run(SIGN_IN, { input: { email: user.email.toUpperCase(), password: user.password } });
    expect(res.errors).toBeUndefined();
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/koko_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await client.ok<{ me: { email: string; roles: string[] } }>(ME);
    expect(me.me.email).toBe(user.email);
    expect(me.me.roles.sort()).toEqual(['ADMIN', 'TRAINER']);
  });

  it('answers me with null when nobody is signed in', async () => {
    expect(await t.client().ok(ME)).toEqual({ me: null });
  });

  it('answers a wrong password and an unknown address with the same translated message', async () => {
    const user = await createUser(t.db);
    const wrong = await t.client().error(SIGN_IN, { input: { email: user.email, password: 'Falsches-Passwort-99' } });
    const unknown = await t.client().error(SIGN_IN, { input: { email: 'niemand@example.org', password: 'Falsches-Passwort-99' } });
    expect(wrong).toEqual(unknown);
    expect(wrong.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.message).toBe('E-Mail-Adresse oder Passwort ist nicht korrekt.');
    const english = await t.client('en').error(SIGN_IN, { input: { email: user.email, password: 'Falsches-Passwort-99' } });
    expect(english.message).toBe('The e-mail address or password is not correct.');
  });

  it('locks an account after repeated failures, even for the right password, and for unknown addresses alike', async () => {
    const user = await createUser(t.db);
    for (let i = 0; i < 3; i++) {
      await t.client().error(SIGN_IN, { input: { email: user.email, password: 'Falsches-Passwort-99' } });
    }
    const locked = await t.client().error(SIGN_IN, { input: { email: user.email, password: user.password } });
    expect(locked.code).toBe('TOO_MANY_ATTEMPTS');

    for (let i = 0; i < 3; i++) {
      await t.client().error(SIGN_IN, { input: { email: 'ghost@example.org', password: 'Falsches-Passwort-99' } });
    }
    const ghost = await t.client().error(SIGN_IN, { input: { email: 'ghost@example.org', password: 'Falsches-Passwort-99' } });
    expect(ghost).toEqual(locked);
  });

  it('refuses deactivated accounts and accounts whose invitation is pending with the generic message', async () => {
    const inactive = await createUser(t.db, { active: false });
    const invited = await createUser(t.db, { invited: true });
    expect((await t.client().error(SIGN_IN, { input: { email: inactive.email, password: inactive.password } })).code).toBe('INVALID_CREDENTIALS');
    expect((await t.client().error(SIGN_IN, { input: { email: invited.email, password: inactive.password } })).code).toBe('INVALID_CREDENTIALS');
  });

  it('signOut ends this session: the old cookie is refused afterwards', async () => {
    const user = await createUser(t.db);
    const client = t.client();
    await client.signIn(user.email, user.password);
    const res = await client.run(ME);
    const cookie = String(res.headers['set-cookie'] ?? '');
    expect(await client.ok(`mutation { signOut }`)).toEqual({ signOut: true });
    expect(await client.ok(ME)).toEqual({ me: null });
    // Replaying the old token (as a thief would) finds the session closed.
    const replay = t.client();
    const [token] = /koko_session=[^;]+/.exec(cookie) ?? [];
    if (token) replay.agent.set('Cookie', token);
    expect((await replay.error(`mutation { signOutEverywhere }`)).code).toBe('UNAUTHENTICATED');
  });

  it('signOutEverywhere ends every session of the user', async () => {
    const user = await createUser(t.db);
    const laptop = t.client();
    const phone = t.client();
    await laptop.signIn(user.email, user.password);
    await phone.signIn(user.email, user.password);
    await laptop.ok(`mutation { signOutEverywhere }`);
    expect(await phone.ok(ME)).toEqual({ me: null });
    expect(await laptop.ok(ME)).toEqual({ me: null });
  });

  it('ends a session after inactivity', async () => {
    const user = await createUser(t.db);
    const client = t.client();
    await client.signIn(user.email, user.password);
    await setSessionsLastSeenAt(t.db, user.id, new Date(Date.now() - 2 * 3_600_000));
    expect(await client.ok(ME)).toEqual({ me: null });
  });

  it('writes the session row at most once a minute: fresher sessions are only read', async () => {
    const user = await createUser(t.db);
    const client = t.client();
    await client.signIn(user.email, user.password);
    const recent = new Date(Date.now() - 30_000);
    await setSessionsLastSeenAt(t.db, user.id, recent);
    expect(await client.ok(ME)).toEqual({ me: expect.objectContaining({ id: user.id }) });
    expect(await sessionsLastSeenAt(t.db, user.id)).toEqual([recent]);

    const stale = new Date(Date.now() - 5 * 60_000);
    await setSessionsLastSeenAt(t.db, user.id, stale);
    const before = Date.now();
    expect(await client.ok(ME)).toEqual({ me: expect.objectContaining({ id: user.id }) });
    const [slid] = await sessionsLastSeenAt(t.db, user.id);
    expect(slid.getTime()).toBeGreaterThan(before - 5_000);
  });

  it('deactivating a user ends their sessions at once', async () => {
    const admin = await createUser(t.db, { roles: [Role.ADMIN] });
    const user = await createUser(t.db);
    const adminClient = t.client();
    const userClient = t.client();
    await adminClient.signIn(admin.email, admin.password);
    await userClient.signIn(user.email, user.password);
    await adminClient.ok(`mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id active } }`, {
      input: { userId: user.id, active: false },
    });
    expect(await userClient.ok(ME)).toEqual({ me: null });
  });
});
