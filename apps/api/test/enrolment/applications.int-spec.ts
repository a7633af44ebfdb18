import { sqlOne, sqlRows } from '@koko/api/core/database';
import { createUser, GraphQLClient, linkToken, TestApp, waitForMail } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { APPLY, APPLY_ANON, day, enrolmentHelpers, EnrolmentRow, MINE, MOTIVATION, SEATS, startEnrolmentApp, tag } from './support';

describe('applications and enrolment', () => {
  let t: TestApp, admin: GraphQLClient, kleve: string, moers: string;
  beforeAll(async () => ({ t, admin, kleve, moers } = await startEnrolmentApp()));
  afterAll(() => t.close());
  const { cohort, participant, applyInput } = enrolmentHelpers(() => ({ t, admin, kleve }));

  describe('applyToCohort', () => {
    it('a signed-in participant applies to an open cohort and is told by mail', async () => {
      const c = await cohort();
      const { user, client } = await participant({ displayName: 'Petra Pohl' });
      const { applyToCohort: e } = await client.ok<{ applyToCohort: EnrolmentRow }>(APPLY, { input: applyInput(c.id) });
      expect(e).toMatchObject({
        state: 'APPLIED',
        cohortId: c.id,
        userId: user.id,
        municipalityId: kleve,
        jobRole: 'Sachgebietsleitung Integration',
        motivation: MOTIVATION,
        waitlistedAt: null,
        decidedAt: null,
        decisionMessage: null,
        cohort: { id: c.id, name: c.name },
        municipality: { id: kleve, name: 'Kleve' },
        participant: { id: user.id, displayName: 'Petra Pohl', email: user.email },
      });
      const mail = await waitForMail(t.db, user.email);
      expect(mail.subject).toBe(`Ihre Bewerbung für „${c.name}“ ist eingegangen`);
      expect((await admin.ok<{ cohort: { applicationCount: number; seatsTaken: number } }>(SEATS, { id: c.id })).cohort).toMatchObject({
        applicationCount: 1,
        seatsTaken: 0,
      });
    });

    it('refuses a cohort that is not taking applications, a second application, an unknown municipality or cohort; nothing is stored', async () => {
      const closed = await cohort({ applicationsOpenOn: day(-10), applicationsCloseOn: day(-1), startsOn: day(1) });
      const notYet = await cohort({ applicationsOpenOn: day(1), applicationsCloseOn: day(10) });
      const open = await cohort();
      const { user, client } = await participant();
      const count = async () => (await sqlOne<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM enrolments WHERE user_id = $1`, [user.id])).n;

      for (const c of [closed, notYet]) {
        expect(await client.error(APPLY, { input: applyInput(c.id) })).toMatchObject({
          code: 'COHORT_NOT_OPEN',
          message: 'Für diesen Durchgang sind derzeit keine Bewerbungen möglich.',
        });
      }
      expect(await client.error(APPLY, { input: applyInput(open.id, { municipalityId: randomUUID() }) })).toMatchObject({
        code: 'MUNICIPALITY_NOT_FOUND',
        message: 'Bitte wählen Sie eine Kommune aus der Liste.',
      });
      expect((await client.error(APPLY, { input: applyInput(randomUUID()) })).code).toBe('COHORT_NOT_FOUND');
      expect((await client.error(APPLY, { input: applyInput(open.id, { motivation: 'zu kurz' }) })).code).toBe('BAD_USER_INPUT');
      expect(await count()).toBe(0);

      await client.ok(APPLY, { input: applyInput(open.id) });
      expect(await client.error(APPLY, { input: applyInput(open.id, { municipalityId: moers }) })).toMatchObject({
        code: 'ALREADY_APPLIED',
        message: 'Sie haben sich für diesen Durchgang bereits beworben.',
      });
      expect(await count()).toBe(1);
    });

    it('two applications of the same person at the same moment: one is stored, the other is told ALREADY_APPLIED', async () => {
      const c = await cohort();
      const { user, client } = await participant();
      const results = await Promise.all([client.run(APPLY, { input: applyInput(c.id) }), client.run(APPLY, { input: applyInput(c.id) })]);
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok').sort();
      expect(codes).toEqual(['ALREADY_APPLIED', 'ok']);
      expect((await sqlOne<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM enrolments WHERE user_id = $1`, [user.id])).n).toBe(1);
    });

    it('answers in English for an English-speaking participant', async () => {
      const closed = await cohort({ applicationsOpenOn: day(-10), applicationsCloseOn: day(-1), startsOn: day(1) });
      const { client } = await participant({ locale: Locale.EN }, 'en');
      expect(await client.error(APPLY, { input: applyInput(closed.id) })).toMatchObject({
        code: 'COHORT_NOT_OPEN',
        message: 'This cohort is not taking applications at the moment.',
      });
    });

    it('only participants apply with an account', async () => {
      const c = await cohort();
      const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
      const client = t.client();
      await client.signIn(trainer.email, trainer.password);
      expect((await client.error(APPLY, { input: applyInput(c.id) })).code).toBe('FORBIDDEN');
      expect((await t.client().error(APPLY, { input: applyInput(c.id) })).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('applyWithoutAccount', () => {
    const anonInput = (cohortId: string, over: Record<string, unknown> = {}) => ({
      cohortId,
      municipalityId: moers,
      jobRole: 'Koordination KI',
      motivation: MOTIVATION,
      displayName: 'Nora Neu',
      email: `nora.${tag()}@stadt-moers.example`,
      ...over,
    });

    it('creates the account with an invitation and the application; the invitee sets a password and sees it', async () => {
      const c = await cohort();
      const input = anonInput(c.id, { email: `  Nora.${tag()}@Stadt-Moers.example ` });
      const email = input.email.trim().toLowerCase();
      expect(await t.client().ok(APPLY_ANON, { input })).toEqual({ applyWithoutAccount: true });

      const user = await sqlOne<{ id: string; display_name: string; roles: string[]; password_hash: string | null; locale: string }>(
        t.db,
        `SELECT id, display_name, roles, password_hash, locale FROM users WHERE email = $1`,
        [email],
      );
      expect(user).toMatchObject({ display_name: 'Nora Neu', roles: ['participant'], password_hash: null, locale: 'de' });
      expect(await sqlRows<{ state: string; municipality_id: string; job_role: string; cohort_id: string }>(t.db, `SELECT state, municipality_id, job_role, cohort_id FROM enrolments WHERE user_id = $1`, [user.id])).toEqual([
        { state: 'applied', municipality_id: moers, job_role: 'Koordination KI', cohort_id: c.id },
      ]);

      // One mail, not two: the receipt carries the set-password link; no "KoKo Campus hat Sie eingeladen".
      const received = await waitForMail(t.db, email, { subject: /Bewerbung/ });
      expect(received.subject).toBe(`Ihre Bewerbung für „${c.name}“ ist eingegangen`);
      expect(received.text).toContain('ein Konto bei KoKo Campus für Sie angelegt');
      expect(received.text).not.toContain('eingeladen');
      expect(await t.db.query(`SELECT template FROM mail_outbox WHERE recipient = $1`, [email])).toEqual([{ template: 'application-received' }]);

      const invitee = t.client();
      await invitee.ok(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`, {
        input: { token: linkToken(received.text), displayName: 'Nora Neu', certificateName: '', password: 'Konflikte-klug-loesen-7' },
      });
      const mine = (await invitee.ok<{ myEnrolments: EnrolmentRow[] }>(MINE)).myEnrolments;
      expect(mine.map((e) => [e.cohort.id, e.state, e.municipality.name])).toEqual([[c.id, 'APPLIED', 'Moers']]);
    });

    it('writes English mails when the applicant chose English', async () => {
      const c = await cohort();
      const input = anonInput(c.id, { locale: 'EN' });
      expect(await t.client('en').ok(APPLY_ANON, { input })).toEqual({ applyWithoutAccount: true });
      const receipt = await waitForMail(t.db, input.email, { subject: /application/ });
      expect(receipt.subject).toBe(`We have received your application for “${c.name}”`);
      expect(receipt.text).toContain('Please set your password using the following link');
    });

    it('with the address of an existing account answers true as well, creates nothing and mails the owner', async () => {
      const c = await cohort();
      const existing = await createUser(t.db, { displayName: 'Erika Bestand' });
      const counts = () =>
        sqlOne<{ users: number; enrolments: number; tokens: number }>(
          t.db,
          `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM enrolments) AS enrolments, (SELECT count(*)::int FROM user_tokens) AS tokens`,
        );
      const before = await counts();
      expect(await t.client().ok(APPLY_ANON, { input: anonInput(c.id, { email: existing.email.toUpperCase(), displayName: 'Mallory' }) })).toEqual({
        applyWithoutAccount: true,
      });
      expect(await counts()).toEqual(before);
      const mail = await waitForMail(t.db, existing.email);
      expect(mail.subject).toBe(`Bewerbung für „${c.name}“: Bitte melden Sie sich an`);
      expect(mail.text).toContain('Erika Bestand');
      expect(await sqlRows<{ display_name: string }>(t.db, `SELECT display_name FROM users WHERE id = $1`, [existing.id])).toEqual([{ display_name: 'Erika Bestand' }]);
      // The owner can still sign in as before.
      await t.client().signIn(existing.email, existing.password);
    });

    it('the same new address twice at the same moment: both answer true, one account and one application', async () => {
      const c = await cohort();
      const input = anonInput(c.id);
      const results = await Promise.all([t.client().run(APPLY_ANON, { input }), t.client().run(APPLY_ANON, { input })]);
      expect(results.map((r) => ({ data: r.data, errors: r.errors }))).toEqual([
        { data: { applyWithoutAccount: true }, errors: undefined },
        { data: { applyWithoutAccount: true }, errors: undefined },
      ]);
      const users = await sqlRows<{ id: string }>(t.db, `SELECT id FROM users WHERE email = $1`, [input.email]);
      expect(users).toHaveLength(1);
      expect(await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM enrolments WHERE user_id = $1`, [users[0].id])).toEqual([{ n: 1 }]);
    });

    it('refuses a closed cohort and an unknown municipality, creating no account', async () => {
      const closed = await cohort({ applicationsOpenOn: day(-10), applicationsCloseOn: day(-1), startsOn: day(1) });
      const open = await cohort();
      const users = async () => (await sqlOne<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM users`)).n;
      const before = await users();
      expect((await t.client().error(APPLY_ANON, { input: anonInput(closed.id) })).code).toBe('COHORT_NOT_OPEN');
      expect((await t.client().error(APPLY_ANON, { input: anonInput(open.id, { municipalityId: randomUUID() }) })).code).toBe('MUNICIPALITY_NOT_FOUND');
      expect((await t.client().error(APPLY_ANON, { input: anonInput(open.id, { email: 'keine-adresse' }) })).code).toBe('BAD_USER_INPUT');
      expect(await users()).toBe(before);
    });
  });
});
