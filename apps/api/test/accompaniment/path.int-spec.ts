import { sqlOne } from '@koko/api/core/database';
import { auditTrail, countStatements, createAttempt, createMunicipality, createRunningCohort, createUser, GraphQLClient, signInAs, TestApp, TestUser } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { startApp } from '../support/app';

const PATH_FIELDS = `municipalityId municipalityName stage reachedCount advisors { id displayName }
  milestones { id position title titleEn status datedOn note evidenceUrl updatedBy { id }
    evidenceAssignment { moduleId modulePosition participant { id } sharedByViewer } }`;
const PATH = `query($id: ID!) { kommunePath(municipalityId: $id) { ${PATH_FIELDS} } }`;
const MINE = `{ myKommunePaths { ${PATH_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { ${PATH_FIELDS} } }`;
const ADD = `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { ${PATH_FIELDS} } }`;
const REMOVE = `mutation($id: ID!) { removeMilestone(milestoneId: $id) { ${PATH_FIELDS} } }`;
const SHARE = `mutation($input: ShareAssignmentEvidenceInput!) { shareAssignmentEvidence(input: $input) { ${PATH_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawAssignmentEvidence(milestoneId: $id) { ${PATH_FIELDS} } }`;
const START = `mutation($id: ID!) { startAccompaniment(municipalityId: $id) { ${PATH_FIELDS} } }`;
const ADVISORS = `mutation($input: SetKommuneAdvisorsInput!) { setKommuneAdvisors(input: $input) { ${PATH_FIELDS} } }`;
const OVERVIEW = `query($regierungsbezirk: String, $kreisKey: String, $tookPartInKoko1: Boolean, $hasIntegrationCentre: Boolean, $stage: AccompanimentStage) {
  accompanimentOverview(regierungsbezirk: $regierungsbezirk, kreisKey: $kreisKey, tookPartInKoko1: $tookPartInKoko1, hasIntegrationCentre: $hasIntegrationCentre, stage: $stage) {
    stageCounts { stage count }
    kommunen { municipalityId name stage reachedCount milestoneCount nextMilestone participantCount kreisKey kreisName advisors { displayName } }
  }
}`;

interface Path {
  municipalityId: string;
  stage: string;
  reachedCount: number;
  advisors: Array<{ id: string }>;
  milestones: Array<{
    id: string;
    position: number;
    title: string;
    titleEn: string | null;
    status: string;
    datedOn: string | null;
    note: string | null;
    evidenceUrl: string | null;
    updatedBy: { id: string } | null;
    evidenceAssignment: { moduleId: string; modulePosition: number; participant: { id: string }; sharedByViewer: boolean } | null;
  }>;
}

let keyCounter = 0;

