import { sqlRows } from '@koko/api/core/database';
import { countStatements, createRunningCohort, createSubmittedAttempts, createUser, GraphQLClient, programmeModuleIds, setCohortModule, signInAs, signInById, TestApp, TestUser } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { startApp } from './support/app';
import { sampleRubricInput } from './support/rubric';

const SAVE = `mutation($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id attemptNo state body version } }`;
const SUBMIT = `mutation($input: SubmitAttemptInput!) { submitAssignment(input: $input) { id state late submittedAt version } }`;
const OVERVIEW = `query($e: ID!, $m: ID!) { assignment(enrolmentId: $e, moduleId: $m) {
  brief dueAt effectiveDueAt maxAttempts canEdit extension { dueAt reason }
  attempts { id attemptNo state body feedback { verdict text releasedAt scores { criterionTitle levelLabel points } } }
} }`;
const CLAIM = `mutation($input: ClaimAttemptInput!) { claimAttempt(input: $input) { id version claimedByName claimedByMe } }`;
const FEEDBACK = `mutation($input: SaveFeedbackInput!) { saveFeedback(input: $input) { id state version } }`;
const GRADING = `query($id: ID!) { attemptForGrading(id: $id) { id version state body participant { displayName } cohortName module { position }
  feedback { verdict text releasedAt } earlierAttempts { attemptNo state feedback { verdict } } rubric { id title required levels { id label points } } } }`;
const QUEUE = `query($cohortId: ID, $state: AttemptState, $late: Boolean) { gradingQueue(cohortId: $cohortId, state: $state, late: $late, limit: 100) {
  total counts { submitted passed revisionRequested failed } items { id attemptNo late participant { displayName } cohortName module { position } claimedByName } } }`;
const RUBRIC = `mutation($input: SetRubricInput!) { setRubric(input: $input) { id title required levels { id label points } } }`;
const EXTEND = `mutation($input: GrantExtensionInput!) { grantExtension(input: $input) { dueAt reason } }`;
const MY_PROGRESS = `query { myProgress { modules { position assignmentState assignmentMet openConditions } } }`;

interface Rubric {
  id: string;
  title: string;
  required: boolean;
  levels: { id: string; label: string; points: number }[];
}

