import { createUser, linkToken, TestApp, TestUser, waitForMail } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { createHmac } from 'node:crypto';
import { startApp } from './support/app';

const COOKIE = 'koko_session';

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function jwt(payload: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const data = `${b64(header)}.${b64(payload)}`;
  return `${data}.${createHmac('sha256', secret).update(data).digest('base64url')}`;
}

function decode(token: string): { sub: string; sid: string } {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

/** Each forged, stale or foreign session token is refused: `me` is null, protected calls UNAUTHENTICATED. */
describe('session token (JWT) attacks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  /** Signs in and answers the raw session token from the cookie. */
  async function signIn(user: TestUser): Promise<string> {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `mutation($input: SignInInput!) { signIn(input: $input) { id } }`, variables: { input: { email: user.email, password: user.password } } });
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${COOKIE}=`));
    if (!cookie) throw new Error(`no session cookie: ${res.text}`);
    return cookie.slice(COOKIE.length + 1).split(';')[0];
  }

  async function callWith(token: string, query: string, variables: Record<string, unknown> = {}) {
    const res = await t.http().post('/graphql').set('content-type', 'application/json').set('cookie', `${COOKIE}=${token}`).send({ query, variables });
    return res.body as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
  }

  /** Asserts the token is refused the way an expired session is: anonymous for `me`, UNAUTHENTICATED elsewhere. */
  async function expectRefused(token: string): Promise<void> {
    expect((await callWith(token, `{ me { id } }`)).data).toEqual({ me: null });
    const protectedCall = await callWith(token, `{ myEnrolments { id } }`);
    expect(protectedCall.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  }

  it('accepts the genuine token (the baseline of the cases below)', async () => {
    const user = await createUser(t.db);
    const token = await signIn(user);
    expect((await callWith(token, `{ me { id } }`)).data).toEqual({ me: { id: user.id } });
  });

  it('refuses alg "none" with the right claims', async () => {
    const user = await createUser(t.db);
    const claims = decode(await signIn(user));
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, iat: Math.floor(Date.now() / 1000) })}.`;
    await expectRefused(none);
  });

  it('refuses a token signed with another secret, and one whose payload was altered', async () => {
    const user = await createUser(t.db);
    const token = await signIn(user);
    const claims = { ...decode(token), iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 600 };
    await expectRefused(jwt(claims, 'another-secret-of-at-least-thirty-two-characters'));
    const [header, , signature] = token.split('.');
    const admin = await createUser(t.db, { roles: [Role.ADMIN] });
    await expectRefused(`${header}.${b64({ ...claims, sub: admin.id })}.${signature}`);
  });

  it('refuses an expired token even though its session is still open', async () => {
    const user = await createUser(t.db);
    const claims = decode(await signIn(user));
    const past = Math.floor(Date.now() / 1000) - 3600;
    await expectRefused(jwt({ ...claims, iat: past - 60, exp: past }, t.config.auth.jwtSecret));
  });

  it('refuses a validly signed token whose ids are not UUIDs (no database error)', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectRefused(jwt({ sub: "x' OR 1=1 --", sid: 'abc', iat: now, exp: now + 600 }, t.config.auth.jwtSecret));
  });

  it('refuses the token after signOut', async () => {
    const user = await createUser(t.db);
    const token = await signIn(user);
    expect((await callWith(token, `mutation { signOut }`)).data).toEqual({ signOut: true });
    await expectRefused(token);
  });

  it('refuses every token of the user after signOutEverywhere from another browser', async () => {
    const user = await createUser(t.db);
    const laptop = await signIn(user);
    const phone = await signIn(user);
    expect((await callWith(phone, `mutation { signOutEverywhere }`)).data).toEqual({ signOutEverywhere: true });
    await expectRefused(laptop);
    await expectRefused(phone);
  });

  it('refuses the token after the account is deactivated', async () => {
    const admin = await createUser(t.db, { roles: [Role.ADMIN] });
    const user = await createUser(t.db);
    const token = await signIn(user);
    const adminToken = await signIn(admin);
    const res = await callWith(adminToken, `mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id } }`, {
      input: { userId: user.id, active: false },
    });
    expect(res.errors).toBeUndefined();
    await expectRefused(token);
  });

  it('refuses the token after a password reset', async () => {
    const user = await createUser(t.db);
    const token = await signIn(user);
    await callWith('', `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`, { input: { email: user.email } });
    const link = linkToken((await waitForMail(t.db, user.email)).text);
    const reset = await callWith('', `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`, {
      input: { token: link, password: 'Neues-sicheres-Passwort-2025' },
    });
    expect(reset.data).toEqual({ resetPassword: true });
    await expectRefused(token);
  });

  it("refuses a token that pairs one user with another user's open session", async () => {
    const mallory = await createUser(t.db);
    const victim = await createUser(t.db, { roles: [Role.ADMIN] });
    const mine = decode(await signIn(mallory));
    const theirs = decode(await signIn(victim));
    const now = Math.floor(Date.now() / 1000);
    // Even with the secret, a session only ever belongs to the user who opened it.
    await expectRefused(jwt({ sub: victim.id, sid: mine.sid, iat: now, exp: now + 600 }, t.config.auth.jwtSecret));
    await expectRefused(jwt({ sub: mallory.id, sid: theirs.sid, iat: now, exp: now + 600 }, t.config.auth.jwtSecret));
  });
});
