import { createUser, GraphQLClient, linkToken, TestApp, TestUser, waitForMail } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { startApp } from './support/app';

const CREATE_COHORT = `mutation($input: CohortInput!) { createCohort(input: $input) { id name capacity } }`;
const ENROLMENT_FIELDS = `id state cohortId userId municipalityId jobRole motivation appliedAt waitlistedAt decidedAt decisionMessage
  cohort { id name } municipality { id name } participant { id displayName email }`;
const APPLY = `mutation($input: ApplyInput!) { applyToCohort(input: $input) { ${ENROLMENT_FIELDS} } }`;
const APPLY_ANON = `mutation($input: ApplyWithoutAccountInput!) { applyWithoutAccount(input: $input) }`;
const DECIDE = `mutation($input: DecideEnrolmentsInput!) {
  decideEnrolments(input: $input) { decided { id state decidedAt waitlistedAt decisionMessage } failed { enrolmentId code message } }
}`;
const WITHDRAW = `mutation($input: WithdrawInput!) { withdrawEnrolment(input: $input) { id state decisionMessage } }`;
const MINE = `{ myEnrolments { ${ENROLMENT_FIELDS} } }`;
const LIST = `query($cohortId: ID, $state: EnrolmentState, $municipalityId: ID, $search: String, $limit: Int, $offset: Int) {
  enrolments(cohortId: $cohortId, state: $state, municipalityId: $municipalityId, search: $search, limit: $limit, offset: $offset) {
    total limit offset items { id state participant { displayName email } municipality { key } cohort { id } }
  }
}`;
const CSV = `query($cohortId: ID, $state: EnrolmentState, $municipalityId: ID, $search: String) {
  enrolmentsCsv(cohortId: $cohortId, state: $state, municipalityId: $municipalityId, search: $search) { filename contentType content }
}`;
const SEATS = `query($id: ID!) { cohort(id: $id) { seatsTaken applicationCount waitlistCount capacity } }`;

type State = 'APPLIED' | 'ADMITTED' | 'WAITLISTED' | 'DECLINED' | 'COMPLETED' | 'WITHDRAWN';
interface EnrolmentRow {
  id: string;
  state: State;
  cohortId: string;
  userId: string;
  municipalityId: string;
  jobRole: string;
  motivation: string;
  appliedAt: string;
  waitlistedAt: string | null;
  decidedAt: string | null;
  decisionMessage: string | null;
  cohort: { id: string; name: string };
  municipality: { id: string; name: string };
  participant: { id: string; displayName: string; email: string };
}
interface DecisionResult {
  decideEnrolments: {
    decided: Array<{ id: string; state: State; decidedAt: string | null; waitlistedAt: string | null; decisionMessage: string | null }>;
    failed: Array<{ enrolmentId: string; code: string; message: string }>;
  };
}

const berlinToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const day = (offset: number) => new Date(Date.parse(`${berlinToday}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const tag = () => Math.random().toString(36).slice(2, 8);
const MOTIVATION = 'Wir wollen Konflikte in unserer Kommune früher erkennen und gemeinsam bearbeiten.';

describe('applications and enrolment', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let admin2: GraphQLClient;
  let adminUser: TestUser;
  let kleve: string;
  let moers: string;

  beforeAll(async () => {
    t = await startApp();
    adminUser = await createUser(t.db, { roles: [Role.ADMIN], displayName: 'Programmteam Eins' });
    admin = t.client();
    await admin.signIn(adminUser.email, adminUser.password);
    const second = await createUser(t.db, { roles: [Role.ADMIN], displayName: 'Programmteam Zwei' });
    admin2 = t.client();
    await admin2.signIn(second.email, second.password);
    await t.db.query(`INSERT INTO municipalities (key, name, kind, regierungsbezirk) VALUES ('05154', 'Kreis Kleve', 'kreis', 'Düsseldorf'), ('05170', 'Kreis Wesel', 'kreis', 'Düsseldorf')`);
    [{ id: kleve }] = await t.db.query(
      `INSERT INTO municipalities (key, name, kind, kreis_key, regierungsbezirk) VALUES ('05154036', 'Kleve', 'kreisangehoerige_gemeinde', '05154', 'Düsseldorf') RETURNING id`,
    );
    [{ id: moers }] = await t.db.query(
      `INSERT INTO municipalities (key, name, kind, kreis_key, regierungsbezirk) VALUES ('05170024', 'Moers', 'kreisangehoerige_gemeinde', '05170', 'Düsseldorf') RETURNING id`,
    );
  });
  afterAll(() => t.close());

  async function cohort(over: Record<string, unknown> = {}): Promise<{ id: string; name: string; capacity: number }> {
    const input = {
      name: `Durchgang ${tag()}`,
      startsOn: day(30),
      endsOn: day(200),
      capacity: 20,
      applicationsOpenOn: day(-5),
      applicationsCloseOn: day(20),
      ...over,
    };
    return (await admin.ok<{ createCohort: { id: string; name: string; capacity: number } }>(CREATE_COHORT, { input })).createCohort;
  }

  async function participant(over: Parameters<typeof createUser>[1] = {}, locale: 'de' | 'en' = 'de'): Promise<{ user: TestUser; client: GraphQLClient }> {
    const user = await createUser(t.db, { roles: [Role.PARTICIPANT], ...over });
    const client = t.client(locale);
    await client.signIn(user.email, user.password);
    return { user, client };
  }

  /** Arranges an enrolment in a given state directly (the transitions themselves are what is tested). */
  async function arranged(
    cohortId: string,
    state: string,
    over: { user?: TestUser; municipalityId?: string; displayName?: string; email?: string; appliedAt?: string } = {},
  ): Promise<{ id: string; user: TestUser }> {
    const user = over.user ?? (await createUser(t.db, { displayName: over.displayName, email: over.email }));
    const [row] = await t.db.query(
      `INSERT INTO enrolments (cohort_id, user_id, municipality_id, job_role, motivation, state, applied_at, waitlisted_at)
       VALUES ($1, $2, $3, 'Sachgebietsleitung Integration', $4, $5::varchar, COALESCE($6::timestamptz, now()), CASE WHEN $5::varchar = 'waitlisted' THEN now() END) RETURNING id`,
      [cohortId, user.id, over.municipalityId ?? kleve, MOTIVATION, state, over.appliedAt ?? null],
    );
    return { id: row.id, user };
  }

  const stateOf = async (id: string): Promise<string> => (await t.db.query(`SELECT state FROM enrolments WHERE id = $1`, [id]))[0].state;
  const rowOf = async (id: string) => (await t.db.query(`SELECT * FROM enrolments WHERE id = $1`, [id]))[0];
  const decide = (client: GraphQLClient, enrolmentIds: string[], decision: string, message?: string | null) =>
    client.ok<DecisionResult>(DECIDE, { input: { enrolmentIds, decision, message } }).then((d) => d.decideEnrolments);
  const applyInput = (cohortId: string, over: Record<string, unknown> = {}) => ({
    cohortId,
    municipalityId: kleve,
    jobRole: '  Sachgebietsleitung Integration  ',
    motivation: MOTIVATION,
    ...over,
  });

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
      const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM enrolments WHERE user_id = $1`, [user.id]))[0].n;

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
      expect((await t.db.query(`SELECT count(*)::int AS n FROM enrolments WHERE user_id = $1`, [user.id]))[0].n).toBe(1);
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

      const [user] = await t.db.query(`SELECT id, display_name, roles, password_hash, locale FROM users WHERE email = $1`, [email]);
      expect(user).toMatchObject({ display_name: 'Nora Neu', roles: ['participant'], password_hash: null, locale: 'de' });
      expect(await t.db.query(`SELECT state, municipality_id, job_role, cohort_id FROM enrolments WHERE user_id = $1`, [user.id])).toEqual([
        { state: 'applied', municipality_id: moers, job_role: 'Koordination KI', cohort_id: c.id },
      ]);

      const invitation = await waitForMail(t.db, email, { subject: /Einladung/ });
      expect(invitation.subject).toBe('Ihre Einladung zu KoKo Campus');
      const received = await waitForMail(t.db, email, { subject: /Bewerbung/ });
      expect(received.subject).toBe(`Ihre Bewerbung für „${c.name}“ ist eingegangen`);
      expect(received.text).toContain('ein Konto bei KoKo Campus für Sie angelegt');

      const invitee = t.client();
      await invitee.ok(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`, {
        input: { token: linkToken(invitation.text), displayName: 'Nora Neu', certificateName: '', password: 'Konflikte-klug-loesen-7' },
      });
      const mine = (await invitee.ok<{ myEnrolments: EnrolmentRow[] }>(MINE)).myEnrolments;
      expect(mine.map((e) => [e.cohort.id, e.state, e.municipality.name])).toEqual([[c.id, 'APPLIED', 'Moers']]);
    });

    it('writes English mails when the applicant chose English', async () => {
      const c = await cohort();
      const input = anonInput(c.id, { locale: 'EN' });
      expect(await t.client('en').ok(APPLY_ANON, { input })).toEqual({ applyWithoutAccount: true });
      expect((await waitForMail(t.db, input.email, { subject: /invitation/i })).subject).toBe('Your invitation to KoKo Campus');
      expect((await waitForMail(t.db, input.email, { subject: /application/ })).subject).toBe(`We have received your application for “${c.name}”`);
    });

    it('with the address of an existing account answers true as well, creates nothing and mails the owner', async () => {
      const c = await cohort();
      const existing = await createUser(t.db, { displayName: 'Erika Bestand' });
      const counts = async () => (await t.db.query(`SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM enrolments) AS enrolments, (SELECT count(*)::int FROM user_tokens) AS tokens`))[0];
      const before = await counts();
      expect(await t.client().ok(APPLY_ANON, { input: anonInput(c.id, { email: existing.email.toUpperCase(), displayName: 'Mallory' }) })).toEqual({
        applyWithoutAccount: true,
      });
      expect(await counts()).toEqual(before);
      const mail = await waitForMail(t.db, existing.email);
      expect(mail.subject).toBe(`Bewerbung für „${c.name}“: Bitte melden Sie sich an`);
      expect(mail.text).toContain('Erika Bestand');
      expect(await t.db.query(`SELECT display_name FROM users WHERE id = $1`, [existing.id])).toEqual([{ display_name: 'Erika Bestand' }]);
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
      const users = await t.db.query(`SELECT id FROM users WHERE email = $1`, [input.email]);
      expect(users).toHaveLength(1);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM enrolments WHERE user_id = $1`, [users[0].id])).toEqual([{ n: 1 }]);
    });

    it('refuses a closed cohort and an unknown municipality, creating no account', async () => {
      const closed = await cohort({ applicationsOpenOn: day(-10), applicationsCloseOn: day(-1), startsOn: day(1) });
      const open = await cohort();
      const users = async () => (await t.db.query(`SELECT count(*)::int AS n FROM users`))[0].n;
      const before = await users();
      expect((await t.client().error(APPLY_ANON, { input: anonInput(closed.id) })).code).toBe('COHORT_NOT_OPEN');
      expect((await t.client().error(APPLY_ANON, { input: anonInput(open.id, { municipalityId: randomUUID() }) })).code).toBe('MUNICIPALITY_NOT_FOUND');
      expect((await t.client().error(APPLY_ANON, { input: anonInput(open.id, { email: 'keine-adresse' }) })).code).toBe('BAD_USER_INPUT');
      expect(await users()).toBe(before);
    });
  });

  describe('decideEnrolments', () => {
    const allowed: Array<[string, string, State]> = [
      ['applied', 'ADMIT', 'ADMITTED'],
      ['applied', 'WAITLIST', 'WAITLISTED'],
      ['applied', 'DECLINE', 'DECLINED'],
      ['waitlisted', 'ADMIT', 'ADMITTED'],
      ['waitlisted', 'DECLINE', 'DECLINED'],
      ['admitted', 'COMPLETE', 'COMPLETED'],
      ['admitted', 'WITHDRAW', 'WITHDRAWN'],
    ];

    it.each(allowed)('allows %s → %s (audited)', async (from, decision, to) => {
      const c = await cohort();
      const { id, user } = await arranged(c.id, from);
      const result = await decide(admin, [id], decision);
      expect(result.failed).toEqual([]);
      expect(result.decided).toHaveLength(1);
      expect(result.decided[0]).toMatchObject({ id, state: to, decisionMessage: null });
      expect(result.decided[0].decidedAt).not.toBeNull();
      if (to === 'WAITLISTED') expect(result.decided[0].waitlistedAt).not.toBeNull();
      expect(await stateOf(id)).toBe(to.toLowerCase());
      const audit = await t.db.query(`SELECT actor_id, subject_user_id, cohort_id, before, after FROM audit_events WHERE entity_id = $1 AND action = 'enrolment.state-changed'`, [id]);
      expect(audit).toEqual([
        { actor_id: adminUser.id, subject_user_id: user.id, cohort_id: c.id, before: { state: from }, after: expect.objectContaining({ state: to.toLowerCase() }) },
      ]);
    });

    const refused: Array<[string, string]> = [
      ['declined', 'ADMIT'],
      ['declined', 'WAITLIST'],
      ['withdrawn', 'ADMIT'],
      ['completed', 'WITHDRAW'],
      ['applied', 'COMPLETE'],
      ['applied', 'WITHDRAW'],
      ['waitlisted', 'WAITLIST'],
      ['waitlisted', 'COMPLETE'],
      ['admitted', 'ADMIT'],
      ['admitted', 'DECLINE'],
    ];

    it.each(refused)('refuses %s → %s with TRANSITION_NOT_ALLOWED, leaving the enrolment as it was', async (from, decision) => {
      const c = await cohort();
      const { id } = await arranged(c.id, from);
      const before = await rowOf(id);
      const result = await decide(admin, [id], decision, 'Bitte beachten');
      expect(result.decided).toEqual([]);
      expect(result.failed).toEqual([{ enrolmentId: id, code: 'TRANSITION_NOT_ALLOWED', message: expect.stringMatching(/^Eine Anmeldung im Status „.+“ kann nicht auf „.+“ gesetzt werden\.$/) }]);
      expect(await rowOf(id)).toEqual(before);
      expect(await t.db.query(`SELECT id FROM audit_events WHERE entity_id = $1`, [id])).toEqual([]);
    });

    it('names the states in the message, in the caller’s language', async () => {
      const c = await cohort();
      const { id } = await arranged(c.id, 'declined');
      expect((await decide(admin, [id], 'ADMIT')).failed[0].message).toBe('Eine Anmeldung im Status „abgelehnt“ kann nicht auf „zugelassen“ gesetzt werden.');
      const en = await createUser(t.db, { roles: [Role.ADMIN], locale: Locale.EN });
      const english = t.client('en');
      await english.signIn(en.email, en.password);
      expect((await decide(english, [id], 'ADMIT')).failed[0].message).toBe('An enrolment that is declined cannot become admitted.');
    });

    it('decides in bulk: each enrolment on its own, with mixed outcomes, in the given order', async () => {
      const c = await cohort({ capacity: 2 });
      const a = await arranged(c.id, 'applied');
      const b = await arranged(c.id, 'waitlisted');
      const declined = await arranged(c.id, 'declined');
      const d = await arranged(c.id, 'applied');
      const unknown = randomUUID();
      const result = await decide(admin, [a.id, declined.id, a.id, unknown, b.id, d.id], 'ADMIT', '  Willkommen im Durchgang!  ');
      expect(result.decided.map((e) => [e.id, e.state, e.decisionMessage])).toEqual([
        [a.id, 'ADMITTED', 'Willkommen im Durchgang!'],
        [b.id, 'ADMITTED', 'Willkommen im Durchgang!'],
      ]);
      expect(result.failed).toEqual([
        { enrolmentId: declined.id, code: 'TRANSITION_NOT_ALLOWED', message: 'Eine Anmeldung im Status „abgelehnt“ kann nicht auf „zugelassen“ gesetzt werden.' },
        { enrolmentId: unknown, code: 'ENROLMENT_NOT_FOUND', message: 'Die Anmeldung wurde nicht gefunden.' },
        { enrolmentId: d.id, code: 'COHORT_FULL', message: 'Der Durchgang ist voll: alle 2 Plätze sind vergeben.' },
      ]);
      expect(await stateOf(d.id)).toBe('applied');
      expect((await admin.ok<{ cohort: { seatsTaken: number; applicationCount: number; waitlistCount: number } }>(SEATS, { id: c.id })).cohort).toMatchObject({
        seatsTaken: 2,
        applicationCount: 1,
        waitlistCount: 0,
      });
    });

    it('stores the optional message and sends it with the decision mail', async () => {
      const c = await cohort();
      const admitted = await arranged(c.id, 'applied');
      const waitlisted = await arranged(c.id, 'applied');
      const declined = await arranged(c.id, 'applied');
      await decide(admin, [admitted.id], 'ADMIT', 'Wir freuen uns auf Sie.\nBitte bringen Sie Ihr Konzept mit.');
      await decide(admin, [waitlisted.id], 'WAITLIST', null);
      await decide(admin, [declined.id], 'DECLINE', '   ');
      expect((await rowOf(admitted.id)).decision_message).toBe('Wir freuen uns auf Sie.\nBitte bringen Sie Ihr Konzept mit.');
      expect((await rowOf(waitlisted.id)).decision_message).toBeNull();
      expect((await rowOf(declined.id)).decision_message).toBeNull();

      const mail = await waitForMail(t.db, admitted.user.email);
      expect(mail.subject).toBe(`Zusage: Sie sind für „${c.name}“ zugelassen`);
      expect(mail.text).toContain('Wir freuen uns auf Sie.\nBitte bringen Sie Ihr Konzept mit.');
      expect((await waitForMail(t.db, waitlisted.user.email)).subject).toBe(`Ihre Bewerbung für „${c.name}“: Platz auf der Warteliste`);
      expect((await waitForMail(t.db, declined.user.email)).subject).toBe(`Ihre Bewerbung für „${c.name}“`);
    });

    it('capacity holds when two admins admit different applicants to the last place at the same moment (5 rounds)', async () => {
      for (let round = 0; round < 5; round++) {
        const c = await cohort({ capacity: 2 });
        await arranged(c.id, 'admitted');
        const first = await arranged(c.id, 'applied');
        const second = await arranged(c.id, 'waitlisted');
        const [r1, r2] = await Promise.all([decide(admin, [first.id], 'ADMIT'), decide(admin2, [second.id], 'ADMIT')]);
        const decided = [...r1.decided, ...r2.decided];
        const failed = [...r1.failed, ...r2.failed];
        expect({ round, decided: decided.length, failed: failed.length }).toEqual({ round, decided: 1, failed: 1 });
        expect(failed[0]).toEqual({ enrolmentId: expect.any(String), code: 'COHORT_FULL', message: 'Der Durchgang ist voll: alle 2 Plätze sind vergeben.' });
        expect(failed[0].enrolmentId).not.toBe(decided[0].id);
        const loser = failed[0].enrolmentId;
        expect(await stateOf(loser)).toBe(loser === first.id ? 'applied' : 'waitlisted');
        expect(await t.db.query(`SELECT count(*)::int AS n FROM enrolments WHERE cohort_id = $1 AND state IN ('admitted', 'completed')`, [c.id])).toEqual([{ n: 2 }]);
        expect((await admin.ok<{ cohort: { seatsTaken: number } }>(SEATS, { id: c.id })).cohort.seatsTaken).toBe(2);
      }
    });

    it('refuses everyone but admins', async () => {
      const c = await cohort();
      const { id } = await arranged(c.id, 'applied');
      const { client } = await participant();
      expect((await client.error(DECIDE, { input: { enrolmentIds: [id], decision: 'ADMIT' } })).code).toBe('FORBIDDEN');
      const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
      const tc = t.client();
      await tc.signIn(trainer.email, trainer.password);
      expect((await tc.error(DECIDE, { input: { enrolmentIds: [id], decision: 'ADMIT' } })).code).toBe('FORBIDDEN');
      expect(await stateOf(id)).toBe('applied');
    });
  });

  describe('withdrawEnrolment and the waitlist', () => {
    it('a participant withdraws; the first waitlisted applicant (by waitlist order) moves up and is told by mail', async () => {
      const c = await cohort({ capacity: 2 });
      const { user: leaving, client } = await participant();
      const mine = await arranged(c.id, 'admitted', { user: leaving });
      const stays = await arranged(c.id, 'admitted');
      // Applied first, waitlisted second …
      const appliedFirst = await arranged(c.id, 'applied', { appliedAt: new Date(Date.now() - 3 * 86_400_000).toISOString() });
      // … applied later, waitlisted first: this one moves up.
      const waitlistedFirst = await arranged(c.id, 'applied', { appliedAt: new Date(Date.now() - 86_400_000).toISOString() });
      await decide(admin, [waitlistedFirst.id], 'WAITLIST');
      await decide(admin, [appliedFirst.id], 'WAITLIST');

      const { withdrawEnrolment } = await client.ok<{ withdrawEnrolment: { id: string; state: State; decisionMessage: string | null } }>(WITHDRAW, {
        input: { enrolmentId: mine.id, reason: 'Stellenwechsel' },
      });
      expect(withdrawEnrolment).toEqual({ id: mine.id, state: 'WITHDRAWN', decisionMessage: 'Stellenwechsel' });
      expect(await stateOf(waitlistedFirst.id)).toBe('admitted');
      expect(await stateOf(appliedFirst.id)).toBe('waitlisted');
      expect(await stateOf(stays.id)).toBe('admitted');
      expect((await admin.ok<{ cohort: { seatsTaken: number; waitlistCount: number } }>(SEATS, { id: c.id })).cohort).toMatchObject({ seatsTaken: 2, waitlistCount: 1 });

      const mail = await waitForMail(t.db, waitlistedFirst.user.email, { subject: /Warteliste nachgerückt/ });
      expect(mail.subject).toBe(`Sie sind von der Warteliste nachgerückt: „${c.name}“`);
      const movedUp = await t.db.query(`SELECT actor_id, after FROM audit_events WHERE entity_id = $1 AND after->>'state' = 'admitted'`, [waitlistedFirst.id]);
      expect(movedUp).toEqual([{ actor_id: null, after: expect.objectContaining({ state: 'admitted', movedUp: true }) }]);
    });

    it('an admin’s withdrawal moves the waitlist up as well; with an empty waitlist nothing moves', async () => {
      const c = await cohort({ capacity: 1 });
      const admitted = await arranged(c.id, 'admitted');
      const waiting = await arranged(c.id, 'waitlisted');
      await decide(admin, [admitted.id], 'WITHDRAW');
      expect(await stateOf(waiting.id)).toBe('admitted');
      await decide(admin, [waiting.id], 'WITHDRAW');
      expect((await admin.ok<{ cohort: { seatsTaken: number } }>(SEATS, { id: c.id })).cohort.seatsTaken).toBe(0);
    });

    it('only one’s own enrolment, and only once admitted', async () => {
      const c = await cohort();
      const { user, client } = await participant();
      const other = await arranged(c.id, 'admitted');
      const before = await rowOf(other.id);
      expect(await client.error(WITHDRAW, { input: { enrolmentId: other.id } })).toMatchObject({
        code: 'ENROLMENT_NOT_FOUND',
        message: 'Die Anmeldung wurde nicht gefunden.',
      });
      expect(await rowOf(other.id)).toEqual(before);
      expect((await client.error(WITHDRAW, { input: { enrolmentId: randomUUID() } })).code).toBe('ENROLMENT_NOT_FOUND');
      // An admin cannot use the participant's operation on someone else's enrolment either.
      expect((await admin.error(WITHDRAW, { input: { enrolmentId: other.id } })).code).toBe('ENROLMENT_NOT_FOUND');

      const applied = await arranged(c.id, 'applied', { user });
      expect(await client.error(WITHDRAW, { input: { enrolmentId: applied.id } })).toMatchObject({
        code: 'TRANSITION_NOT_ALLOWED',
        message: 'Eine Anmeldung im Status „beworben“ kann nicht auf „zurückgezogen“ gesetzt werden.',
      });
      expect(await stateOf(applied.id)).toBe('applied');
    });
  });

  describe('lists', () => {
    it('myEnrolments returns only the caller’s own enrolments', async () => {
      const c1 = await cohort({ startsOn: day(30) });
      const c2 = await cohort({ startsOn: day(60) });
      const { user, client } = await participant();
      const a = await arranged(c1.id, 'admitted', { user });
      const b = await arranged(c2.id, 'applied', { user, municipalityId: moers });
      await arranged(c1.id, 'admitted');
      await arranged(c2.id, 'applied');
      const mine = (await client.ok<{ myEnrolments: EnrolmentRow[] }>(MINE)).myEnrolments;
      expect(mine.map((e) => [e.id, e.state, e.cohort.name, e.municipality.name, e.participant.id])).toEqual([
        [b.id, 'APPLIED', c2.name, 'Moers', user.id],
        [a.id, 'ADMITTED', c1.name, 'Kleve', user.id],
      ]);
      const { client: nobody } = await participant();
      expect(await nobody.ok(MINE)).toEqual({ myEnrolments: [] });
      expect((await t.client().error(MINE)).code).toBe('UNAUTHENTICATED');
    });

    describe('admin list and CSV', () => {
      const search = `liste${tag()}`;
      let c1: { id: string; name: string };
      let c2: { id: string; name: string };
      const ids: Record<string, string> = {};

      beforeAll(async () => {
        c1 = await cohort({ name: `Liste A ${tag()}`, startsOn: day(30) });
        c2 = await cohort({ name: `Liste B ${tag()}`, startsOn: day(60) });
        const person = (n: string) => ({ displayName: `${n} ${search}`, email: `${n.toLowerCase()}.${search}@kreis.example` });
        ids['anna'] = (await arranged(c1.id, 'admitted', { ...person('Anna'), municipalityId: kleve, appliedAt: '2026-03-01T23:30:00Z' })).id;
        ids['bert'] = (await arranged(c1.id, 'applied', { ...person('Bert'), municipalityId: moers, appliedAt: '2026-03-02T08:00:00Z' })).id;
        ids['cleo'] = (await arranged(c1.id, 'waitlisted', { ...person('Cleo'), municipalityId: kleve, appliedAt: '2026-03-03T08:00:00Z' })).id;
        ids['dana'] = (await arranged(c2.id, 'applied', { ...person('Dana'), municipalityId: moers, appliedAt: '2026-03-04T08:00:00Z' })).id;
        await t.db.query(`UPDATE enrolments SET decided_at = '2026-04-01T22:30:00Z', job_role = '=HYPERLINK("http://evil.example")' WHERE id = $1`, [ids['anna']]);
      });

      type Page = { enrolments: { total: number; limit: number; offset: number; items: Array<{ id: string; state: State; municipality: { key: string }; cohort: { id: string } }> } };
      const list = (variables: Record<string, unknown>) => admin.ok<Page>(LIST, variables).then((d) => d.enrolments);

      it('filters by cohort, state, municipality and search, and pages', async () => {
        expect((await list({ cohortId: c1.id })).items.map((e) => e.id)).toEqual([ids['anna'], ids['bert'], ids['cleo']]);
        expect((await list({ cohortId: c1.id, state: 'WAITLISTED' })).items.map((e) => e.id)).toEqual([ids['cleo']]);
        expect((await list({ search, municipalityId: moers })).items.map((e) => e.id)).toEqual([ids['bert'], ids['dana']]);
        expect((await list({ search, state: 'APPLIED' })).items.map((e) => e.id)).toEqual([ids['bert'], ids['dana']]);
        expect((await list({ search: `CLEO ${search.toUpperCase()}` })).items.map((e) => e.id)).toEqual([ids['cleo']]);
        expect((await list({ search: `dana.${search}@` })).items.map((e) => e.id)).toEqual([ids['dana']]);
        expect((await list({ cohortId: c2.id, state: 'ADMITTED' })).total).toBe(0);
        const page = await list({ search, limit: 2, offset: 1 });
        expect(page).toMatchObject({ total: 4, limit: 2, offset: 1 });
        expect(page.items.map((e) => e.id)).toEqual([ids['bert'], ids['cleo']]);
      });

      it('exports CSV for German Excel: BOM, semicolons, German header, Berlin dates, no formulas', async () => {
        const { enrolmentsCsv: file } = await admin.ok<{ enrolmentsCsv: { filename: string; contentType: string; content: string } }>(CSV, { cohortId: c1.id });
        expect(file.filename).toBe('anmeldungen.csv');
        expect(file.contentType).toBe('text/csv;charset=utf-8');
        expect(file.content.startsWith('\uFEFF')).toBe(true);
        const lines = file.content.slice(1).split('\r\n');
        expect(lines[0]).toBe('Durchgang;Name;E-Mail;Kommune;Gemeindeschlüssel;Funktion;Status;Beworben am;Entschieden am');
        expect(lines.slice(1, -1)).toEqual([
          `${c1.name};Anna ${search};anna.${search}@kreis.example;Kleve;05154036;"'=HYPERLINK(""http://evil.example"")";zugelassen;2026-03-02;2026-04-02`,
          `${c1.name};Bert ${search};bert.${search}@kreis.example;Moers;05170024;Sachgebietsleitung Integration;beworben;2026-03-02;`,
          `${c1.name};Cleo ${search};cleo.${search}@kreis.example;Kleve;05154036;Sachgebietsleitung Integration;auf der Warteliste;2026-03-03;`,
        ]);
        expect(lines[lines.length - 1]).toBe('');

        const filtered = (await admin.ok<{ enrolmentsCsv: { content: string } }>(CSV, { search, state: 'APPLIED' })).enrolmentsCsv.content;
        expect(filtered.slice(1).split('\r\n').slice(1, -1).map((l) => l.split(';')[1])).toEqual([`Bert ${search}`, `Dana ${search}`]);
        const byMunicipality = (await admin.ok<{ enrolmentsCsv: { content: string } }>(CSV, { search, municipalityId: kleve })).enrolmentsCsv.content;
        expect(byMunicipality.slice(1).split('\r\n').slice(1, -1).map((l) => l.split(';')[1])).toEqual([`Anna ${search}`, `Cleo ${search}`]);
      });

      it('exports in English for an English-speaking admin', async () => {
        const en = await createUser(t.db, { roles: [Role.ADMIN], locale: Locale.EN });
        const english = t.client('en');
        await english.signIn(en.email, en.password);
        const { enrolmentsCsv: file } = await english.ok<{ enrolmentsCsv: { filename: string; content: string } }>(CSV, { cohortId: c1.id, state: 'WAITLISTED' });
        expect(file.filename).toBe('enrolments.csv');
        expect(file.content.startsWith('\uFEFF')).toBe(true);
        const lines = file.content.slice(1).split('\r\n');
        expect(lines[0]).toBe('Cohort;Name;E-mail;Municipality;Municipality key;Role;State;Applied on;Decided on');
        expect(lines[1].split(';')[6]).toBe('waitlisted');
      });

      it('refuses everyone but admins', async () => {
        const { client } = await participant();
        expect((await client.error(LIST, {})).code).toBe('FORBIDDEN');
        expect((await client.error(CSV, {})).code).toBe('FORBIDDEN');
        const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
        const tc = t.client();
        await tc.signIn(trainer.email, trainer.password);
        expect((await tc.error(LIST, { cohortId: c1.id })).code).toBe('FORBIDDEN');
        expect((await tc.error(CSV, { cohortId: c1.id })).code).toBe('FORBIDDEN');
      });
    });
  });
});
