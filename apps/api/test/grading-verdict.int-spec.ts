import { sqlOne } from '@koko/api/core/database';
import { createRunningCohort, createUser, GraphQLClient, programmeModuleId, signInAs, signInById, TestApp, TestUser } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { startApp } from './support/app';
import { sampleRubricInput } from './support/rubric';

const SAVE = `mutation($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id } }`;
const SUBMIT = `mutation($input: SubmitAttemptInput!) { submitAssignment(input: $input) { id } }`;
const CLAIM = `mutation($input: ClaimAttemptInput!) { claimAttempt(input: $input) { id version } }`;
const FEEDBACK = `mutation($input: SaveFeedbackInput!) { saveFeedback(input: $input) { id state version } }`;
const RUBRIC = `mutation($input: SetRubricInput!) { setRubric(input: $input) { id title levels { id label points } } }`;

interface Criterion {
  id: string;
  title: string;
  levels: { id: string; label: string; points: number }[];
}

describe('a verdict that contradicts the rubric', () => {
  let t: TestApp;
  let trainer: TestUser;
  let rubric: Criterion[];
  let moduleId: string;
  let secondModuleId: string;

  const signIn = (email: string, password: string, locale: 'de' | 'en' = 'de') => signInAs(t, { email, password }, locale);

  /** A submitted first attempt of module 1, claimed by the trainer. */
  const claimedSubmission = async (grader: GraphQLClient, graderUser: TestUser = trainer, module = moduleId) => {
    const f = await createRunningCohort(t.db, { participants: 1, trainerIds: [graderUser.id] });
    const p = await signInById(t, f.participantIds[0]);
    const draft = (await p.ok<{ saveAssignmentDraft: { id: string } }>(SAVE, { input: { enrolmentId: f.enrolmentIds[0], moduleId: module, body: 'Konfliktanalyse der Unterkunft' } })).saveAssignmentDraft;
    await p.ok(SUBMIT, { input: { attemptId: draft.id, confirmOwnWork: true } });
    const claimed = (await grader.ok<{ claimAttempt: { id: string; version: number } }>(CLAIM, { input: { attemptId: draft.id } })).claimAttempt;
    return claimed;
  };
  const score = (criterion: Criterion, label: string) => ({ criterionId: criterion.id, levelId: criterion.levels.find((l) => l.label === label)?.id });

  beforeAll(async () => {
    t = await startApp();
    const admin = await createUser(t.db, { roles: [Role.ADMIN] });
    trainer = await createUser(t.db, { roles: [Role.TRAINER] });
    moduleId = await programmeModuleId(t.db, 1);
    secondModuleId = await programmeModuleId(t.db, 2);
    rubric = (await (await signIn(admin.email, admin.password)).ok<{ setRubric: Criterion[] }>(RUBRIC, { input: sampleRubricInput(moduleId) })).setRubric;
  });
  afterAll(() => t.close());

  it('refuses "passed" while a required criterion is at its lowest level, and changes nothing', async () => {
    const grader = await signIn(trainer.email, trainer.password);
    const attempt = await claimedSubmission(grader);
    const scores = [score(rubric[0], 'nicht erfüllt'), score(rubric[1], 'nicht erfüllt'), score(rubric[2], 'ausbaufähig')];
    const refused = await grader.error(FEEDBACK, { input: { attemptId: attempt.id, version: attempt.version, verdict: 'PASSED', text: '', scores, release: true } });
    expect(refused.code).toBe('VERDICT_CONTRADICTS_RUBRIC');
    expect(refused.message).toBe(
      '„Bestanden“ passt nicht zur Bewertung – diese Pflichtkriterien stehen auf der niedrigsten Stufe oder unter ihrer Mindeststufe: Analyse des Konflikts, Bezug zur Kommune. Bitte wählen Sie „Überarbeitung erforderlich“ oder „Nicht bestanden“ oder passen Sie die Bewertung an.',
    );
    const row = await sqlOne<{ state: string; version: number }>(t.db, `SELECT state, version FROM assignment_attempts WHERE id = $1`, [attempt.id]);
    expect(row).toEqual({ state: 'submitted', version: attempt.version });

    // The optional criterion at its lowest level does not matter; a draft with the contradiction may be kept.
    await grader.ok(FEEDBACK, { input: { attemptId: attempt.id, version: attempt.version, verdict: 'PASSED', text: '', scores, release: false } });
    const fine = [score(rubric[0], 'erfüllt'), score(rubric[1], 'erfüllt'), score(rubric[2], 'ausbaufähig')];
    const released = (await grader.ok<{ saveFeedback: { state: string } }>(FEEDBACK, {
      input: { attemptId: attempt.id, version: attempt.version + 1, verdict: 'PASSED', text: '', scores: fine, release: true },
    })).saveFeedback;
    expect(released.state).toBe('PASSED');
  });

  it('refuses "passed" below a criterion\'s configured minimum, even above its lowest level', async () => {
    const admin = await signIn((await createUser(t.db, { roles: [Role.ADMIN] })).email, 'Sicheres-Test-Passwort-42');
    const level = (label: string, points: number) => ({ label, points, descriptor: '' });
    const levels = [level('nicht erfüllt', 0), level('teilweise erfüllt', 1), level('erfüllt', 2), level('übertroffen', 3)];
    const MINIMUM_RUBRIC = `mutation($input: SetRubricInput!) { setRubric(input: $input) { id title required minimumPoints levels { id label points } } }`;

    // The minimum must be one of the criterion's levels above its lowest, and only required criteria have one.
    for (const [criterion, reason] of [
      [{ title: 'Handlungsschritte', required: true, minimumPoints: 0, levels }, 'the minimum must be the points of a level above the lowest'],
      [{ title: 'Handlungsschritte', required: true, minimumPoints: 5, levels }, 'the minimum must be the points of a level above the lowest'],
      [{ title: 'Handlungsschritte', required: false, minimumPoints: 2, levels }, 'a minimum only for required criteria'],
    ] as const) {
      const refused = await admin.error(MINIMUM_RUBRIC, { input: { moduleId: secondModuleId, criteria: [criterion] } });
      expect(refused).toMatchObject({ code: 'RUBRIC_INVALID', message: `Das Bewertungsraster ist ungültig: "Handlungsschritte": ${reason}` });
    }

    const withMinimum = (
      await admin.ok<{ setRubric: (Criterion & { minimumPoints: number | null })[] }>(MINIMUM_RUBRIC, {
        input: {
          moduleId: secondModuleId,
          criteria: [
            { title: 'Handlungsschritte', required: true, minimumPoints: 2, levels },
            { title: 'Form', required: true, levels: [level('ausbaufähig', 0), level('gut', 1)] },
          ],
        },
      })
    ).setRubric;
    expect(withMinimum.map((c) => c.minimumPoints)).toEqual([2, null]);
    const grader = await signIn(trainer.email, trainer.password);
    const attempt = await claimedSubmission(grader, trainer, secondModuleId);
    const refused = await grader.error(FEEDBACK, {
      input: { attemptId: attempt.id, version: attempt.version, verdict: 'PASSED', text: '', scores: [score(withMinimum[0], 'teilweise erfüllt'), score(withMinimum[1], 'gut')], release: true },
    });
    expect(refused.code).toBe('VERDICT_CONTRADICTS_RUBRIC');
    expect(refused.message).toContain('unter ihrer Mindeststufe: Handlungsschritte.');
    const row = await sqlOne<{ state: string }>(t.db, `SELECT state FROM assignment_attempts WHERE id = $1`, [attempt.id]);
    expect(row.state).toBe('submitted');

    const released = (await grader.ok<{ saveFeedback: { state: string } }>(FEEDBACK, {
      input: { attemptId: attempt.id, version: attempt.version, verdict: 'PASSED', text: '', scores: [score(withMinimum[0], 'erfüllt'), score(withMinimum[1], 'gut')], release: true },
    })).saveFeedback;
    expect(released.state).toBe('PASSED');
  });

  it('asks for written feedback with "revision required" and "failed", in German and English', async () => {
    const englishTrainer = await createUser(t.db, { roles: [Role.TRAINER], locale: Locale.EN });
    const english = await signIn(englishTrainer.email, englishTrainer.password, 'en');
    const attempt = await claimedSubmission(english, englishTrainer);
    const scores = [score(rubric[0], 'nicht erfüllt'), score(rubric[1], 'nicht erfüllt')];
    for (const verdict of ['REVISION_REQUESTED', 'FAILED']) {
      const refused = await english.error(FEEDBACK, { input: { attemptId: attempt.id, version: attempt.version, verdict, text: '   ', scores, release: true } });
      expect(refused).toMatchObject({ code: 'FEEDBACK_TEXT_REQUIRED', message: 'Please write feedback: with "Revision required" and "Failed" the participant needs to know what is missing.' });
    }
    const german = await signIn(trainer.email, trainer.password);
    const other = await claimedSubmission(german);
    expect((await german.error(FEEDBACK, { input: { attemptId: other.id, version: other.version, verdict: 'FAILED', text: '', scores, release: true } })).message).toMatch(
      /^Bitte schreiben Sie eine Rückmeldung/,
    );
    const released = (await english.ok<{ saveFeedback: { state: string } }>(FEEDBACK, {
      input: { attemptId: attempt.id, version: attempt.version, verdict: 'REVISION_REQUESTED', text: 'Bitte beschreiben Sie die Akteure genauer.', scores, release: true },
    })).saveFeedback;
    expect(released.state).toBe('REVISION_REQUESTED');
  });
});
