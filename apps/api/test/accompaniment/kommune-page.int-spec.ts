import { sqlOne } from '@koko/api/core/database';
import {
  addSurveyResponses,
  completeModules,
  countStatements,
  createAccompaniedKommunen,
  createAttempt,
  createCertificate,
  createEnrolment,
  createMunicipality,
  createRunningCohort,
  createUser,
  GraphQLClient,
  shortFormatRegistrationOf,
  signInAs,
  TestApp,
} from '@koko/api/testing';
import { Role } from '@koko/shared';
import { startApp } from '../support/app';
import { CREATE_QUESTIONNAIRE, DAY, itemIds, openSurvey, QUESTIONNAIRE, VersionShape } from '../evaluation/support';
import { CHECK_IN, CONFIRM, CREATE, PUBLISH, REGISTER } from '../short-formats/support';

const PAGE = `query($id: ID!) { kommunePage(municipalityId: $id) {
  municipalityId kreisName municipality { name regierungsbezirk }
  path { stage reachedCount milestones { title status } advisors { id } }
  participants { enrolmentId displayName jobRole state cohortName progress { completedModules overallPercent certificate { status } } }
  shortFormats { title state registered attended }
  counsellingRequests { id status urgency topicTitle requester { id } appointments { id startsAt format cancelledAt } }
  evaluation { title wave suppressed responses minGroup items { code kommuneMean overallMean answered } }
  contacts { id displayName email roles jobRole }
} }`;
const START = `mutation($id: ID!) { startAccompaniment(municipalityId: $id) { municipalityId } }`;
const ADVISORS = `mutation($input: SetKommuneAdvisorsInput!) { setKommuneAdvisors(input: $input) { municipalityId } }`;
const REQUEST = `mutation($input: RequestCounsellingInput!) { requestCounselling(input: $input) { id } }`;
const ASSIGN = `mutation($input: AssignCounsellingAdvisorsInput!) { assignCounsellingAdvisors(input: $input) { id } }`;
const PLAN = `mutation($input: PlanCounsellingAppointmentInput!) { planCounsellingAppointment(input: $input) { id } }`;
const OVERVIEW = `query($regierungsbezirk: String) { accompanimentOverview(regierungsbezirk: $regierungsbezirk) {
  stageCounts { stage count } kommunen { municipalityId name stage reachedCount participantCount advisors { displayName } } } }`;

interface Page {
  municipalityId: string;
  kreisName: string | null;
  path: { stage: string; reachedCount: number } | null;
  participants: Array<{ enrolmentId: string; displayName: string; state: string; cohortName: string; progress: { completedModules: number; certificate: { status: string } } }>;
  shortFormats: Array<{ title: string; registered: number; attended: number }>;
  counsellingRequests: Array<{ id: string; requester: { id: string }; appointments: Array<{ id: string }> }>;
  evaluation: Array<{ title: string; suppressed: boolean; responses: number | null; items: Array<{ code: string; kommuneMean: number | null; overallMean: number | null; answered: number | null }> }>;
  contacts: Array<{ id: string; email: string; roles: string[]; jobRole: string | null }>;
}

let keys = 0;

