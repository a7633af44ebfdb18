import { Browser, Page } from 'playwright-core';
import { apiAs, at, day } from './support/api';
import { DEMO, expectNoAxeViolations, launch, newPage, signIn } from './support/browser';

/** The smallest valid PDF: enough for the server's content check. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/** A running cohort of the demo trainer in which the demo participant is admitted. */
async function admittedParticipant(name: string): Promise<{ cohortId: string; enrolmentId: string }> {
  const admin = await apiAs(DEMO.admin);
  const participant = await apiAs(DEMO.participant);
  try {
    const { users } = await admin.gql<{ users: { items: { id: string; email: string }[] } }>('query T { users(role: TRAINER, limit: 50) { items { id email } } }');
    const trainer = users.items.find((u) => u.email === DEMO.trainer);
    const { createCohort } = await admin.gql<{ createCohort: { id: string } }>('mutation C($input: CohortInput!) { createCohort(input: $input) { id } }', {
      input: { name, description: 'Transferaufgaben-Test', applicationsOpenOn: day(-20), applicationsCloseOn: day(30), startsOn: day(-14), endsOn: day(300), capacity: 10, trainerIds: [trainer?.id] },
    });
    const { programmeModules } = await admin.gql<{ programmeModules: { id: string; position: number }[] }>('query M { programmeModules { id position } }');
    const moduleOne = programmeModules.find((m) => m.position === 1)?.id;
    await admin.gql('mutation S($input: SessionInput!) { addSession(input: $input) { id } }', {
      input: { cohortId: createCohort.id, moduleId: moduleOne, startsAt: at(-7, 8), endsAt: at(-7, 15), location: 'Krefeld' },
    });
    const { municipalities } = await admin.gql<{ municipalities: { items: { id: string }[] } }>('query K { municipalities(search: "Bielefeld", limit: 1) { items { id } } }');
    const { applyToCohort } = await participant.gql<{ applyToCohort: { id: string } }>('mutation A($input: ApplyInput!) { applyToCohort(input: $input) { id } }', {
      input: { cohortId: createCohort.id, municipalityId: municipalities.items[0].id, jobRole: 'Integrationsbeauftragte', motivation: 'Konflikte früher erkennen und bearbeiten.' },
    });
    await admin.gql('mutation D($input: DecideEnrolmentsInput!) { decideEnrolments(input: $input) { decided { id } } }', { input: { decision: 'ADMIT', enrolmentIds: [applyToCohort.id] } });
    return { cohortId: createCohort.id, enrolmentId: applyToCohort.id };
  } finally {
    await admin.api.dispose();
    await participant.api.dispose();
  }
}

async function openQueueItem(page: Page, cohortId: string): Promise<void> {
  await page.goto(`/trainer/bewertung?durchgang=${cohortId}`);
  await page.getByTestId('grading-queue-table').waitFor();
  await page.getByTestId('grading-unclaimed-badge').first().waitFor();
  await page.locator('[data-testid^="grading-open-"]').first().click();
  // Opening only reads: grading starts with an explicit claim.
  await page.getByTestId('grading-claim-start').click();
  await page.getByTestId('grading-claim-mine').waitFor();
}

