import { sqlOne } from '@koko/api/core/database';
import { createUser, GraphQLClient, TestApp, waitForMail } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { startApp } from './support/app';

const CREATE_COHORT = `mutation($input: CohortInput!) { createCohort(input: $input) { id } }`;
const CREATE_MUNICIPALITY = `mutation($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id } }`;
const APPLY = `mutation($input: ApplyInput!) { applyToCohort(input: $input) { id } }`;
const APPLY_WITHOUT_ACCOUNT = `mutation($input: ApplyWithoutAccountInput!) { applyWithoutAccount(input: $input) }`;
const DECIDE = `mutation($input: DecideEnrolmentsInput!) { decideEnrolments(input: $input) { decided { id state } failed { code message } } }`;
const WITHDRAW = `mutation($input: WithdrawInput!) { withdrawEnrolment(input: $input) { id state } }`;

const berlinToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const day = (offset: number) => new Date(Date.parse(`${berlinToday}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const tag = () => Math.random().toString(36).slice(2, 8);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What each mail must say, per language. */
const EXPECTED = {
  de: {
    received: (c: string) => `Ihre Bewerbung für „${c}“ ist eingegangen`,
    newAccount: 'Bitte legen Sie über den folgenden Link Ihr Passwort fest',
    admitted: (c: string) => `Zusage: Sie sind für „${c}“ zugelassen`,
    waitlisted: (c: string) => `Ihre Bewerbung für „${c}“: Platz auf der Warteliste`,
    declined: (c: string) => `Ihre Bewerbung für „${c}“`,
    withdrawn: (c: string) => `Bestätigung: Ihre Teilnahme an „${c}“ ist beendet`,
    movedUp: (c: string) => `Sie sind von der Warteliste nachgerückt: „${c}“`,
    existing: (c: string) => `Bewerbung für „${c}“: Bitte melden Sie sich an`,
    teamMessage: 'Nachricht des Programmteams:',
    ownReason: 'Ihre Begründung:',
  },
  en: {
    received: (c: string) => `We have received your application for “${c}”`,
    newAccount: 'Please set your password using the following link',
    admitted: (c: string) => `You have been admitted to “${c}”`,
    waitlisted: (c: string) => `Your application for “${c}”: a place on the waitlist`,
    declined: (c: string) => `Your application for “${c}”`,
    withdrawn: (c: string) => `Confirmation: your participation in “${c}” has ended`,
    movedUp: (c: string) => `You have moved up from the waitlist: “${c}”`,
    existing: (c: string) => `Application for “${c}”: please sign in`,
    teamMessage: 'Message from the programme team:',
    ownReason: 'Your reason:',
  },
} as const;

describe('enrolment mails', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let municipalityId: string;

  beforeAll(async () => {
    t = await startApp();
    const a = await createUser(t.db, { roles: [Role.ADMIN] });
    admin = t.client();
    await admin.signIn(a.email, a.password);
    const input = { key: '05515000', name: 'Münster', kind: 'KREISFREIE_STADT', kreisKey: null, regierungsbezirk: 'Münster', hasIntegrationCentre: true, tookPartInKoko1: false };
    municipalityId = (await admin.ok<{ createMunicipality: { id: string } }>(CREATE_MUNICIPALITY, { input })).createMunicipality.id;
  });
  afterAll(() => t.close());

  const application = (cohortId: string) => ({
    cohortId,
    municipalityId,
    jobRole: 'Sachgebietsleitung Integration',
    motivation: 'Ich möchte Konflikte in unserer Kommune früh erkennen.',
  });
  const decide = async (enrolmentId: string, decision: string, message?: string) => {
    const { decideEnrolments } = await admin.ok<{ decideEnrolments: { failed: unknown[] } }>(DECIDE, { input: { enrolmentIds: [enrolmentId], decision, message } });
    expect(decideEnrolments.failed).toEqual([]);
  };
  const outboxCount = async (email: string) => (await sqlOne<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = $1`, [email])).n;

  it.each([Locale.DE, Locale.EN])('go out in the participant’s language (%s), with the cohort’s name in it', async (locale) => {
    const say = EXPECTED[locale];
    const names = { de: `Durchgang ${tag()}`, en: `Cohort ${tag()}` };
    const cohortName = names[locale];
    const input = { name: names.de, nameEn: names.en, startsOn: day(30), endsOn: day(200), capacity: 1, applicationsOpenOn: day(-5), applicationsCloseOn: day(20) };
    const cohortId = (await admin.ok<{ createCohort: { id: string } }>(CREATE_COHORT, { input })).createCohort.id;
    const participant = async () => {
      const user = await createUser(t.db, { locale });
      const client = t.client(locale);
      await client.signIn(user.email, user.password);
      const enrolmentId = (await client.ok<{ applyToCohort: { id: string } }>(APPLY, { input: application(cohortId) })).applyToCohort.id;
      return { user, client, enrolmentId };
    };
    const mail = (email: string, subject: string) => waitForMail(t.db, email, { subject: new RegExp(`^${escape(subject)}$`) });

    // Applied: the first participant gets the place, the second waits, the third is declined.
    const first = await participant();
    const received = await mail(first.user.email, say.received(cohortName));
    expect(received.text).not.toContain(say.newAccount);
    await decide(first.enrolmentId, 'ADMIT', 'Bitte bringen Sie Ihren Laptop mit.');
    const admitted = await mail(first.user.email, say.admitted(cohortName));
    expect(admitted.text).toContain(`${say.teamMessage}\nBitte bringen Sie Ihren Laptop mit.`);
    expect(admitted.text).toContain('http://campus.test/mein-weg');
    expect(admitted.html).toContain('href="http://campus.test/mein-weg"');

    const second = await participant();
    await decide(second.enrolmentId, 'WAITLIST');
    const waitlisted = await mail(second.user.email, say.waitlisted(cohortName));
    expect(waitlisted.text).not.toContain(say.teamMessage);

    const third = await participant();
    await decide(third.enrolmentId, 'DECLINE', 'Der Durchgang ist ausgebucht.');
    expect((await mail(third.user.email, say.declined(cohortName))).text).toContain('Der Durchgang ist ausgebucht.');

    // The admitted participant withdraws: they get a confirmation quoting their reason, the waitlisted one moves up.
    await first.client.ok(WITHDRAW, { input: { enrolmentId: first.enrolmentId, reason: 'Neue Stelle' } });
    expect((await mail(first.user.email, say.withdrawn(cohortName))).text).toContain(`${say.ownReason}\nNeue Stelle`);
    expect((await mail(second.user.email, say.movedUp(cohortName))).text).toContain('http://campus.test/mein-weg');

    // Completing sends no mail (the certificate will).
    const queued = await outboxCount(second.user.email);
    await decide(second.enrolmentId, 'COMPLETE');
    expect(await outboxCount(second.user.email)).toBe(queued);

    // Applying without an account: a new address gets one mail, the receipt with the set-password link (no
    // separate invitation); the address of an existing account is asked to sign in instead.
    const email = `neu.${tag()}@example.org`;
    await t.client(locale).ok(APPLY_WITHOUT_ACCOUNT, { input: { ...application(cohortId), email, displayName: 'Nora Neu', locale: locale.toUpperCase() } });
    const receipt = await mail(email, say.received(cohortName));
    expect(receipt.text).toContain(say.newAccount);
    expect(receipt.text).toMatch(/http:\/\/campus\.test\/\S+\?token=\S+/);
    expect(receipt.text).not.toMatch(/eingeladen|invited/);
    expect(await outboxCount(email)).toBe(1);

    await t.client(locale).ok(APPLY_WITHOUT_ACCOUNT, { input: { ...application(cohortId), email: third.user.email.toUpperCase(), displayName: 'Jemand', locale: 'DE' } });
    const existing = await mail(third.user.email, say.existing(cohortName));
    expect(existing.text).toContain(`http://campus.test/bewerben/${cohortId}`);
  });
});
