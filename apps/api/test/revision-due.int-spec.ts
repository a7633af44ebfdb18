import { attemptIdOf, createRunningCohort, createUser, emailOf, GraphQLClient, setAttemptDueAt, setCohortModule, signInAs, TestApp, TestUser, updateCohort, waitForMail } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { startApp } from './support/app';

const SAVE = `mutation($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id } }`;
const SUBMIT = `mutation($input: SubmitAttemptInput!) { submitAssignment(input: $input) { id late } }`;
const CLAIM = `mutation($input: ClaimAttemptInput!) { claimAttempt(input: $input) { id version } }`;
const FEEDBACK = `mutation($input: SaveFeedbackInput!) { saveFeedback(input: $input) { id state } }`;
const OVERVIEW = `query($e: ID!, $m: ID!) { assignment(enrolmentId: $e, moduleId: $m) { dueAt effectiveDueAt attempts { attemptNo state dueAt late } } }`;
const MY_PROGRESS = `{ myProgress { enrolmentId modules { position assignmentState assignmentDueAt assignmentOverdue } } }`;
const MATRIX = `query($id: ID!) { cohortProgress(cohortId: $id) { enrolmentId modules { position assignmentOverdue assignmentDueAt } } }`;
const OVERDUE = `query($id: ID) { overdueAssignments(cohortId: $id) { enrolmentId participantName cohortName modulePosition dueAt assignmentState } }`;

interface Module {
  position: number;
  assignmentState: string;
  assignmentDueAt: string | null;
  assignmentOverdue: boolean;
}

