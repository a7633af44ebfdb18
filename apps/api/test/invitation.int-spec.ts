import { sqlRows } from '@koko/api/core/database';
import { capturedMailCount, createUser, eventually, expireLinkTokens, linkToken, TestApp, waitForMail } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { startApp } from './support/app';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email roles invitationPending active } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id displayName certificateName invitationPending } }`;

describe('invitations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  async function admin() {
    const a = await createUser(t.db, { roles: [Role.ADMIN], displayName: 'Dr. Miriam Schulte' });
    const client = t.client();
    await client.signIn(a.email, a.password);
    return client;
  }

  it('an admin invites; the mailed single-use link lets the invitee set name and password and signs them in', async () => {
    const adminClient = await admin();
    const invited = await adminClient.ok<{ inviteUser: { id: string; invitationPending: boolean; roles: string[] } }>(INVITE, {
      input: { email: 'Neue.Kollegin@Kreis-Kleve.example', roles: ['TRAINER'] },
    });
    expect(invited.inviteUser.invitationPending).toBe(true);
    expect(invited.inviteUser.roles).toEqual(['TRAINER']);

    const mail = await waitForMail(t.db, 'neue.kollegin@kreis-kleve.example');
    expect(mail.subject).toBe('Ihre Einladung zu KoKo Campus');
    expect(mail.text).toContain('Dr. Miriam Schulte hat Sie zu KoKo Campus eingeladen');
    expect(mail.text).toContain('http://campus.test/einladung?token=');
    expect(mail.html).toContain('Einladung annehmen');
    const token = linkToken(mail.text);

    // Only the hash is stored.
    const stored = await sqlRows<{ token_hash: string }>(t.db, `SELECT token_hash FROM user_tokens WHERE kind = 'invitation'`);
    expect(stored.map((s) => s.token_hash)).not.toContain(token);

    const invitee = t.client();
    const info = await invitee.ok<{ invitation: { email: string } }>(`query($t: String!) { invitation(token: $t) { email expiresAt } }`, { t: token });
    expect(info.invitation.email).toBe('neue.kollegin@kreis-kleve.example');

    const weak = await invitee.error(ACCEPT, { input: { token, displayName: 'Eva Neu', certificateName: '', password: 'kurz' } });
    expect(weak.code).toBe('PASSWORD_TOO_SHORT');
    expect(weak.message).toBe('Das Passwort muss mindestens 12 Zeichen lang sein.');

    const accepted = await invitee.ok<{ acceptInvitation: { displayName: string; certificateName: string; invitationPending: boolean } }>(ACCEPT, {
      input: { token, displayName: 'Eva Neu', certificateName: '', password: 'Konflikte-klug-loesen-7' },
    });
    expect(accepted.acceptInvitation).toEqual({ id: invited.inviteUser.id, displayName: 'Eva Neu', certificateName: 'Eva Neu', invitationPending: false });
    expect(await invitee.ok(`{ me { email } }`)).toEqual({ me: { email: 'neue.kollegin@kreis-kleve.example' } });

    const again = await t.client().error(ACCEPT, { input: { token, displayName: 'Mallory', certificateName: '', password: 'Konflikte-klug-loesen-8' } });
    expect(again.code).toBe('TOKEN_INVALID');
  });

  it('refuses an address that already has an account, whatever its case, and writes no mail', async () => {
    const adminClient = await admin();
    const existing = await createUser(t.db, { email: 'schon.da@example.org' });
    const error = await adminClient.error(INVITE, { input: { email: 'SCHON.DA@example.org', roles: ['PARTICIPANT'] } });
    expect(error.code).toBe('EMAIL_TAKEN');
    const outbox = await sqlRows<{ found: number }>(t.db, `SELECT 1 AS found FROM mail_outbox WHERE recipient = $1`, [existing.email]);
    expect(outbox).toHaveLength(0);
  });

  it('an expired invitation link is refused', async () => {
    const adminClient = await admin();
    await adminClient.ok(INVITE, { input: { email: 'spaet@example.org', roles: ['PARTICIPANT'], locale: 'EN' } });
    const mail = await waitForMail(t.db, 'spaet@example.org');
    expect(mail.subject).toBe('Your invitation to KoKo Campus');
    await expireLinkTokens(t.db);
    const error = await t.client('en').error(`query($t: String!) { invitation(token: $t) { email } }`, { t: linkToken(mail.text) });
    expect(error.code).toBe('TOKEN_INVALID');
    expect(error.message).toMatch(/invalid, has expired/);
  });

  it('resending retires the earlier link', async () => {
    const adminClient = await admin();
    const invited = await adminClient.ok<{ inviteUser: { id: string } }>(INVITE, { input: { email: 'zweimal@example.org', roles: ['PARTICIPANT'] } });
    const first = linkToken((await waitForMail(t.db, 'zweimal@example.org')).text);
    await adminClient.ok(`mutation($id: ID!) { resendInvitation(userId: $id) }`, { id: invited.inviteUser.id });
    await eventually(() => capturedMailCount(t.db, 'zweimal@example.org'), 2);
    const error = await t.client().error(`query($t: String!) { invitation(token: $t) { email } }`, { t: first });
    expect(error.code).toBe('TOKEN_INVALID');
  });

  it('invalid input is refused with a translated message and creates nothing', async () => {
    const adminClient = await admin();
    const error = await adminClient.error(INVITE, { input: { email: 'keine-adresse', roles: [] } });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Bitte prüfen Sie Ihre Eingaben.');
    expect(await sqlRows<{ found: number }>(t.db, `SELECT 1 AS found FROM users WHERE email = 'keine-adresse'`)).toHaveLength(0);
  });
});
