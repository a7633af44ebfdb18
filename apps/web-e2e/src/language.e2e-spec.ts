import { Browser } from 'playwright-core';
import { DEMO, expectNoAxeViolations, launch, newPage, signIn } from './support/browser';

/** A first visit speaks the browser's language; a broken link says "not found". */
describe('language of a first visit, and broken links', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('greets an English browser in English until the visitor chooses German, which then sticks', async () => {
    const { context, page } = await newPage(browser, { locale: 'en-GB' });
    try {
      await page.goto('/');
      await page.getByTestId('start-sign-in').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByTestId('start-sign-in').textContent()).toContain('Sign in');
      // Programme content comes in the page's language too, and follows a switch without a reload.
      await page.getByText('Interests, values and negotiation').waitFor();
      await expectNoAxeViolations(page);

      await page.getByTestId('language-switch').click();
      await page.getByTestId('start-sign-in').filter({ hasText: 'Anmelden' }).waitFor();
      await page.getByText('Interessen, Werte und Verhandlung').waitFor();
      await page.reload();
      await page.getByTestId('start-sign-in').filter({ hasText: 'Anmelden' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
    } finally {
      await context.close();
    }
    const german = await newPage(browser, { locale: 'de-DE' });
    try {
      await german.page.goto('/');
      await german.page.getByTestId('start-sign-in').filter({ hasText: 'Anmelden' }).waitFor();
    } finally {
      await german.context.close();
    }
  });

  it('shows "not found" for a broken link to a cohort, and the not-found page for an unknown address', async () => {
    const { context, page } = await newPage(browser);
    try {
      await signIn(page, DEMO.admin);
      await page.getByTestId('home-heading').waitFor();
      await page.goto('/verwaltung/durchgaenge/kaputt');
      const error = page.getByTestId('error-state');
      await error.waitFor();
      expect(await error.textContent()).toContain('Diesen Eintrag gibt es nicht');
      expect(await error.textContent()).not.toContain('Kennung');
      await expectNoAxeViolations(page);
      await page.goto('/verwaltung/gibt-es-nicht');
      await page.getByTestId('not-found-heading').waitFor();
    } finally {
      await context.close();
    }
  });
});