/** A revision gets its own due date; a resubmission is late or not against it; overdue work is flagged. */
describe('revision due dates and overdue assignments', () => {
  let t: TestApp;
  let trainer: TestUser;
  let grader: GraphQLClient;

  const signIn = (email: string, password?: string) => signInAs(t, { email, password });
  const DAY = 86_400_000;
  const HOUR = 3_600_000;

  /**
   * A running cohort (module 1 due yesterday, so the first attempt is late), one participant whose
   * first attempt of module 1 is submitted and claimed by the trainer.
   */
  const submittedLate = async (revisionDays = 14) => {
    const f = await createRunningCohort(t.db, { participants: 1, trainerIds: [trainer.id] });
    await updateCohort(t.db, f.cohortId, { revisionDays });
    await setCohortModule(t.db, f.cohortId, { assignmentDueAt: new Date(Date.now() - DAY) }, f.moduleIds[0]);
    const email = await emailOf(t.db, f.participantIds[0]);
    const participant = await signIn(email);
    const draft = (await participant.ok<{ saveAssignmentDraft: { id: string } }>(SAVE, { input: { enrolmentId: f.enrolmentIds[0], moduleId: f.moduleIds[0], body: 'Konfliktanalyse' } }))
      .saveAssignmentDraft;
    const submitted = (await participant.ok<{ submitAssignment: { late: boolean } }>(SUBMIT, { input: { attemptId: draft.id, confirmOwnWork: true } })).submitAssignment;
    expect(submitted.late).toBe(true);
    const claimed = (await grader.ok<{ claimAttempt: { id: string; version: number } }>(CLAIM, { input: { attemptId: draft.id } })).claimAttempt;
    return { f, participant, email, attempt: claimed };
  };
  const requestRevision = (attempt: { id: string; version: number }, revisionDueAt?: string) =>
    grader.ok<{ saveFeedback: { state: string } }>(FEEDBACK, {
      input: { attemptId: attempt.id, version: attempt.version, verdict: 'REVISION_REQUESTED', text: 'Bitte ergänzen Sie die Akteure.', release: true, ...(revisionDueAt ? { revisionDueAt } : {}) },
    });
  const overview = async (c: GraphQLClient, enrolmentId: string, moduleId: string) =>
    (await c.ok<{ assignment: { dueAt: string; effectiveDueAt: string; attempts: { attemptNo: number; dueAt: string | null; late: boolean }[] } }>(OVERVIEW, { e: enrolmentId, m: moduleId }))
      .assignment;
  const module1 = async (c: GraphQLClient): Promise<Module> =>
    (await c.ok<{ myProgress: { modules: Module[] }[] }>(MY_PROGRESS)).myProgress[0]!.modules.find((m) => m.position === 1)!;

  beforeAll(async () => {
    t = await startApp();
    trainer = await createUser(t.db, { roles: [Role.TRAINER] });
    grader = await signIn(trainer.email, trainer.password);
  });
  afterAll(() => t.close());

  it('gives a revision the cohort’s default days (to 23:59 in Berlin), tells the participant, and measures the resubmission against it', async () => {
    const { f, participant, email, attempt } = await submittedLate(5);
    const before = Date.now();
    await requestRevision(attempt);

    const view = await overview(participant, f.enrolmentIds[0]!, f.moduleIds[0]!);
    const revision = view.attempts.find((a) => a.attemptNo === 2)!;
    const due = new Date(revision.dueAt!);
    // Five days on, at the end of that day in Berlin (21:59 or 22:59 UTC).
    const days = (due.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(4);
    expect(days).toBeLessThan(6.01);
    expect(new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(due)).toBe('23:59');
    expect(view.effectiveDueAt).toBe(revision.dueAt);
    expect(new Date(view.dueAt).getTime()).toBeLessThan(before);

    // Mein Weg shows the revision's date and nothing overdue, although the cohort's date has passed.
    expect(await module1(participant)).toMatchObject({ assignmentState: 'REVISION_REQUESTED', assignmentDueAt: revision.dueAt, assignmentOverdue: false });
    const mail = await waitForMail(t.db, email, { subject: /^Bitte überarbeiten/ });
    expect(mail.text).toContain('Für Ihre Überarbeitung ist der 2. Versuch geöffnet; bitte reichen Sie ihn bis ');

    // The resubmission before the revision's date is on time, though the cohort's date lies behind.
    const revisionId = await attemptIdOf(t.db, f.enrolmentIds[0], 2);
    const resubmitted = (await participant.ok<{ submitAssignment: { late: boolean } }>(SUBMIT, { input: { attemptId: revisionId, confirmOwnWork: true } })).submitAssignment;
    expect(resubmitted.late).toBe(false);
  });

  it('takes the date the trainer sets, refuses one in the past, and marks a resubmission after it late', async () => {
    const { f, participant, attempt } = await submittedLate();
    const past = new Date(Date.now() - 3_600_000).toISOString();
    const refused = await grader.error(FEEDBACK, {
      input: { attemptId: attempt.id, version: attempt.version, verdict: 'REVISION_REQUESTED', text: 'Bitte ergänzen.', release: true, revisionDueAt: past },
    });
    expect(refused).toMatchObject({ code: 'REVISION_DUE_IN_PAST', message: 'Der Abgabetermin der Überarbeitung muss in der Zukunft liegen.' });

    const chosen = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await requestRevision(attempt, chosen);
    const view = await overview(participant, f.enrolmentIds[0]!, f.moduleIds[0]!);
    expect(view.attempts.find((a) => a.attemptNo === 2)?.dueAt).toBe(chosen);
    expect(view.effectiveDueAt).toBe(chosen);

    // Time passes beyond the revision's date (moved into the past here): the resubmission is late.
    await setAttemptDueAt(t.db, f.enrolmentIds[0], 2, new Date(Date.now() - HOUR));
    const revisionId = await attemptIdOf(t.db, f.enrolmentIds[0], 2);
    const resubmitted = (await participant.ok<{ submitAssignment: { late: boolean } }>(SUBMIT, { input: { attemptId: revisionId, confirmOwnWork: true } })).submitAssignment;
    expect(resubmitted.late).toBe(true);
  });

  it('flags an overdue revision on Mein Weg, in the matrix and in the trainers’ overdue list, and no longer once it is handed in', async () => {
    const { f, participant, attempt } = await submittedLate();
    await requestRevision(attempt);
    await setAttemptDueAt(t.db, f.enrolmentIds[0], 2, new Date(Date.now() - 2 * HOUR));

    expect(await module1(participant)).toMatchObject({ assignmentState: 'REVISION_REQUESTED', assignmentOverdue: true });
    const matrix = (await grader.ok<{ cohortProgress: { modules: Module[] }[] }>(MATRIX, { id: f.cohortId })).cohortProgress[0]!;
    expect(matrix.modules.find((m) => m.position === 1)?.assignmentOverdue).toBe(true);
    // Modules without a due date, or due later, are not overdue.
    expect(matrix.modules.filter((m) => m.position !== 1).every((m) => !m.assignmentOverdue)).toBe(true);

    const overdue = (await grader.ok<{ overdueAssignments: { enrolmentId: string; modulePosition: number; assignmentState: string }[] }>(OVERDUE, { id: f.cohortId }))
      .overdueAssignments;
    expect(overdue).toEqual([expect.objectContaining({ enrolmentId: f.enrolmentIds[0], modulePosition: 1, assignmentState: 'REVISION_REQUESTED' })]);
    // Without a cohort: the trainer's running cohorts, this one among them.
    const all = (await grader.ok<{ overdueAssignments: { enrolmentId: string }[] }>(OVERDUE, {})).overdueAssignments;
    expect(all.map((o) => o.enrolmentId)).toContain(f.enrolmentIds[0]);
    // Another trainer sees nothing of it.
    const stranger = await createUser(t.db, { roles: [Role.TRAINER] });
    const strangerClient = await signIn(stranger.email, stranger.password);
    expect((await strangerClient.ok<{ overdueAssignments: unknown[] }>(OVERDUE, {})).overdueAssignments).toEqual([]);
    expect((await strangerClient.error(OVERDUE, { id: f.cohortId })).code).toBe('FORBIDDEN');

    const revisionId = await attemptIdOf(t.db, f.enrolmentIds[0], 2);
    await participant.ok(SUBMIT, { input: { attemptId: revisionId, confirmOwnWork: true } });
    expect((await module1(participant)).assignmentOverdue).toBe(false);
    expect((await grader.ok<{ overdueAssignments: unknown[] }>(OVERDUE, { id: f.cohortId })).overdueAssignments).toEqual([]);
  });

  it('flags an assignment nobody started once the cohort’s due date has passed', async () => {
    const f = await createRunningCohort(t.db, { participants: 1, trainerIds: [trainer.id] });
    await setCohortModule(t.db, f.cohortId, { assignmentDueAt: new Date(Date.now() - DAY) }, f.moduleIds[1]);
    const overdue = (await grader.ok<{ overdueAssignments: { modulePosition: number; assignmentState: string }[] }>(OVERDUE, { id: f.cohortId })).overdueAssignments;
    expect(overdue).toEqual([expect.objectContaining({ modulePosition: 2, assignmentState: 'NOT_SUBMITTED' })]);
  });
});
