import { mkdirSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { apiAs, day } from './support/api';
import { DEMO, expectNoAxeViolations, launch, newPage, signIn } from './support/browser';

const SHOTS = process.env['E2E_SCREENSHOTS'];

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Evaluation staff build a questionnaire in the browser; once it has responses, saving makes version 2. */
describe('questionnaire builder', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => browser.close());

  it('builds a questionnaire with a Likert and a choice item, refuses bad input with a message, and freezes version 1 once answered', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.evaluation);
    await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
    await page.goto('/auswertung');
    await page.getByTestId('questionnaires-link').click();
    await page.getByTestId('questionnaires-heading').waitFor();
    await page.getByTestId('questionnaire-new').click();
    await page.getByTestId('builder-heading').waitFor();
    await page.waitForLoadState('networkidle');

    // Saving the empty form names what is missing, and sends nothing.
    await page.getByTestId('builder-save').click();
    expect(await page.getByTestId('form-error').textContent()).toContain('Bitte korrigieren Sie die markierten Felder.');
    expect(await page.getByText('Eine Likert-Skala braucht Beschriftungen für beide Enden.').count()).toBe(4);

    const title = `Modulbefragung Builder ${Date.now()}`;
    await page.getByTestId('builder-title').fill(title);
    await page.getByTestId('builder-title-en').fill('Module survey (builder)');
    await page.getByTestId('builder-section-title').fill('Ihr Eindruck');
    await page.getByTestId('builder-section-title-en').fill('Your impression');
    const first = page.getByTestId('builder-item').nth(0);
    expect(await first.getByTestId('builder-item-code').inputValue()).toBe('s1_q1');
    await first.getByTestId('builder-item-code').fill('useful');
    await first.getByTestId('builder-item-text').fill('Das Modul war für meine Arbeit nützlich.');
    await first.getByTestId('builder-item-text-en').fill('The module was useful for my work.');
    await first.getByTestId('builder-item-lowLabel').fill('trifft gar nicht zu');
    await first.getByTestId('builder-item-lowLabelEn').fill('does not apply at all');
    await first.getByTestId('builder-item-highLabel').fill('trifft voll zu');
    await first.getByTestId('builder-item-highLabelEn').fill('fully applies');
    await first.getByTestId('builder-item-no-answer').locator('input').check();
    await first.getByTestId('builder-item-required').locator('input').check();

    // A single-choice item: choosing the kind offers two options to fill in.
    await page.getByTestId('builder-item-add').click();
    const second = page.getByTestId('builder-item').nth(1);
    await second.getByTestId('builder-item-kind').click();
    await page.getByRole('option', { name: 'Einfachauswahl' }).click();
    expect(await second.getByTestId('builder-option').count()).toBe(2);
    await second.getByTestId('builder-item-code').fill('useful');
    await second.getByTestId('builder-item-text').fill('Wie haben Sie teilgenommen?');
    await second.getByTestId('builder-item-text-en').fill('How did you take part?');
    const labels: Array<[string, string]> = [
      ['vor Ort', 'in person'],
      ['online', 'online'],
    ];
    for (const [i, [de, en]] of labels.entries()) {
      await second.getByTestId('builder-option').nth(i).getByTestId('builder-option-label').fill(de);
      await second.getByTestId('builder-option').nth(i).getByTestId('builder-option-label-en').fill(en);
    }
    // The same code twice is refused before anything is sent.
    await page.getByTestId('builder-save').click();
    await page.getByText('Der Item-Code „useful“ kommt mehrfach vor').waitFor();
    await second.getByTestId('builder-item-code').fill('mode');
    await expectNoAxeViolations(page);
    await shoot(page, 'questionnaire-builder');

    await page.getByTestId('builder-save').click();
    await page.waitForURL(/\/auswertung\/frageboegen\/[0-9a-f-]{36}$/);
    await page.getByTestId('builder-version-status').filter({ hasText: 'Sie bearbeiten Version 1' }).waitFor();
    const questionnaireId = page.url().split('/').pop()!;

    // A finished cohort's graduate answers a survey on version 1: it is frozen now.
    const graduate = await apiAs('juergen.gross@krefeld.example');
    const { myEnrolments } = await graduate.gql<{ myEnrolments: Array<{ cohortId: string; state: string }> }>(`{ myEnrolments { cohortId state } }`);
    const cohortId = myEnrolments.find((e) => e.state === 'COMPLETED')!.cohortId;
    const staff = await apiAs(DEMO.evaluation);
    const { questionnaires } = await staff.gql<{ questionnaires: Array<{ id: string; versions: Array<{ id: string }> }> }>(`{ questionnaires { id versions { id } } }`);
    const versionId = questionnaires.find((q) => q.id === questionnaireId)!.versions[0].id;
    const { createSurvey } = await staff.gql<{ createSurvey: { id: string } }>(`mutation($input: SurveyInput!) { createSurvey(input: $input) { id } }`, {
      input: { versionId, cohortId, wave: 'POST', title: `${title} (Befragung)`, titleEn: 'Builder survey', opensAt: `${day(-1)}T00:00:00.000Z`, closesAt: `${day(7)}T00:00:00.000Z` },
    });
    const { surveyToAnswer } = await graduate.gql<{ surveyToAnswer: { questionnaire: { sections: Array<{ items: Array<{ id: string; code: string }> }> } } }>(
      `query($id: ID!) { surveyToAnswer(surveyId: $id) { questionnaire { sections { items { id code } } } } }`,
      { id: createSurvey.id },
    );
    const useful = surveyToAnswer.questionnaire.sections[0].items.find((i) => i.code === 'useful')!.id;
    await graduate.gql(`mutation($input: AnswerSurveyInput!) { answerSurvey(input: $input) }`, { input: { surveyId: createSurvey.id, answers: [{ itemId: useful, value: 4 }] } });

    await page.reload();
    await page.getByTestId('builder-version-status').filter({ hasText: 'Zu Version 1 liegen Antworten vor' }).waitFor();
    expect(await page.getByTestId('builder-save').textContent()).toContain('Als Version 2 speichern');
    await page.getByTestId('builder-item').nth(0).getByTestId('builder-item-text').fill('Das Modul war für meine tägliche Arbeit nützlich.');
    await page.getByTestId('builder-save').click();
    await page.getByTestId('builder-version-status').filter({ hasText: 'Sie bearbeiten Version 2' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Zu den Fragebögen' }).click();
    const row = page.getByTestId('questionnaire-row').filter({ hasText: title });
    await row.waitFor();
    const versions = await row.getByTestId('questionnaire-version').allTextContents();
    expect(versions.map((v) => v.trim().replace(/ vom .* – /, ' – '))).toEqual(['Version 2 – ohne Antworten, bearbeitbar', 'Version 1 – eingefroren (Antworten liegen vor)']);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await shoot(page, 'questionnaires');
    await context.close();
    await graduate.api.dispose();
    await staff.api.dispose();
  }, 240_000);
});
