import { Browser, Page } from 'playwright-core';
import { DEMO, expectNoAxeViolations, launch, linkFrom, newPage, readMail, settle } from './support/browser';

const SHOTS = process.env['E2E_SCREENSHOT_DIR'];

/** Optional screenshots for looking at the pages (set E2E_SCREENSHOT_DIR). */
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Tabs until the element with the test id has the focus (it must be reachable by keyboard). */
async function tabTo(page: Page, testId: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.closest(`[data-testid="${id}"]`) !== null, testId)) return;
  }
  throw new Error(`${testId} is not reachable by Tab`);
}

describe('the front door and GDPR self-service', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('a visitor reads the start page, applies without an account, confirms through the mail, reports a barrier; then downloads their data and deletes the account', async () => {
    const email = `neu.${Date.now()}@moers.example`;
    const password = 'Konflikte-frueh-erkennen-9';
    const visitor = await newPage(browser);
    const { page } = visitor;

    // The start page tells what KoKo II is and leads to the application.
    await page.goto('/');
    await page.getByTestId('start-heading').waitFor();
    await expectNoAxeViolations(page);
    await page.locator('[data-testid^="start-apply-"]').first().click();
    await page.getByTestId('apply-form').waitFor();
    // Submitting empty shows the field errors, which pass axe as well.
    await page.getByTestId('apply-submit').click();
    await page.locator('mat-error').first().waitFor();
    await expectNoAxeViolations(page);
    await page.getByTestId('apply-name').fill('Merve Demir');
    await page.getByTestId('apply-email').fill(email);
    await page.getByTestId('apply-municipality').fill('Moer');
    await page.getByTestId('apply-municipality-option').filter({ hasText: 'Moers' }).first().click();
    await page.getByTestId('apply-job-role').fill('Integrationsbeauftragte');
    await page.getByTestId('apply-motivation').fill('Wir möchten Konflikte im Quartier früher erkennen und gemeinsam bearbeiten.');
    await page.getByTestId('apply-submit').click();
    await page.getByTestId('apply-success').waitFor();

    // One mail: the application receipt's link confirms the address and sets the password.
    const text = await readMail(browser, email, /Bewerbung/);
    await page.goto(linkFrom(text));
    await page.getByTestId('invite-display-name').fill('Merve Demir');
    await page.getByTestId('invite-certificate-name').fill('Merve Demir');
    await page.getByTestId('new-password').fill(password);
    await page.getByTestId('new-password-confirm').fill(password);
    await page.getByTestId('invite-accept-submit').click();
    await page.getByTestId('home-heading').waitFor();

    // A barrier, reported through the footer link, by keyboard.
    await page.getByTestId('footer-report').click();
    await page.getByTestId('report-form').waitFor();
    await page.getByTestId('report-submit').click();
    await page.locator('mat-error').first().waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'barrier-form-errors-desktop');
    await page.getByTestId('report-description').fill('Die Tabelle der Termine lässt sich mit dem Screenreader nicht zeilenweise lesen.');
    await tabTo(page, 'report-submit');
    await page.keyboard.press('Enter');
    await page.getByTestId('report-sent').waitFor();
    await expectNoAxeViolations(page);

    // Meine Daten: the export is built in the background, then downloaded.
    await page.goto('/profil');
    await page.getByTestId('profile-my-data').click();
    await page.getByTestId('my-data-export').waitFor();
    await expectNoAxeViolations(page);
    await tabTo(page, 'request-export');
    await page.keyboard.press('Enter');
    const downloadLink = page.getByTestId('export-download');
    await downloadLink.waitFor({ timeout: 60_000 });
    await expectNoAxeViolations(page);
    await shot(page, 'my-data-desktop');
    const [download] = await Promise.all([page.waitForEvent('download'), downloadLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^KoKo-Campus-Meine-Daten-\d{4}-\d{2}-\d{2}\.zip$/);
    expect((await readMail(browser, email, /Daten stehen zum Herunterladen bereit/)).length).toBeGreaterThan(0);

    // Deleting: the errors show first, then the password confirms it.
    await page.getByTestId('delete-account-submit').click();
    await page.getByTestId('my-data-delete').locator('mat-error').waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'my-data-errors-desktop');
    await page.getByTestId('delete-understood').locator('input').check();
    await page.getByTestId('delete-password').fill(password);
    await page.getByTestId('delete-account-submit').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Konto endgültig löschen' }).click();
    await page.getByTestId('start-heading').waitFor();
    expect(await readMail(browser, email, /Konto bei KoKo Campus wurde gelöscht/)).toContain('wie von Ihnen veranlasst');
    await visitor.context.close();
    // The whole way of one person, from the start page to the deleted account, in one journey: it takes
    // longer than the usual three minutes on a busy machine.
  }, 360_000);

  it('the barrier reports list, the barrier form and Meine Daten fit a phone', async () => {
    const phone = await newPage(browser, { phone: true });
    await phone.page.goto('/barriere-melden');
    await phone.page.getByTestId('report-form').waitFor();
    await expectNoAxeViolations(phone.page);
    await shot(phone.page, 'barrier-form-phone');
    await phone.page.goto('/anmelden');
    await phone.page.getByTestId('signin-email').fill(DEMO.admin);
    await phone.page.getByTestId('signin-password').fill('KoKo-Demo-2026!');
    await phone.page.getByTestId('signin-submit').click();
    await phone.page.getByTestId('home-heading').waitFor();
    await phone.page.goto('/verwaltung/barrieren');
    await phone.page.getByTestId('barrier-reports-table').waitFor();
    await expectNoAxeViolations(phone.page);
    await shot(phone.page, 'barrier-admin-phone');
    await phone.page.goto('/profil/meine-daten');
    await phone.page.getByTestId('my-data-export').waitFor();
    await expectNoAxeViolations(phone.page);
    await shot(phone.page, 'my-data-phone');
    await phone.context.close();

    const desktop = await newPage(browser);
    await desktop.page.goto('/anmelden');
    await desktop.page.getByTestId('signin-email').fill(DEMO.admin);
    await desktop.page.getByTestId('signin-password').fill('KoKo-Demo-2026!');
    await desktop.page.getByTestId('signin-submit').click();
    await desktop.page.getByTestId('home-heading').waitFor();
    await desktop.page.goto('/verwaltung/barrieren');
    await desktop.page.getByTestId('barrier-reports-table').waitFor();
    await shot(desktop.page, 'barrier-admin-desktop');
    await desktop.context.close();
  }, 300_000);
});