async function grade(page: Page, verdict: 'revision' | 'passed', text: string): Promise<void> {
  if (verdict === 'passed') {
    // "Bestanden" with a required criterion at its lowest level contradicts the rubric: refused before asking.
    await page.getByTestId('grading-score-0-0').click();
    await page.getByTestId('grading-verdict-passed').click();
    await page.getByTestId('grading-release').click();
    await page.getByTestId('grading-verdict-contradiction').waitFor();
    expect(await page.getByTestId('grading-release-confirm').count()).toBe(0);
  }
  // Score the two required criteria ("erfüllt"), then the verdict and the written feedback.
  await page.getByTestId('grading-score-0-1').click();
  await page.getByTestId('grading-score-1-1').click();
  await page.getByTestId(`grading-verdict-${verdict}`).click();
  await page.getByTestId('grading-feedback-text').fill(text);
  await expectNoAxeViolations(page);
  await page.getByTestId('grading-release').click();
  // The confirmation summarises verdict, points, written feedback and the level per criterion.
  const criteria = page.getByTestId('grading-release-criteria');
  await criteria.waitFor();
  expect(await criteria.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
  const dialog = page.getByRole('alertdialog');
  expect(await dialog.textContent()).toMatch(/Ergebnis: (bestanden|Überarbeitung erforderlich)/);
  expect(await dialog.textContent()).toContain('Punkte:');
  expect(await dialog.textContent()).toContain(`Schriftliche Rückmeldung: ${text.length} Zeichen`);
  await expectNoAxeViolations(page);
  await page.getByTestId('grading-release-confirm').click();
  await page.getByTestId('grading-graded').waitFor();
}

describe('transfer assignment', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('draft with a PDF → submit → revision with rubric scores → resubmit → passed → Mein Weg shows the assignment met', async () => {
    const { cohortId, enrolmentId } = await admittedParticipant(`Durchgang Transfer E2E ${Date.now()}`);
    const participant = await newPage(browser);
    await signIn(participant.page, DEMO.participant);
    await participant.page.getByTestId('home-heading').waitFor();
    const assignmentUrl = `/mein-weg/modul/1?enrolment=${enrolmentId}`;
    await participant.page.goto(assignmentUrl);
    const editor = participant.page.getByTestId('assignment-editor');
    await editor.fill('In unserer Kommune streiten Anwohner:innen und Träger über eine neue Unterkunft.');
    await participant.page.getByTestId('assignment-save-status').filter({ hasText: /gespeichert/i }).waitFor();
    await participant.page.getByTestId('assignment-file-input').setInputFiles({ name: 'Konfliktanalyse.pdf', mimeType: 'application/pdf', buffer: PDF });
    await participant.page.getByText('Konfliktanalyse.pdf').first().waitFor();
    await expectNoAxeViolations(participant.page);
    await participant.page.getByTestId('assignment-own-work').locator('input').check();
    await participant.page.getByTestId('assignment-submit').click();
    await participant.page.getByTestId('assignment-submit-confirm').click();
    await participant.page.getByTestId('assignment-status').filter({ hasText: /eingereicht/i }).waitFor();

    const trainer = await newPage(browser);
    await signIn(trainer.page, DEMO.trainer);
    await trainer.page.getByTestId('home-heading').waitFor();
    await openQueueItem(trainer.page, cohortId);
    await expectNoAxeViolations(trainer.page);
    await grade(trainer.page, 'revision', 'Bitte ordnen Sie den Konflikt mit einem Modell aus dem Modul ein.');

    // The participant reads the feedback and revises in the new attempt (pre-filled with the text).
    await participant.page.goto(assignmentUrl);
    await participant.page.getByTestId('assignment-revision-note').waitFor();
    const feedback = participant.page.getByTestId('assignment-feedback-1');
    await feedback.waitFor();
    expect(await feedback.textContent()).toContain('Bitte ordnen Sie den Konflikt mit einem Modell aus dem Modul ein.');
    await expectNoAxeViolations(participant.page);
    await participant.page.getByTestId('assignment-editor').fill('Überarbeitet: Eskalationsstufen nach Glasl, Interessen der Beteiligten, nächste Schritte.');
    await participant.page.getByTestId('assignment-save-status').filter({ hasText: /gespeichert/i }).waitFor();
    await participant.page.getByTestId('assignment-own-work').locator('input').check();
    await participant.page.getByTestId('assignment-submit').click();
    await participant.page.getByTestId('assignment-submit-confirm').click();
    await participant.page.getByTestId('assignment-status').filter({ hasText: /eingereicht/i }).waitFor();

    await openQueueItem(trainer.page, cohortId);
    await grade(trainer.page, 'passed', 'Sehr gute Überarbeitung.');
    await trainer.context.close();

    await participant.page.goto('/mein-weg');
    const card = participant.page.getByTestId(`progress-enrolment-${cohortId}`).getByTestId('progress-module-1');
    await card.waitFor();
    const open = card.getByTestId('progress-open-conditions-1');
    // Attendance was never recorded here, so only that may still be open; the assignment is done.
    if (await open.count()) expect(await open.textContent()).not.toContain('Transferaufgabe');
    expect(await card.textContent()).toMatch(/bestanden/i);
    await expectNoAxeViolations(participant.page);
    await participant.context.close();
  });
});
