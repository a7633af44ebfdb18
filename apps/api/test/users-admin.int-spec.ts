import { sqlOne, sqlRows } from '@koko/api/core/database';
import { createUser, GraphQLClient, TestApp, TestUser } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { startApp } from './support/app';

const USERS = `query($search: String, $role: Role, $active: Boolean, $offset: Int, $limit: Int) {
  users(search: $search, role: $role, active: $active, offset: $offset, limit: $limit) {
    total offset limit items { id email displayName roles active invitationPending }
  }
}`;
const SET_ROLES = `mutation($input: SetUserRolesInput!) { setUserRoles(input: $input) { id roles } }`;
const SET_ACTIVE = `mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id active } }`;
const RESEND = `mutation($id: ID!) { resendInvitation(userId: $id) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;

interface UserRow {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  active: boolean;
  invitationPending: boolean;
}
interface UsersPage {
  users: { total: number; offset: number; limit: number; items: UserRow[] };
}

describe('user administration', () => {
  let t: TestApp;
  let admin: TestUser;
  let adminClient: GraphQLClient;

  beforeAll(async () => {
    t = await startApp();
    admin = await createUser(t.db, { roles: [Role.ADMIN], displayName: 'Admin Zentrale' });
    adminClient = t.client();
    await adminClient.signIn(admin.email, admin.password);
  });
  afterAll(() => t.close());

  const list = (variables: Record<string, unknown>) => adminClient.ok<UsersPage>(USERS, variables).then((d) => d.users);

  describe('users query', () => {
    /** A tag in every name so other tests' users never match. */
    const tag = `q${Math.random().toString(36).slice(2, 7)}`;
    let anna: TestUser;
    let bernd: TestUser;
    let carla: TestUser;
    let dieter: TestUser;

    beforeAll(async () => {
      anna = await createUser(t.db, { displayName: `Anna Müller ${tag}`, email: `anna.${tag}@kreis-kleve.example`, roles: [Role.PARTICIPANT] });
      bernd = await createUser(t.db, { displayName: `Bernd Schmidt ${tag}`, email: `b.schmidt.${tag}@stadt-moers.example`, roles: [Role.TRAINER] });
      carla = await createUser(t.db, {
        displayName: `Carla Weber ${tag}`,
        email: `carla.${tag}@kreis-kleve.example`,
        roles: [Role.TRAINER, Role.ADMIN],
        active: false,
      });
      dieter = await createUser(t.db, { displayName: `Dieter 100%_${tag}`, email: `dieter.${tag}@example.org`, roles: [Role.PARTICIPANT] });
    });

    it('searches part of the name or the e-mail address, ignoring case', async () => {
      const byName = await list({ search: `MÜLLER ${tag.toUpperCase()}` });
      expect(byName.items.map((u) => u.id)).toEqual([anna.id]);
      expect(byName.total).toBe(1);

      const byMail = await list({ search: `KREIS-KLEVE.EXAMPLE` });
      expect(byMail.items.map((u) => u.id)).toEqual([anna.id, carla.id]);

      const all = await list({ search: tag });
      expect(all.items.map((u) => u.displayName)).toEqual([anna, bernd, carla, dieter].map((u) => u.displayName));
      expect(all.total).toBe(4);
      expect(all.items[0]).toEqual({
        id: anna.id,
        email: anna.email,
        displayName: anna.displayName,
        roles: ['PARTICIPANT'],
        active: true,
        invitationPending: false,
      });
    });

    it('treats % and _ in the search as plain characters', async () => {
      expect((await list({ search: `100%_${tag}` })).items.map((u) => u.id)).toEqual([dieter.id]);
      // As wildcards, these would match every tagged user.
      expect((await list({ search: `%${tag}` })).items).toEqual([]);
      expect((await list({ search: `_${tag}` })).items.map((u) => u.id)).toEqual([dieter.id]);
    });

    it('filters by role and by active', async () => {
      const trainers = await list({ search: tag, role: 'TRAINER' });
      expect(trainers.items.map((u) => u.id)).toEqual([bernd.id, carla.id]);
      expect(trainers.total).toBe(2);
      expect((await list({ search: tag, role: 'ADMIN' })).items.map((u) => u.id)).toEqual([carla.id]);
      expect((await list({ search: tag, active: false })).items.map((u) => u.id)).toEqual([carla.id]);
      const activeParticipants = await list({ search: tag, role: 'PARTICIPANT', active: true });
      expect(activeParticipants.items.map((u) => u.id)).toEqual([anna.id, dieter.id]);
    });

    it('pages with offset and limit and reports the total', async () => {
      const first = await list({ search: tag, offset: 0, limit: 3 });
      expect(first).toMatchObject({ total: 4, offset: 0, limit: 3 });
      expect(first.items.map((u) => u.id)).toEqual([anna.id, bernd.id, carla.id]);
      const second = await list({ search: tag, offset: 3, limit: 3 });
      expect(second).toMatchObject({ total: 4, offset: 3, limit: 3 });
      expect(second.items.map((u) => u.id)).toEqual([dieter.id]);
      const beyond = await list({ search: tag, offset: 10, limit: 3 });
      expect(beyond).toMatchObject({ total: 4, items: [] });
      const defaults = await list({});
      expect(defaults).toMatchObject({ offset: 0, limit: 20 });
    });

    it('refuses a limit above 100, a limit below 1 and a negative offset with BAD_USER_INPUT', async () => {
      for (const variables of [{ limit: 101 }, { limit: 0 }, { offset: -1 }]) {
        const error = await adminClient.error(USERS, variables);
        expect(error.code).toBe('BAD_USER_INPUT');
        expect(error.message).toBe('Bitte prüfen Sie Ihre Eingaben.');
      }
      const english = t.client('en');
      const en = await createUser(t.db, { roles: [Role.ADMIN], locale: Locale.EN });
      await english.signIn(en.email, en.password);
      expect(await english.error(USERS, { limit: 500 })).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Please check your input.' });
      expect((await list({ limit: 100 })).limit).toBe(100);
    });
  });

  describe('setUserRoles', () => {
    it('changes the roles (duplicates collapse) and they apply to the user at once', async () => {
      const user = await createUser(t.db, { roles: [Role.PARTICIPANT] });
      const userClient = t.client();
      await userClient.signIn(user.email, user.password);
      expect((await userClient.error(USERS)).code).toBe('FORBIDDEN');

      const changed = await adminClient.ok<{ setUserRoles: { id: string; roles: string[] } }>(SET_ROLES, {
        input: { userId: user.id, roles: ['ADMIN', 'TRAINER', 'ADMIN'] },
      });
      expect(changed.setUserRoles.roles).toEqual(['ADMIN', 'TRAINER']);
      const row = await sqlOne<{ roles: string[] }>(t.db, `SELECT roles FROM users WHERE id = $1`, [user.id]);
      expect(row.roles).toEqual(['admin', 'trainer']);
      // The same session now has the new rights …
      expect((await userClient.ok<UsersPage>(USERS, { limit: 1 })).users.limit).toBe(1);

      // … and loses them again just as fast.
      await adminClient.ok(SET_ROLES, { input: { userId: user.id, roles: ['PARTICIPANT'] } });
      expect((await userClient.error(USERS)).code).toBe('FORBIDDEN');
    });

    it('an admin cannot remove their own ADMIN role (LAST_ADMIN) and nothing changes', async () => {
      const error = await adminClient.error(SET_ROLES, { input: { userId: admin.id, roles: ['TRAINER'] } });
      expect(error.code).toBe('LAST_ADMIN');
      expect(error.message).toBe('Sie können sich nicht selbst die Administrationsrechte entziehen, sich selbst deaktivieren oder als letzte aktive Administrator:in Ihr Konto löschen.');
      const row = await sqlOne<{ roles: string[] }>(t.db, `SELECT roles FROM users WHERE id = $1`, [admin.id]);
      expect(row.roles).toEqual(['admin']);
      // Adding a role to oneself while keeping ADMIN is fine.
      const kept = await adminClient.ok<{ setUserRoles: { roles: string[] } }>(SET_ROLES, { input: { userId: admin.id, roles: ['ADMIN', 'TRAINER'] } });
      expect(kept.setUserRoles.roles).toEqual(['ADMIN', 'TRAINER']);
      await adminClient.ok(SET_ROLES, { input: { userId: admin.id, roles: ['ADMIN'] } });
    });

    it('answers USER_NOT_FOUND for an unknown user and BAD_USER_INPUT for no roles', async () => {
      expect((await adminClient.error(SET_ROLES, { input: { userId: randomUUID(), roles: ['TRAINER'] } })).code).toBe('USER_NOT_FOUND');
      const user = await createUser(t.db);
      expect((await adminClient.error(SET_ROLES, { input: { userId: user.id, roles: [] } })).code).toBe('BAD_USER_INPUT');
      expect((await adminClient.error(SET_ROLES, { input: { userId: 'keine-uuid', roles: ['TRAINER'] } })).code).toBe('BAD_USER_INPUT');
      const row = await sqlOne<{ roles: string[] }>(t.db, `SELECT roles FROM users WHERE id = $1`, [user.id]);
      expect(row.roles).toEqual(['participant']);
    });
  });

  describe('setUserActive', () => {
    it('deactivates (sign-in refused) and reactivates (sign-in works again)', async () => {
      const user = await createUser(t.db);
      const off = await adminClient.ok<{ setUserActive: { id: string; active: boolean } }>(SET_ACTIVE, { input: { userId: user.id, active: false } });
      expect(off.setUserActive).toEqual({ id: user.id, active: false });
      const refused = await t.client().error(SIGN_IN, { input: { email: user.email, password: user.password } });
      expect(refused.code).toBe('INVALID_CREDENTIALS');

      const on = await adminClient.ok<{ setUserActive: { id: string; active: boolean } }>(SET_ACTIVE, { input: { userId: user.id, active: true } });
      expect(on.setUserActive).toEqual({ id: user.id, active: true });
      const client = t.client();
      await client.signIn(user.email, user.password);
      expect(await client.ok(`{ me { id active } }`)).toEqual({ me: { id: user.id, active: true } });
    });

    it('an admin cannot deactivate themselves (LAST_ADMIN) and stays active and signed in', async () => {
      const error = await adminClient.error(SET_ACTIVE, { input: { userId: admin.id, active: false } });
      expect(error.code).toBe('LAST_ADMIN');
      const row = await sqlOne<{ active: boolean }>(t.db, `SELECT active FROM users WHERE id = $1`, [admin.id]);
      expect(row.active).toBe(true);
      expect(await adminClient.ok(`{ me { id } }`)).toEqual({ me: { id: admin.id } });
    });

    it('answers USER_NOT_FOUND for an unknown user', async () => {
      expect((await adminClient.error(SET_ACTIVE, { input: { userId: randomUUID(), active: false } })).code).toBe('USER_NOT_FOUND');
    });
  });

  describe('resendInvitation', () => {
    it('refuses an account that has accepted its invitation and writes no mail', async () => {
      const user = await createUser(t.db);
      const error = await adminClient.error(RESEND, { id: user.id });
      expect(error.code).toBe('INVITATION_ALREADY_ACCEPTED');
      expect(error.message).toBe('Diese Einladung wurde bereits angenommen; das Konto hat ein Passwort.');
      expect(await sqlRows<{ found: number }>(t.db, `SELECT 1 AS found FROM mail_outbox WHERE recipient = $1`, [user.email])).toHaveLength(0);
    });

    it('answers USER_NOT_FOUND for an unknown id and BAD_USER_INPUT for something that is no id', async () => {
      expect((await adminClient.error(RESEND, { id: randomUUID() })).code).toBe('USER_NOT_FOUND');
      expect((await adminClient.error(RESEND, { id: 'keine-uuid' })).code).toBe('BAD_USER_INPUT');
    });

    it('sends a new invitation to an account whose invitation is pending', async () => {
      const invited = await createUser(t.db, { invited: true });
      expect(await adminClient.ok(RESEND, { id: invited.id })).toEqual({ resendInvitation: true });
      const outbox = await sqlRows<{ template: string }>(t.db, `SELECT template FROM mail_outbox WHERE recipient = $1`, [invited.email]);
      expect(outbox).toEqual([{ template: 'invitation' }]);
    });
  });
});