describe('transfer assignments', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let trainerA: TestUser;
  let trainerB: TestUser;
  let a: GraphQLClient;
  let b: GraphQLClient;
  let rubric: Rubric[];
  let moduleIds: string[];

  const signIn = (user: TestUser) => signInAs(t, user);
  const participant = (id: string) => signInById(t, id);

  beforeAll(async () => {
    t = await startApp();
    admin = await signIn(await createUser(t.db, { roles: [Role.ADMIN] }));
    trainerA = await createUser(t.db, { roles: [Role.TRAINER], displayName: 'Tina Trainerin' });
    trainerB = await createUser(t.db, { roles: [Role.TRAINER], displayName: 'Tom Trainer' });
    a = await signIn(trainerA);
    b = await signIn(trainerB);
    moduleIds = await programmeModuleIds(t.db);
    rubric = (await admin.ok<{ setRubric: Rubric[] }>(RUBRIC, { input: sampleRubricInput(moduleIds[0], (label) => `${label}: Beschreibung`) })).setRubric;
  });
  afterAll(() => t.close());

  const fullScores = () => [
    { criterionId: rubric[0].id, levelId: rubric[0].levels[1].id },
    { criterionId: rubric[1].id, levelId: rubric[1].levels[1].id },
  ];

  it('runs draft → submit → revision → resubmit → pass, and module progress follows the released verdict', async () => {
    const f = await createRunningCohort(t.db, { participants: 1, trainerIds: [trainerA.id, trainerB.id] });
    const p = await participant(f.participantIds[0]);
    const key = { enrolmentId: f.enrolmentIds[0], moduleId: moduleIds[0] };

    const draft = (await p.ok<{ saveAssignmentDraft: { id: string; attemptNo: number; state: string } }>(SAVE, { input: { ...key, body: 'Erster Entwurf' } })).saveAssignmentDraft;
    expect(draft).toMatchObject({ attemptNo: 1, state: 'DRAFT' });
    // Autosave again: same attempt, the text comes back on the next visit.
    await p.ok(SAVE, { input: { ...key, body: 'Konflikt um eine Unterkunft in der Innenstadt' } });
    const overview = await p.ok<{ assignment: { attempts: { body: string }[]; brief: string; canEdit: boolean } }>(OVERVIEW, { e: key.enrolmentId, m: key.moduleId });
    expect(overview.assignment).toMatchObject({ canEdit: true, attempts: [{ body: 'Konflikt um eine Unterkunft in der Innenstadt' }] });
    expect(overview.assignment.brief).toMatch(/Konflikt/);

    expect((await p.error(SUBMIT, { input: { attemptId: draft.id, confirmOwnWork: false } })).code).toBe('OWN_WORK_NOT_CONFIRMED');
    expect((await p.ok<{ submitAssignment: { state: string } }>(SUBMIT, { input: { attemptId: draft.id, confirmOwnWork: true } })).submitAssignment.state).toBe('SUBMITTED');
    // Frozen: neither the text nor a second submission.
    expect((await p.error(SAVE, { input: { ...key, body: 'Nachträglich' } })).code).toBe('ATTEMPT_FROZEN');
    expect((await p.error(SUBMIT, { input: { attemptId: draft.id, confirmOwnWork: true } })).code).toBe('ATTEMPT_FROZEN');
    expect((await (await participant(f.participantIds[0])).ok<{ myProgress: { modules: { assignmentState: string }[] }[] }>(MY_PROGRESS)).myProgress[0].modules[0].assignmentState).toBe('SUBMITTED');

    // Trainer A claims; B sees who grades it, cannot save, may take over.
    const claimed = (await a.ok<{ claimAttempt: { version: number; claimedByMe: boolean } }>(CLAIM, { input: { attemptId: draft.id } })).claimAttempt;
    expect(claimed.claimedByMe).toBe(true);
    const busy = await b.error(CLAIM, { input: { attemptId: draft.id } });
    expect(busy).toMatchObject({ code: 'CLAIMED_BY_OTHER', message: 'Tina Trainerin bewertet diese Einreichung gerade. Sie können die Bewertung übernehmen.' });
    expect((await b.error(FEEDBACK, { input: { attemptId: draft.id, version: claimed.version, text: 'x', scores: [], release: false } })).code).toBe('CLAIMED_BY_OTHER');

    // A verdict without the required rubric scores is refused; a draft of the feedback is not visible to the participant.
    const missing = await a.error(FEEDBACK, { input: { attemptId: draft.id, version: claimed.version, verdict: 'REVISION_REQUESTED', text: 'Bitte vertiefen', scores: [], release: true } });
    expect(missing).toMatchObject({ code: 'RUBRIC_SCORE_MISSING', message: 'Bitte bewerten Sie alle Pflichtkriterien: Analyse des Konflikts, Bezug zur Kommune.' });
    const saved = (await a.ok<{ saveFeedback: { version: number } }>(FEEDBACK, {
      input: { attemptId: draft.id, version: claimed.version, verdict: 'REVISION_REQUESTED', text: 'Bitte vertiefen Sie die Analyse.', scores: fullScores(), release: false },
    })).saveFeedback;
    const before = await p.ok<{ assignment: { attempts: { feedback: unknown }[] } }>(OVERVIEW, { e: key.enrolmentId, m: key.moduleId });
    expect(before.assignment.attempts[0].feedback).toBeNull();
    // A stale save (old version) changes nothing.
    expect((await a.error(FEEDBACK, { input: { attemptId: draft.id, version: claimed.version, text: 'alt', scores: [], release: false } })).code).toBe('STALE_VERSION');
    await a.ok(FEEDBACK, {
      input: { attemptId: draft.id, version: saved.version, verdict: 'REVISION_REQUESTED', text: 'Bitte vertiefen Sie die Analyse.', scores: fullScores(), release: true },
    });

    const afterRevision = (await p.ok<{ assignment: { canEdit: boolean; attempts: { attemptNo: number; state: string; body: string; feedback: { verdict: string; scores: { criterionTitle: string }[] } | null }[] } }>(OVERVIEW, { e: key.enrolmentId, m: key.moduleId })).assignment;
    expect(afterRevision.attempts.map((x) => [x.attemptNo, x.state])).toEqual([
      [2, 'DRAFT'],
      [1, 'REVISION_REQUESTED'],
    ]);
    expect(afterRevision.attempts[1].feedback).toMatchObject({ verdict: 'REVISION_REQUESTED', scores: [{ criterionTitle: 'Analyse des Konflikts' }, { criterionTitle: 'Bezug zur Kommune' }] });
    expect(afterRevision.attempts[0].body).toBe('Konflikt um eine Unterkunft in der Innenstadt');
    expect((await p.ok<{ myProgress: { modules: { assignmentState: string; openConditions: string[] }[] }[] }>(MY_PROGRESS)).myProgress[0].modules[0]).toMatchObject({ assignmentState: 'REVISION_REQUESTED' });

    const second = (await p.ok<{ saveAssignmentDraft: { id: string; attemptNo: number } }>(SAVE, { input: { ...key, body: 'Überarbeitete Analyse mit Akteurslandkarte' } })).saveAssignmentDraft;
    expect(second.attemptNo).toBe(2);
    await p.ok(SUBMIT, { input: { attemptId: second.id, confirmOwnWork: true } });
    const grading = (await b.ok<{ attemptForGrading: { earlierAttempts: { attemptNo: number; feedback: { verdict: string } }[]; rubric: Rubric[] } }>(GRADING, { id: second.id })).attemptForGrading;
    expect(grading.earlierAttempts).toEqual([{ attemptNo: 1, state: 'REVISION_REQUESTED', feedback: { verdict: 'REVISION_REQUESTED' } }]);
    const claimB = (await b.ok<{ claimAttempt: { version: number } }>(CLAIM, { input: { attemptId: second.id } })).claimAttempt;
    await b.ok(FEEDBACK, { input: { attemptId: second.id, version: claimB.version, verdict: 'PASSED', text: 'Sehr gut.', scores: fullScores(), release: true } });
    // Graded twice? Refused.
    expect((await a.error(CLAIM, { input: { attemptId: second.id } })).code).toBe('ALREADY_GRADED');

    const progress = (await p.ok<{ myProgress: { modules: { assignmentState: string; assignmentMet: boolean; openConditions: string[] }[] }[] }>(MY_PROGRESS)).myProgress[0].modules[0];
    expect(progress).toMatchObject({ assignmentState: 'PASSED', assignmentMet: true });
    expect(progress.openConditions).not.toContain('ASSIGNMENT');
    expect((await p.error(SAVE, { input: { ...key, body: 'noch einmal' } })).code).toBe('ASSIGNMENT_CLOSED');

    const trail = await sqlRows<{ action: string }>(t.db, `SELECT action FROM audit_events WHERE subject_user_id = $1 AND action LIKE 'assessment.%' ORDER BY id`, [f.participantIds[0]]);
    expect(trail.map((r) => r.action)).toEqual(expect.arrayContaining(['assessment.verdict-released']));
  });

  it('lets a trainer take over a claim and stops at the attempt limit', async () => {
    const f = await createRunningCohort(t.db, { participants: 1, trainerIds: [trainerA.id, trainerB.id] });
    await setCohortModule(t.db, f.cohortId, { maxAttempts: 1 });
    const p = await participant(f.participantIds[0]);
    const key = { enrolmentId: f.enrolmentIds[0], moduleId: moduleIds[0] };
    const d = (await p.ok<{ saveAssignmentDraft: { id: string } }>(SAVE, { input: { ...key, body: 'Text' } })).saveAssignmentDraft;
    await p.ok(SUBMIT, { input: { attemptId: d.id, confirmOwnWork: true } });
    await a.ok(CLAIM, { input: { attemptId: d.id } });
    const taken = (await b.ok<{ claimAttempt: { version: number; claimedByName: string } }>(CLAIM, { input: { attemptId: d.id, takeOver: true } })).claimAttempt;
    expect(taken.claimedByName).toBe('Tom Trainer');
    await b.ok(FEEDBACK, { input: { attemptId: d.id, version: taken.version, verdict: 'REVISION_REQUESTED', text: 'Bitte überarbeiten', scores: fullScores(), release: true } });
    const overview = (await p.ok<{ assignment: { canEdit: boolean; attempts: unknown[] } }>(OVERVIEW, { e: key.enrolmentId, m: key.moduleId })).assignment;
    expect(overview).toMatchObject({ canEdit: false, attempts: [{ state: 'REVISION_REQUESTED' }] });
    expect((await p.error(SAVE, { input: { ...key, body: 'dritter Versuch' } })).code).toBe('ATTEMPT_LIMIT_REACHED');
    const trail = await sqlRows<{ action: string }>(t.db, `SELECT action FROM audit_events WHERE subject_user_id = $1 ORDER BY id`, [f.participantIds[0]]);
    expect(trail.map((r) => r.action)).toEqual(expect.arrayContaining(['assessment.claim-taken-over', 'assessment.verdict-released']));
  });

  it('marks late submissions, refuses after the cut-off unless extended, and shows the extension', async () => {
    const f = await createRunningCohort(t.db, { participants: 1, trainerIds: [trainerA.id] });
    const past = new Date(Date.now() - 10 * 86_400_000);
    const cutoff = new Date(Date.now() - 86_400_000);
    await setCohortModule(t.db, f.cohortId, { assignmentDueAt: past, submissionCutoffAt: cutoff });
    const p = await participant(f.participantIds[0]);
    const key = { enrolmentId: f.enrolmentIds[0], moduleId: moduleIds[0] };
    const d = (await p.ok<{ saveAssignmentDraft: { id: string } }>(SAVE, { input: { ...key, body: 'Spät' } })).saveAssignmentDraft;
    expect((await p.error(SUBMIT, { input: { attemptId: d.id, confirmOwnWork: true } })).code).toBe('PAST_CUTOFF');
    const newDue = new Date(Date.now() + 7 * 86_400_000);
    expect((await a.error(EXTEND, { input: { ...key, dueAt: past.toISOString(), reason: 'Krankheit' } })).code).toBe('EXTENSION_IN_PAST');
    expect((await b.error(EXTEND, { input: { ...key, dueAt: newDue.toISOString(), reason: 'Krankheit' } })).code).toBe('ENROLMENT_NOT_FOUND');
    await a.ok(EXTEND, { input: { ...key, dueAt: newDue.toISOString(), reason: 'Krankheit' } });
    const overview = (await p.ok<{ assignment: { extension: { reason: string }; effectiveDueAt: string } }>(OVERVIEW, { e: key.enrolmentId, m: key.moduleId })).assignment;
    expect(overview.extension.reason).toBe('Krankheit');
    expect(new Date(overview.effectiveDueAt).getTime()).toBe(newDue.getTime());
    const submitted = (await p.ok<{ submitAssignment: { late: boolean } }>(SUBMIT, { input: { attemptId: d.id, confirmOwnWork: true } })).submitAssignment;
    expect(submitted.late).toBe(false);
  });

  it('keeps submissions private: other participants and trainers of other cohorts get nothing', async () => {
    const f = await createRunningCohort(t.db, { participants: 2, trainerIds: [trainerA.id] });
    const p1 = await participant(f.participantIds[0]);
    const p2 = await participant(f.participantIds[1]);
    const d = (await p1.ok<{ saveAssignmentDraft: { id: string } }>(SAVE, { input: { enrolmentId: f.enrolmentIds[0], moduleId: moduleIds[0], body: 'Privat' } })).saveAssignmentDraft;
    expect((await p2.error(OVERVIEW, { e: f.enrolmentIds[0], m: moduleIds[0] })).code).toBe('ENROLMENT_NOT_FOUND');
    expect((await p2.error(SUBMIT, { input: { attemptId: d.id, confirmOwnWork: true } })).code).toBe('ATTEMPT_NOT_FOUND');
    expect((await p2.error(SAVE, { input: { enrolmentId: f.enrolmentIds[0], moduleId: moduleIds[0], body: 'fremd' } })).code).toBe('ENROLMENT_NOT_FOUND');
    await p1.ok(SUBMIT, { input: { attemptId: d.id, confirmOwnWork: true } });
    expect((await b.error(GRADING, { id: d.id })).code).toBe('ATTEMPT_NOT_FOUND');
    expect((await b.error(CLAIM, { input: { attemptId: d.id } })).code).toBe('ATTEMPT_NOT_FOUND');
    expect((await b.ok<{ gradingQueue: { total: number } }>(QUEUE, { cohortId: f.cohortId })).gradingQueue.total).toBe(0);
    expect((await p1.error(QUEUE, {})).code).toBe('FORBIDDEN');
  });

  it('queues submissions oldest first with counts, with the same statements for 10 and 500 submissions', async () => {
    const submitMany = async (n: number) => {
      const f = await createRunningCohort(t.db, { participants: n, trainerIds: [trainerA.id] });
      await createSubmittedAttempts(t.db, f.enrolmentIds, moduleIds[0]);
      return f;
    };
    const small = await submitMany(10);
    const large = await submitMany(500);
    const q = (cohortId: string) => () => a.ok(QUEUE, { cohortId, state: 'SUBMITTED' });
    const one = await countStatements(t.db, q(small.cohortId));
    const two = await countStatements(t.db, q(large.cohortId));
    expect(two.statements).toEqual(one.statements);
    const page = (await a.ok<{ gradingQueue: { total: number; counts: { submitted: number }; items: { participant: { displayName: string } }[] } }>(QUEUE, { cohortId: large.cohortId, state: 'SUBMITTED' })).gradingQueue;
    expect(page.total).toBe(500);
    expect(page.counts.submitted).toBe(500);
    expect(page.items).toHaveLength(100);
    // Oldest first: the 500th inserted was submitted 500 minutes ago.
    expect(page.items[0].participant.displayName).toBe('Teilnehmer:in 500');
    const late = (await a.ok<{ gradingQueue: { total: number } }>(QUEUE, { cohortId: large.cohortId, late: true })).gradingQueue;
    expect(late.total).toBe(166);
  });
  it('loads a queue page with all the grading list shows in six statements, the same for 5 and 50 submissions', async () => {
    const PAGE = `query($cohortId: ID) { gradingQueue(cohortId: $cohortId, limit: 100) { total items { id cohortId cohortName claimedByName claimedByMe
      participant { id displayName email } module { id position title } } } }`;
    type Page = { gradingQueue: { total: number; items: { id: string; cohortId: string; cohortName: string; claimedByName: string | null; participant: { displayName: string }; module: { position: number } }[] } };
    const queueOf = async (n: number) => {
      const f = await createRunningCohort(t.db, { participants: n, trainerIds: [trainerA.id, trainerB.id] });
      await createSubmittedAttempts(t.db, f.enrolmentIds, moduleIds[0]);
      await createSubmittedAttempts(t.db, f.enrolmentIds.slice(0, 2), moduleIds[1]);
      // One submission held by each trainer: their names come through the same loader as the participants'.
      const items = (await a.ok<Page>(PAGE, { cohortId: f.cohortId })).gradingQueue.items;
      await a.ok(CLAIM, { input: { attemptId: items[0].id } });
      await b.ok(CLAIM, { input: { attemptId: items[1].id } });
      return f.cohortId;
    };
    const small = await queueOf(5);
    const large = await queueOf(50);
    const one = await countStatements(t.db, () => a.ok(PAGE, { cohortId: small }));
    const two = await countStatements(t.db, () => a.ok(PAGE, { cohortId: large }));
    expect(two.statements).toEqual(one.statements);
    // The session check, the page (with its enrolments), the counts, and one each for people, cohorts and modules.
    expect(one.count).toBe(6);

    const page = (await a.ok<Page>(PAGE, { cohortId: large })).gradingQueue;
    expect(page.total).toBe(52);
    expect(page.items.every((i) => i.cohortId === large && i.cohortName && i.participant.displayName)).toBe(true);
    expect(page.items.slice(0, 2).map((i) => i.claimedByName)).toEqual(['Tina Trainerin', 'Tom Trainer']);
    expect(page.items.filter((i) => i.module.position === 2)).toHaveLength(2);
  });
});