describe('accompaniment: the Kommune page', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let topicId: string;
  beforeAll(async () => {
    t = await startApp();
    admin = await signInAs(t, await createUser(t.db, { roles: [Role.ADMIN] }));
    topicId = (await sqlOne<{ id: string }>(t.db, `SELECT id FROM short_format_topics WHERE NOT archived ORDER BY position LIMIT 1`)).id;
  });
  afterAll(() => t.close());

  /** A Kommune in a Kreis with `n` admitted participants in a running cohort, its path started. */
  async function kommune(n: number) {
    keys++;
    const municipality = await createMunicipality(t.db, { key: `0516${String(keys).padStart(4, '0')}`, name: `Seitenkommune ${keys}`, kreisKey: '05166' });
    const cohort = await createRunningCohort(t.db, { participants: 0, capacity: n + 1, name: `Durchgang Seite ${keys}` });
    const seats = [];
    for (let i = 0; i < n; i++) seats.push(await createEnrolment(t.db, cohort.cohortId, { municipalityId: municipality.id, state: 'admitted', jobRole: `Sachbearbeitung ${i + 1}` }));
    await admin.ok(START, { id: municipality.id });
    return { id: municipality.id, cohort, seats };
  }

  /** A counselling request by `requester` with `appointments` appointments planned by the admin. */
  async function request(requester: GraphQLClient, municipalityId: string, appointments: number, advisorId?: string): Promise<string> {
    const input = { municipalityId, topicId, description: 'Streit um die Nutzung der Gemeinschaftsräume im Quartier.', urgency: 'SOON', format: 'ONLINE', availability: 'vormittags' };
    const id = (await requester.ok<{ requestCounselling: { id: string } }>(REQUEST, { input })).requestCounselling.id;
    if (advisorId) await admin.ok(ASSIGN, { input: { requestId: id, advisorIds: [advisorId] } });
    for (let i = 0; i < appointments; i++) {
      const startsAt = new Date(Date.now() + (i + 2) * DAY).toISOString();
      await admin.ok(PLAN, { input: { requestId: id, startsAt, durationMinutes: 60, format: 'ONLINE', location: 'https://meet.example.org/beratung' } });
    }
    return id;
  }

  /** A published short format starting in half an hour: each e-mail registers for the Kommune and confirms; the first `checkedIn` are checked in. */
  async function shortFormat(municipalityId: string, emails: string[], checkedIn: number): Promise<string> {
    const startsAt = new Date(Date.now() + 30 * 60_000);
    const input = {
      title: `Austausch ${keys}`,
      topicId,
      description: 'Kurzer Austausch.',
      format: 'ONLINE',
      joinUrl: 'https://meet.example.org/kurz',
      address: null,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      capacity: 20,
      registrationOpensAt: new Date(Date.now() - DAY).toISOString(),
      registrationClosesAt: startsAt.toISOString(),
      targetGroup: 'Verwaltung',
      speakers: 'Team',
      language: 'DE',
      accessibility: 'Untertitel',
      contact: 'kurzformate@koko.example',
    };
    const id = (await admin.ok<{ createShortFormat: { id: string } }>(CREATE, { input })).createShortFormat.id;
    await admin.ok(PUBLISH, { id });
    const anonymous = t.client();
    for (const [i, email] of emails.entries()) {
      await anonymous.ok(REGISTER, { input: { shortFormatId: id, name: `Gast ${i}`, email, municipalityId, organisation: null, locale: 'DE' } });
      const registration = await shortFormatRegistrationOf(t.db, email, id);
      await anonymous.ok(CONFIRM, { input: { token: registration.token } });
      if (i < checkedIn) await admin.ok(CHECK_IN, { input: { shortFormatId: id, registrationId: registration.id } });
    }
    return id;
  }

  it('brings participants with progress and certificates, short formats, counselling with appointments, the path, contacts and evaluation together', async () => {
    const k = await kommune(3);
    const other = await kommune(5);
    await completeModules(t.db, k.cohort, [k.seats[0].id]);
    await createCertificate(t, k.seats[0].id);
    await createAttempt(t.db, k.seats[1].id, k.cohort.moduleIds[0], { state: 'passed' });
    const advisorUser = await createUser(t.db, { roles: [Role.ADVISOR], displayName: 'Hanna Begleitung' });
    await admin.ok(ADVISORS, { input: { municipalityId: k.id, advisorIds: [advisorUser.id] } });
    const requesterClient = await signInAs(t, k.seats[1].user);
    const assigned = await request(requesterClient, k.id, 2, advisorUser.id);
    const unassigned = await request(requesterClient, k.id, 0);
    await shortFormat(k.id, ['a.kommune@example.org', 'b.kommune@example.org', 'c.kommune@example.org'], 2);

    // Evaluation: one survey with 6 responses from this Kommune and 5 from the other (both shown);
    // one with 2 from here (suppressed, and the other's 5 with it: complementary suppression).
    const evaluator = await signInAs(t, await createUser(t.db, { roles: [Role.EVALUATION] }));
    const version = (await evaluator.ok<{ createQuestionnaire: VersionShape }>(CREATE_QUESTIONNAIRE, { input: QUESTIONNAIRE })).createQuestionnaire;
    const ids = itemIds(version);
    const answer = (municipalityId: string, prep: number) => ({ municipalityId, answers: [{ itemId: ids['prep'], value: prep }, { itemId: ids['wish'], text: 'Mehr Praxis' }] });
    const pre = await openSurvey(evaluator, version.id, k.cohort.cohortId, 'PRE');
    await addSurveyResponses(t.db, pre.id, [...[4, 4, 5, 5, 3, 3].map((v) => answer(k.id, v)), ...[1, 1, 2, 2, 2].map((v) => answer(other.id, v))]);
    const post = await openSurvey(evaluator, version.id, other.cohort.cohortId, 'POST');
    await addSurveyResponses(t.db, post.id, [answer(k.id, 5), answer(k.id, 4), ...[1, 2, 3, 4, 5].map((v) => answer(other.id, v))]);

    const page = (await admin.ok<{ kommunePage: Page }>(PAGE, { id: k.id })).kommunePage;
    expect(page.kreisName).toBe('Kreis Seitenkommune 1');
    expect(page.path).toMatchObject({ stage: 'NOT_STARTED', reachedCount: 0 });
    expect(page.participants).toHaveLength(3);
    const byEnrolment = (id: string) => page.participants.find((p) => p.enrolmentId === id);
    expect(byEnrolment(k.seats[0].id)?.progress).toMatchObject({ completedModules: 5, certificate: { status: 'ISSUED' } });
    expect(byEnrolment(k.seats[2].id)?.progress).toMatchObject({ completedModules: 0, certificate: { status: 'NOT_YET' } });
    expect(page.shortFormats).toEqual([expect.objectContaining({ registered: 3, attended: 2 })]);
    expect(page.counsellingRequests.map((r) => r.id).sort()).toEqual([assigned, unassigned].sort());
    expect(page.counsellingRequests.find((r) => r.id === assigned)?.appointments).toHaveLength(2);
    expect(page.evaluation.map((e) => [e.suppressed, e.responses])).toEqual(expect.arrayContaining([[false, 6], [true, null]]));
    const shown = page.evaluation.find((e) => !e.suppressed);
    // Only means: scales and numbers, never free texts or choices.
    expect(shown?.items.map((i) => i.code)).toEqual(['prep', 'conf', 'years']);
    expect(shown?.items[0]).toMatchObject({ kommuneMean: 4, overallMean: 2.91, answered: 6 });
    expect(page.evaluation.find((e) => e.suppressed)?.items).toEqual([]);
    const contact = (id: string) => page.contacts.find((c) => c.id === id);
    expect(contact(advisorUser.id)?.roles).toEqual(['ADVISOR']);
    expect(contact(k.seats[1].user.id)).toMatchObject({ email: k.seats[1].user.email, jobRole: 'Sachbearbeitung 2' });
    expect(contact(k.seats[1].user.id)?.roles.sort()).toEqual(['PARTICIPANT', 'REQUESTER']);

    // The advisor who accompanies the Kommune sees its page, with the counselling requests assigned to them.
    const advisor = await signInAs(t, advisorUser);
    const seenByAdvisor = (await advisor.ok<{ kommunePage: Page }>(PAGE, { id: k.id })).kommunePage;
    expect(seenByAdvisor.participants).toHaveLength(3);
    expect(seenByAdvisor.counsellingRequests.map((r) => r.id)).toEqual([assigned]);
  });

  it('refuses advisors of other Kommunen, participants, trainers and anonymous callers', async () => {
    const k = await kommune(1);
    const elsewhere = await kommune(1);
    const advisorElsewhere = await createUser(t.db, { roles: [Role.ADVISOR] });
    await admin.ok(ADVISORS, { input: { municipalityId: elsewhere.id, advisorIds: [advisorElsewhere.id] } });
    expect(await (await signInAs(t, advisorElsewhere)).error(PAGE, { id: k.id })).toMatchObject({ code: 'ACCOMPANIMENT_NOT_FOUND' });
    expect(await (await signInAs(t, k.seats[0].user)).error(PAGE, { id: k.id })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await (await signInAs(t, await createUser(t.db, { roles: [Role.TRAINER] }))).error(PAGE, { id: k.id })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.client().error(PAGE, { id: k.id })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await admin.error(PAGE, { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'MUNICIPALITY_NOT_FOUND' });
  });

  it('reads the Kommune page and the programme overview in as many statements for 5 Kommunen as for 400', async () => {
    const small = await kommune(1);
    const requester = await signInAs(t, small.seats[0].user);
    await request(requester, small.id, 1);
    await shortFormat(small.id, ['klein@example.org'], 1);
    await createAccompaniedKommunen(t.db, 5, { keyPrefix: '0591', regierungsbezirk: 'Detmold', reached: 2 });

    const few = { page: await countStatements(t.db, () => admin.ok(PAGE, { id: small.id })), overview: await countStatements(t.db, () => admin.ok(OVERVIEW, { regierungsbezirk: 'Detmold' })) };

    const large = await kommune(25);
    const people = await Promise.all(large.seats.slice(0, 6).map((s) => signInAs(t, s.user)));
    for (const p of people) await request(p, large.id, 2);
    await shortFormat(large.id, ['g1@example.org', 'g2@example.org', 'g3@example.org', 'g4@example.org'], 3);
    await completeModules(t.db, large.cohort, large.seats.slice(0, 3).map((s) => s.id));
    await createAccompaniedKommunen(t.db, 395, { keyPrefix: '0592', regierungsbezirk: 'Detmold', reached: 4 });

    const many = { page: await countStatements(t.db, () => admin.ok(PAGE, { id: large.id })), overview: await countStatements(t.db, () => admin.ok(OVERVIEW, { regierungsbezirk: 'Detmold' })) };
    const overview = (await admin.ok<{ accompanimentOverview: { kommunen: unknown[] } }>(OVERVIEW, { regierungsbezirk: 'Detmold' })).accompanimentOverview;
    expect(overview.kommunen).toHaveLength(400);
    expect((await admin.ok<{ kommunePage: Page }>(PAGE, { id: large.id })).kommunePage.counsellingRequests).toHaveLength(6);

    expect(many.page.statements).toEqual(few.page.statements);
    expect(many.overview.statements).toEqual(few.overview.statements);
    expect(few.page.count).toBeLessThanOrEqual(30);
    expect(few.overview.count).toBeLessThanOrEqual(8);
  });
});
