import { Browser } from 'playwright-core';
import { DEMO, expectNoAxeViolations, launch, newPage, settle, signIn } from './support/browser';

/** The evaluation team creates a survey in the browser, by keyboard, after translated refusals. */
describe('survey creation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('Evaluation creates a survey of a cohort in the dialog; missing fields and a short-format survey opening before the event ends are refused first', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.evaluation);
    await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
    await page.goto('/auswertung');
    await page.getByTestId('survey-row').first().waitFor();
    await page.getByTestId('survey-create').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Neue Befragung' });
    await dialog.getByTestId('survey-create-version').waitFor();

    // Nothing chosen yet: every missing field says so, nothing is sent.
    await dialog.getByTestId('survey-create-save').click();
    await dialog.getByText('Bitte wählen Sie einen Fragebogen.').waitFor();
    await dialog.getByText('Bitte wählen Sie einen Durchgang.').waitFor();
    await expectNoAxeViolations(page);

    /** Opens a select by keyboard and takes the option with this text. */
    async function choose(testId: string, option: string | RegExp): Promise<void> {
      await dialog.getByTestId(testId).focus();
      await page.keyboard.press('Enter');
      const wanted = page.getByRole('option', { name: option }).first();
      await wanted.waitFor();
      // Keys reach the options once the panel has finished opening.
      await settle(page);
      await page.keyboard.press('Home');
      for (let i = 0; i < 20 && !(await wanted.evaluate((el) => el.classList.contains('mat-mdc-option-active'))); i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await wanted.waitFor({ state: 'detached' });
    }

    await choose('survey-create-version', /Wirkung der Qualifizierung · Version 1/);
    const title = `Zwischenbefragung ${Date.now()}`;
    await dialog.getByTestId('survey-create-title').fill(title);
    await dialog.getByTestId('survey-create-title-en').fill('Interim survey');

    // A short-format survey may not open before the event has ended.
    await choose('survey-create-wave', 'Nach einem Kurzformat');
    await choose('survey-create-short-format', /Auftaktveranstaltung/);
    await dialog.getByTestId('survey-create-opens-day').fill('01.01.2026');
    await dialog.getByTestId('survey-create-opens-day').press('Tab');
    await dialog.getByTestId('survey-create-before-event-end').filter({ hasText: 'erst nach dessen Ende öffnen' }).waitFor();
    await expectNoAxeViolations(page);

    // A survey at the start of a cohort instead (it opens tomorrow, so nobody is asked yet today).
    await choose('survey-create-wave', 'Vorher: zu Beginn eines Durchgangs');
    await choose('survey-create-cohort', /Durchgang 2027/);
    await dialog.getByTestId('survey-create-opens-day').fill('');
    await dialog.getByTestId('survey-create-opens-day').press('Tab');
    await dialog.getByText('Bitte geben Sie ein Datum ein.').waitFor();
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' });
    await dialog.getByTestId('survey-create-opens-day').fill(tomorrow);
    await dialog.getByTestId('survey-create-title-en').focus();
    await page.keyboard.press('Enter');

    await page.getByText(`Die Befragung „${title}“ wurde angelegt`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId('survey-row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.textContent()).toContain('zu Beginn des Durchgangs');
    expect(await row.textContent()).toContain('Durchgang 2027');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await context.close();
  }, 180_000);
});
