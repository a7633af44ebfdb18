import { sqlRows } from '@koko/api/core/database';
import { capturedMailCount, createUser, eventually, expireLinkTokens, GraphQLClient, linkToken, TestApp, waitForMail } from '@koko/api/testing';
import { Locale } from '@koko/shared';
import { createHash } from 'node:crypto';
import { startApp } from './support/app';

const REQUEST = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;
const ME = `{ me { id } }`;
const NEW_PASSWORD = 'Neues-sicheres-Passwort-2025';
/** In zxcvbn's list of common passwords (checked: 'passwort1234' and 'qwertzuiop123' are not). */
const COMMON_PASSWORD = 'password1234';

describe('password reset', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  async function requestReset(email: string, client: GraphQLClient = t.client()): Promise<string> {
    expect(await client.ok(REQUEST, { input: { email } })).toEqual({ requestPasswordReset: true });
    const mail = await waitForMail(t.db, email);
    return linkToken(mail.text);
  }

  async function signInCode(email: string, password: string): Promise<string | undefined> {
    const res = await t.client().run(SIGN_IN, { input: { email, password } });
    return res.errors?.[0]?.extensions?.code ?? (res.data ? 'OK' : undefined);
  }

  it('answers true for an unknown address and queues no mail', async () => {
    expect(await t.client().ok(REQUEST, { input: { email: 'Unbekannt@Example.org' } })).toEqual({ requestPasswordReset: true });
    const outbox = await sqlRows<{ found: number }>(t.db, `SELECT 1 AS found FROM mail_outbox WHERE lower(recipient) = 'unbekannt@example.org'`);
    expect(outbox).toHaveLength(0);
    expect(await sqlRows<{ found: number }>(t.db, `SELECT 1 AS found FROM user_tokens WHERE kind = 'password_reset'`)).toHaveLength(0);
  });

  it('queues no mail for a deactivated account or a pending invitation either', async () => {
    const inactive = await createUser(t.db, { active: false });
    const invited = await createUser(t.db, { invited: true });
    for (const u of [inactive, invited]) {
      expect(await t.client().ok(REQUEST, { input: { email: u.email } })).toEqual({ requestPasswordReset: true });
    }
    const outbox = await sqlRows<{ found: number }>(t.db, `SELECT 1 AS found FROM mail_outbox WHERE recipient = ANY($1)`, [[inactive.email, invited.email]]);
    expect(outbox).toHaveLength(0);
  });

  it('mails a German link for a known address (whatever its case); only the token hash is stored', async () => {
    const user = await createUser(t.db, { displayName: 'Jana Kowalski' });
    expect(await t.client().ok(REQUEST, { input: { email: user.email.toUpperCase() } })).toEqual({ requestPasswordReset: true });
    const mail = await waitForMail(t.db, user.email);
    expect(mail.subject).toBe('Passwort für KoKo Campus zurücksetzen');
    expect(mail.text).toContain('http://campus.test/passwort-neu?token=');
    const token = linkToken(mail.text);
    // Handlebars escapes '=' in the attribute as &#x3D; (browsers decode it).
    expect(mail.html).toContain(`href="http://campus.test/passwort-neu?token&#x3D;${token}"`);
    expect(mail.html).toContain('Neues Passwort festlegen');
    const stored = await sqlRows<{ token_hash: string }>(t.db, `SELECT token_hash FROM user_tokens WHERE user_id = $1 AND kind = 'password_reset'`, [
      user.id,
    ]);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(token);
    expect(stored[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
  });

  it('mails in English to a user whose locale is English', async () => {
    const user = await createUser(t.db, { locale: Locale.EN });
    // The request itself comes from a German browser: the mail follows the account's language.
    await t.client('de').ok(REQUEST, { input: { email: user.email } });
    const mail = await waitForMail(t.db, user.email);
    expect(mail.subject).toBe('Reset your KoKo Campus password');
    expect(mail.text).toContain('http://campus.test/passwort-neu?token=');
  });

  it('refuses a common password with PASSWORD_TOO_COMMON and keeps the old password and the link', async () => {
    const user = await createUser(t.db);
    const token = await requestReset(user.email);
    const error = await t.client().error(RESET, { input: { token, password: COMMON_PASSWORD } });
    expect(error.code).toBe('PASSWORD_TOO_COMMON');
    expect(error.message).toBe('Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes.');
    const tooShort = await t.client('en').error(RESET, { input: { token, password: 'kurz' } });
    expect(tooShort).toMatchObject({ code: 'PASSWORD_TOO_SHORT', message: 'The password must be at least 12 characters long.' });
    expect(await signInCode(user.email, user.password)).toBe('OK');
    // The link is not used up by a refused attempt.
    expect(await t.client().ok(RESET, { input: { token, password: NEW_PASSWORD } })).toEqual({ resetPassword: true });
  });

  it('a successful reset ends every session; the new password works, the old one not; the link works once', async () => {
    const user = await createUser(t.db);
    const laptop = t.client();
    const phone = t.client();
    await laptop.signIn(user.email, user.password);
    await phone.signIn(user.email, user.password);
    expect(await laptop.ok(ME)).toEqual({ me: { id: user.id } });

    const token = await requestReset(user.email);
    expect(await t.client().ok(RESET, { input: { token, password: NEW_PASSWORD } })).toEqual({ resetPassword: true });

    expect(await laptop.ok(ME)).toEqual({ me: null });
    expect(await phone.ok(ME)).toEqual({ me: null });
    const open = await sqlRows<{ found: number }>(t.db, `SELECT 1 AS found FROM user_sessions WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
    expect(open).toHaveLength(0);

    expect(await signInCode(user.email, user.password)).toBe('INVALID_CREDENTIALS');
    expect(await signInCode(user.email, NEW_PASSWORD)).toBe('OK');

    const again = await t.client().error(RESET, { input: { token, password: 'Noch-ein-anderes-Passwort-3' } });
    expect(again.code).toBe('TOKEN_INVALID');
    expect(again.message).toBe('Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an.');
    expect(await signInCode(user.email, NEW_PASSWORD)).toBe('OK');
  });

  it('refuses an expired link and leaves the password unchanged', async () => {
    const user = await createUser(t.db);
    const token = await requestReset(user.email);
    await expireLinkTokens(t.db, user.id);
    const error = await t.client('en').error(RESET, { input: { token, password: NEW_PASSWORD } });
    expect(error.code).toBe('TOKEN_INVALID');
    expect(error.message).toMatch(/has expired/);
    expect(await signInCode(user.email, user.password)).toBe('OK');
  });

  it('a second request retires the first link; the second one works', async () => {
    const user = await createUser(t.db);
    const first = await requestReset(user.email);
    await t.client().ok(REQUEST, { input: { email: user.email } });
    await eventually(() => capturedMailCount(t.db, user.email), 2);
    const newest = linkToken((await waitForMail(t.db, user.email)).text);
    expect(newest).not.toBe(first);
    expect((await t.client().error(RESET, { input: { token: first, password: NEW_PASSWORD } })).code).toBe('TOKEN_INVALID');
    expect(await t.client().ok(RESET, { input: { token: newest, password: NEW_PASSWORD } })).toEqual({ resetPassword: true });
    expect(await signInCode(user.email, NEW_PASSWORD)).toBe('OK');
  });

  it('refuses a malformed link token as invalid input', async () => {
    const error = await t.client().error(RESET, { input: { token: 'kurz', password: NEW_PASSWORD } });
    expect(error.code).toBe('BAD_USER_INPUT');
  });
});
