import { sqlOne, sqlRows } from '@koko/api/core/database';
import { createUser, TestApp } from '@koko/api/testing';
import { startApp } from './support/app';

const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName certificateName locale email roles } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;
const ME = `{ me { id displayName certificateName locale } }`;
const NEW_PASSWORD = 'Ein-ganz-neues-Passwort-77';

describe('own account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  async function signInCode(email: string, password: string): Promise<string> {
    const res = await t.client().run(SIGN_IN, { input: { email, password } });
    return res.errors?.[0]?.extensions?.code ?? 'OK';
  }

  it('updateProfile changes the own names and language (trimmed), nothing else', async () => {
    const user = await createUser(t.db, { displayName: 'Alter Name' });
    const client = t.client('de');
    await client.signIn(user.email, user.password);
    const updated = await client.ok(UPDATE, { input: { displayName: '  Petra Lehmann ', certificateName: 'Dr. Petra Lehmann', locale: 'EN' } });
    expect(updated).toEqual({
      updateProfile: { id: user.id, displayName: 'Petra Lehmann', certificateName: 'Dr. Petra Lehmann', locale: 'EN', email: user.email, roles: ['PARTICIPANT'] },
    });
    expect(await client.ok(ME)).toEqual({ me: { id: user.id, displayName: 'Petra Lehmann', certificateName: 'Dr. Petra Lehmann', locale: 'EN' } });
    const row = await sqlOne<{ display_name: string; certificate_name: string; locale: string }>(t.db, `SELECT display_name, certificate_name, locale FROM users WHERE id = $1`, [user.id]);
    expect(row).toEqual({ display_name: 'Petra Lehmann', certificate_name: 'Dr. Petra Lehmann', locale: 'en' });
    // The account's language now wins over the browser's Accept-Language (de).
    const error = await client.error(CHANGE, { input: { currentPassword: 'Falsches-Passwort-99', newPassword: NEW_PASSWORD } });
    expect(error.message).toBe('The current password is not correct.');
  });

  it('updateProfile refuses a too short name with BAD_USER_INPUT and changes nothing', async () => {
    const user = await createUser(t.db, { displayName: 'Bleibt So' });
    const client = t.client('de');
    await client.signIn(user.email, user.password);
    const error = await client.error(UPDATE, { input: { displayName: 'X', certificateName: 'Bleibt So', locale: 'DE' } });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Bitte prüfen Sie Ihre Eingaben.');
    expect(await client.ok(ME)).toMatchObject({ me: { displayName: 'Bleibt So' } });
  });

  it('changePassword refuses a wrong current password (WRONG_CURRENT_PASSWORD) and keeps everything', async () => {
    const user = await createUser(t.db);
    const client = t.client();
    const other = t.client();
    await client.signIn(user.email, user.password);
    await other.signIn(user.email, user.password);
    const error = await client.error(CHANGE, { input: { currentPassword: 'Falsches-Passwort-99', newPassword: NEW_PASSWORD } });
    expect(error.code).toBe('WRONG_CURRENT_PASSWORD');
    expect(error.message).toBe('Das aktuelle Passwort ist nicht korrekt.');
    expect(await other.ok(`{ me { id } }`)).toEqual({ me: { id: user.id } });
    expect(await signInCode(user.email, user.password)).toBe('OK');
    expect(await signInCode(user.email, NEW_PASSWORD)).toBe('INVALID_CREDENTIALS');
  });

  it('changePassword refuses a common new password (PASSWORD_TOO_COMMON)', async () => {
    const user = await createUser(t.db);
    const client = t.client();
    await client.signIn(user.email, user.password);
    const error = await client.error(CHANGE, { input: { currentPassword: user.password, newPassword: 'password1234' } });
    expect(error.code).toBe('PASSWORD_TOO_COMMON');
    expect(await signInCode(user.email, user.password)).toBe('OK');
  });

  it('changePassword keeps the current session, ends the other sessions; only the new password works', async () => {
    const user = await createUser(t.db);
    const laptop = t.client();
    const phone = t.client();
    const tablet = t.client();
    for (const c of [laptop, phone, tablet]) await c.signIn(user.email, user.password);

    expect(await laptop.ok(CHANGE, { input: { currentPassword: user.password, newPassword: NEW_PASSWORD } })).toEqual({ changePassword: true });

    expect(await laptop.ok(`{ me { id } }`)).toEqual({ me: { id: user.id } });
    expect(await phone.ok(`{ me { id } }`)).toEqual({ me: null });
    expect(await tablet.ok(`{ me { id } }`)).toEqual({ me: null });
    const open = await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM user_sessions WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
    expect(open[0].n).toBe(1);

    expect(await signInCode(user.email, user.password)).toBe('INVALID_CREDENTIALS');
    expect(await signInCode(user.email, NEW_PASSWORD)).toBe('OK');
  });
});