describe('accompaniment: a Kommune’s development path', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  beforeAll(async () => {
    t = await startApp();
    admin = await signInAs(t, await createUser(t.db, { roles: [Role.ADMIN] }));
  });
  afterAll(() => t.close());

  /** A Kommune with a running cohort of `participants` admitted from it, its path started by an admin. */
  async function kommune(participants = 2, overrides: { regierungsbezirk?: string; hasIntegrationCentre?: boolean } = {}) {
    keyCounter++;
    const cohort = await createRunningCohort(t.db, { participants });
    const municipality = await createMunicipality(t.db, { key: `0517${String(keyCounter).padStart(4, '0')}`, name: `Testkommune ${keyCounter}`, kreisKey: '05170', ...overrides });
    await t.db.query(`UPDATE enrolments SET municipality_id = $1 WHERE cohort_id = $2`, [municipality.id, cohort.cohortId]);
    const path = (await admin.ok<{ startAccompaniment: Path }>(START, { id: municipality.id })).startAccompaniment;
    const people: TestUser[] = await Promise.all(
      cohort.participantIds.map(async (id) => ({ ...(await sqlOne<{ id: string; email: string }>(t.db, `SELECT id, email FROM users WHERE id = $1`, [id])), roles: [Role.PARTICIPANT] }) as unknown as TestUser),
    );
    return { municipality, cohort, path, people };
  }

  it('an admin starts a Kommune’s accompaniment with the six default milestones; a second start is refused', async () => {
    const k = await kommune();
    expect(k.path.milestones.map((m) => m.title)).toEqual([
      'Bestandsaufnahme',
      'Konfliktanalyse',
      'Akteursnetzwerk',
      'Verfahren und Zuständigkeiten',
      'Krisenplan',
      'Verankerung in der Verwaltung',
    ]);
    expect(k.path.milestones.every((m) => m.status === 'OPEN')).toBe(true);
    expect(k.path.stage).toBe('NOT_STARTED');
    expect(await admin.error(START, { id: k.municipality.id })).toMatchObject({ code: 'ACCOMPANIMENT_ALREADY_STARTED' });
    expect((await auditTrail(t.db, { entityId: k.municipality.id })).map((e) => e.action)).toEqual(['accompaniment.started']);
  });

  it('admitting someone of a Kommune gives it the default path', async () => {
    keyCounter++;
    const cohort = await createRunningCohort(t.db, { participants: 0 });
    const municipality = await createMunicipality(t.db, { key: `0517${String(keyCounter).padStart(4, '0')}`, name: `Neue Kommune ${keyCounter}`, kreisKey: '05170' });
    const applicant = await createUser(t.db);
    const enrolment = await sqlOne<{ id: string }>(
      t.db,
      `INSERT INTO enrolments (cohort_id, user_id, municipality_id, job_role, motivation, state) VALUES ($1, $2, $3, 'Sachbearbeitung', 'Motivation', 'applied') RETURNING id`,
      [cohort.cohortId, applicant.id, municipality.id],
    );
    await admin.ok(`mutation($input: DecideEnrolmentsInput!) { decideEnrolments(input: $input) { decided { id } } }`, {
      input: { enrolmentIds: [enrolment.id], decision: 'ADMIT' },
    });
    const participant = await signInAs(t, applicant);
    const mine = (await participant.ok<{ myKommunePaths: Path[] }>(MINE)).myKommunePaths;
    expect(mine.map((p) => p.municipalityId)).toEqual([municipality.id]);
    expect(mine[0].milestones).toHaveLength(6);
  });

  it('its participants and its advisors edit the path; each change is audited and the stage follows', async () => {
    const k = await kommune();
    const participant = await signInAs(t, k.people[0]);
    const advisorUser = await createUser(t.db, { roles: [Role.ADVISOR] });
    const advisor = await signInAs(t, advisorUser);
    const [first, second] = k.path.milestones;
    // Not yet assigned: the advisor learns nothing.
    expect(await advisor.error(PATH, { id: k.municipality.id })).toMatchObject({ code: 'ACCOMPANIMENT_NOT_FOUND' });
    const assigned = (await admin.ok<{ setKommuneAdvisors: Path }>(ADVISORS, { input: { municipalityId: k.municipality.id, advisorIds: [advisorUser.id] } })).setKommuneAdvisors;
    expect(assigned.advisors.map((a) => a.id)).toEqual([advisorUser.id]);

    const byAdvisor = (
      await advisor.ok<{ updateMilestone: Path }>(UPDATE, {
        input: { milestoneId: first.id, title: first.title, status: 'REACHED', datedOn: '2026-03-01', note: 'Bestandsaufnahme mit 12 Ämtern abgeschlossen.', evidenceUrl: 'https://kommune.example/bericht.pdf' },
      })
    ).updateMilestone;
    expect(byAdvisor.milestones[0]).toMatchObject({ status: 'REACHED', datedOn: '2026-03-01', evidenceUrl: 'https://kommune.example/bericht.pdf', updatedBy: { id: advisorUser.id } });
    expect(byAdvisor).toMatchObject({ stage: 'STARTED', reachedCount: 1 });

    const byParticipant = (await participant.ok<{ updateMilestone: Path }>(UPDATE, { input: { milestoneId: second.id, title: 'Konfliktanalyse im Quartier', status: 'IN_PROGRESS' } })).updateMilestone;
    expect(byParticipant.milestones[1]).toMatchObject({ title: 'Konfliktanalyse im Quartier', titleEn: null, status: 'IN_PROGRESS' });
    // The participant sees the same path on Mein Weg.
    expect((await participant.ok<{ myKommunePaths: Path[] }>(MINE)).myKommunePaths[0].milestones[0].note).toBe('Bestandsaufnahme mit 12 Ämtern abgeschlossen.');

    const trail = await auditTrail(t.db, { entityId: first.id });
    expect(trail).toEqual([
      expect.objectContaining({
        action: 'accompaniment-milestone.updated',
        actorId: advisorUser.id,
        before: expect.objectContaining({ status: 'open' }),
        after: expect.objectContaining({ status: 'reached', datedOn: '2026-03-01' }),
      }),
    ]);

    const added = (await participant.ok<{ addMilestone: Path }>(ADD, { input: { municipalityId: k.municipality.id, title: 'Fortbildung der Leitungsebene' } })).addMilestone;
    expect(added.milestones.map((m) => m.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const removed = (await advisor.ok<{ removeMilestone: Path }>(REMOVE, { id: added.milestones[2].id })).removeMilestone;
    expect(removed.milestones.map((m) => [m.position, m.title])).toEqual([
      [1, 'Bestandsaufnahme'],
      [2, 'Konfliktanalyse im Quartier'],
      [3, 'Verfahren und Zuständigkeiten'],
      [4, 'Krisenplan'],
      [5, 'Verankerung in der Verwaltung'],
      [6, 'Fortbildung der Leitungsebene'],
    ]);
    expect((await auditTrail(t.db, { entityId: added.milestones[2].id })).map((e) => e.action)).toEqual(['accompaniment-milestone.removed']);
  });

  it('people of other Kommunen, unassigned advisors and trainers learn nothing and change nothing', async () => {
    const k = await kommune();
    const other = await kommune();
    const stranger = await signInAs(t, other.people[0]);
    const advisorElsewhere = await createUser(t.db, { roles: [Role.ADVISOR] });
    await admin.ok(ADVISORS, { input: { municipalityId: other.municipality.id, advisorIds: [advisorElsewhere.id] } });
    const milestone = k.path.milestones[0];
    for (const client of [stranger, await signInAs(t, advisorElsewhere)]) {
      expect(await client.error(PATH, { id: k.municipality.id })).toMatchObject({ code: 'ACCOMPANIMENT_NOT_FOUND' });
      expect(await client.error(UPDATE, { input: { milestoneId: milestone.id, title: 'Übernommen', status: 'REACHED', datedOn: '2026-01-01' } })).toMatchObject({
        code: 'MILESTONE_NOT_FOUND',
      });
      expect(await client.error(REMOVE, { id: milestone.id })).toMatchObject({ code: 'MILESTONE_NOT_FOUND' });
      expect(await client.error(ADD, { input: { municipalityId: k.municipality.id, title: 'Fremd' } })).toMatchObject({ code: 'ACCOMPANIMENT_NOT_FOUND' });
    }
    const trainer = await signInAs(t, await createUser(t.db, { roles: [Role.TRAINER] }));
    expect(await trainer.error(PATH, { id: k.municipality.id })).toMatchObject({ code: 'FORBIDDEN' });
    const unchanged = (await admin.ok<{ kommunePath: Path }>(PATH, { id: k.municipality.id })).kommunePath;
    expect(unchanged.milestones).toEqual(k.path.milestones);
  });

  it('bad input gets a translated message and changes nothing', async () => {
    const k = await kommune();
    const participant = await signInAs(t, k.people[0]);
    const m = k.path.milestones[0];
    expect(await participant.error(UPDATE, { input: { milestoneId: m.id, title: m.title, status: 'REACHED' } })).toMatchObject({
      code: 'REACHED_NEEDS_DATE',
      message: 'Bitte geben Sie an, wann der Meilenstein erreicht wurde.',
    });
    expect(await participant.error(UPDATE, { input: { milestoneId: m.id, title: m.title, status: 'REACHED', datedOn: '2099-01-01' } })).toMatchObject({ code: 'DATE_IN_FUTURE' });
    expect(await participant.error(UPDATE, { input: { milestoneId: m.id, title: m.title, status: 'OPEN', evidenceUrl: 'javascript:alert(1)' } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await participant.error(UPDATE, { input: { milestoneId: m.id, title: ' ', status: 'OPEN' } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    const advisor = await createUser(t.db, { roles: [Role.TRAINER] });
    expect(await admin.error(ADVISORS, { input: { municipalityId: k.municipality.id, advisorIds: [advisor.id] } })).toMatchObject({ code: 'NOT_AN_ADVISOR' });
    const unchanged = (await admin.ok<{ kommunePath: Path }>(PATH, { id: k.municipality.id })).kommunePath;
    expect(unchanged.milestones).toEqual(k.path.milestones);
    expect(unchanged.advisors).toEqual([]);
    expect(await auditTrail(t.db, { entityId: m.id })).toEqual([]);
  });

  it('a participant shares their own submitted transfer assignment as evidence and withdraws it; nobody shares another’s', async () => {
    const k = await kommune();
    const [anna, ben] = k.people;
    const moduleId = k.cohort.moduleIds[1];
    await createAttempt(t.db, k.cohort.enrolmentIds[0], moduleId, { state: 'passed' });
    const annaClient = await signInAs(t, anna);
    const benClient = await signInAs(t, ben);
    const milestone = k.path.milestones[1];
    // Ben has not submitted module 2: nothing to share.
    expect(await benClient.error(SHARE, { input: { milestoneId: milestone.id, moduleId } })).toMatchObject({ code: 'ASSIGNMENT_NOT_SHAREABLE' });
    const shared = (await annaClient.ok<{ shareAssignmentEvidence: Path }>(SHARE, { input: { milestoneId: milestone.id, moduleId } })).shareAssignmentEvidence;
    expect(shared.milestones[1].evidenceAssignment).toEqual({ moduleId, modulePosition: 2, participant: { id: anna.id }, sharedByViewer: true });
    const seenByBen = (await benClient.ok<{ kommunePath: Path }>(PATH, { id: k.municipality.id })).kommunePath;
    expect(seenByBen.milestones[1].evidenceAssignment).toMatchObject({ participant: { id: anna.id }, sharedByViewer: false });
    expect((await auditTrail(t.db, { entityId: milestone.id, subjectUserId: anna.id })).map((e) => e.action)).toEqual(['accompaniment-milestone.evidence-shared']);
    const withdrawn = (await annaClient.ok<{ withdrawAssignmentEvidence: Path }>(WITHDRAW, { id: milestone.id })).withdrawAssignmentEvidence;
    expect(withdrawn.milestones[1].evidenceAssignment).toBeNull();
    expect((await auditTrail(t.db, { entityId: milestone.id })).map((e) => e.action)).toEqual(['accompaniment-milestone.evidence-shared', 'accompaniment-milestone.evidence-withdrawn']);
  });

  it('the overview lists every participating Kommune with its stage, filters, counts per stage, and reads in a fixed number of statements', async () => {
    const a = await kommune(3, { regierungsbezirk: 'Münster', hasIntegrationCentre: true });
    const b = await kommune(1, { regierungsbezirk: 'Münster' });
    const participant = await signInAs(t, a.people[0]);
    for (const m of a.path.milestones) await participant.ok(UPDATE, { input: { milestoneId: m.id, title: m.title, status: 'REACHED', datedOn: '2026-02-01' } });
    const advisorUser = await createUser(t.db, { roles: [Role.ADVISOR], displayName: 'Hanna Beratung' });
    await admin.ok(ADVISORS, { input: { municipalityId: b.municipality.id, advisorIds: [advisorUser.id] } });

    type Overview = { accompanimentOverview: { stageCounts: Array<{ stage: string; count: number }>; kommunen: Array<Record<string, unknown>> } };
    const muenster = (await admin.ok<Overview>(OVERVIEW, { regierungsbezirk: 'Münster' })).accompanimentOverview;
    expect(muenster.kommunen.map((x) => x['municipalityId'])).toEqual([a.municipality.id, b.municipality.id]);
    expect(muenster.kommunen[0]).toMatchObject({ stage: 'ANCHORED', reachedCount: 6, milestoneCount: 6, nextMilestone: null, participantCount: 3, kreisKey: '05170', kreisName: 'Kreis Testkommune 1' });
    expect(muenster.kommunen[1]).toMatchObject({ stage: 'NOT_STARTED', nextMilestone: 'Bestandsaufnahme', participantCount: 1, advisors: [{ displayName: 'Hanna Beratung' }] });
    expect(muenster.stageCounts).toEqual([
      { stage: 'NOT_STARTED', count: 1 },
      { stage: 'STARTED', count: 0 },
      { stage: 'ADVANCED', count: 0 },
      { stage: 'ANCHORED', count: 1 },
    ]);
    const withKi = (await admin.ok<Overview>(OVERVIEW, { regierungsbezirk: 'Münster', hasIntegrationCentre: true })).accompanimentOverview;
    expect(withKi.kommunen.map((x) => x['municipalityId'])).toEqual([a.municipality.id]);
    const anchored = (await admin.ok<Overview>(OVERVIEW, { regierungsbezirk: 'Münster', stage: 'ANCHORED' })).accompanimentOverview;
    expect(anchored.kommunen.map((x) => x['municipalityId'])).toEqual([a.municipality.id]);
    expect(anchored.stageCounts.find((c) => c.stage === 'NOT_STARTED')?.count).toBe(1);

    // The advisor sees only the Kommune they accompany.
    const advisor = await signInAs(t, advisorUser);
    expect((await advisor.ok<Overview>(OVERVIEW, {})).accompanimentOverview.kommunen.map((x) => x['municipalityId'])).toEqual([b.municipality.id]);

    // CSV in German, as the funders' reports want it.
    const csv = (await admin.ok<{ accompanimentOverviewCsv: { filename: string; content: string } }>(`{ accompanimentOverviewCsv(regierungsbezirk: "Münster") { filename content } }`))
      .accompanimentOverviewCsv;
    expect(csv.filename).toBe('begleitung.csv');
    expect(csv.content).toContain('Kommune;Schlüssel;Regierungsbezirk;Kreis;KoKo I;Kommunales Integrationszentrum;Stand');
    expect(csv.content).toContain(';Verankert;6;6;;3;');

    // Flat: as many statements for many Kommunen as for few.
    const few = await countStatements(t.db, () => admin.ok(OVERVIEW, { regierungsbezirk: 'Münster' }));
    for (let i = 0; i < 6; i++) await kommune(1, { regierungsbezirk: 'Münster' });
    const many = await countStatements(t.db, () => admin.ok(OVERVIEW, { regierungsbezirk: 'Münster' }));
    expect(many.count).toBe(few.count);
    const path = await countStatements(t.db, () => admin.ok(PATH, { id: a.municipality.id }));
    expect(path.count).toBeLessThanOrEqual(8);
  });
});
