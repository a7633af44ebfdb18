import { Browser } from 'playwright-core';
import { DEMO, expectNoAxeViolations, launch, newPage, signIn } from './support/browser';

describe('signing in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('shows the sign-in page in German without accessibility violations', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/anmelden');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    // Waits for the heading's text: a routed page's elements can exist a frame before their bindings fill them.
    await page.getByRole('heading', { level: 1, name: /Anmelden/ }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it.each([
    ['admin', DEMO.admin],
    ['trainer', DEMO.trainer],
    ['participant', DEMO.participant],
  ])('signs in as %s and reaches the start page', async (_role, email) => {
    const { context, page } = await newPage(browser);
    await signIn(page, email);
    await page.getByTestId('home-heading').waitFor();
    await expectNoAxeViolations(page);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/anmelden/);
    await context.close();
  });

  it('shows the generic error for a wrong password and stays on the page', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.participant, 'Falsches-Passwort-123');
    const error = page.getByTestId('form-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('E-Mail-Adresse oder Passwort ist nicht korrekt.');
    expect(page.url()).toMatch(/\/anmelden/);
    // The emptied password field is ready for the next try, not marked "required" on top of the real error.
    expect(await page.locator('mat-error').count()).toBe(0);
    expect(await page.getByTestId('signin-password').inputValue()).toBe('');
    expect(await page.getByTestId('signin-email').inputValue()).toBe(DEMO.participant);
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'signin-password');
    await context.close();
  });

  it('signs in by keyboard alone', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/anmelden');
    await page.getByTestId('signin-email').waitFor();
    // Tab from the top of the page until the e-mail field has focus.
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      if (await page.getByTestId('signin-email').evaluate((el) => el === document.activeElement)) break;
    }
    await page.keyboard.type(DEMO.admin);
    await page.keyboard.press('Tab');
    await page.keyboard.type('KoKo-Demo-2026!');
    await page.keyboard.press('Enter');
    await page.getByTestId('home-heading').waitFor();
    await context.close();
  });
});
