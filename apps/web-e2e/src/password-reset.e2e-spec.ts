import { Browser } from 'playwright-core';
import { expectNoAxeViolations, launch, linkFrom, newPage, readMail, signIn } from './support/browser';

describe('resetting a forgotten password', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('requests a link, sets a new password through the mailed link and signs in with it', async () => {
    const email = 'aga.celik@duisburg.example';
    const { context, page } = await newPage(browser);
    await page.goto('/passwort-vergessen');
    await expectNoAxeViolations(page);
    await page.getByTestId('forgot-email').fill(email);
    await page.getByTestId('forgot-submit').click();
    await page.getByTestId('forgot-done').waitFor();

    const text = await readMail(browser, email, /Passwort/);
    await page.goto(linkFrom(text));
    await page.getByTestId('new-password').fill('Neues-Passwort-Duisburg-9');
    await page.getByTestId('new-password-confirm').fill('Neues-Passwort-Duisburg-9');
    await page.getByTestId('set-password-submit').click();
    await page.getByTestId('set-password-done').waitFor();

    await signIn(page, email, 'Neues-Passwort-Duisburg-9');
    await page.getByTestId('home-heading').waitFor();
    await context.close();

    // The link works once only.
    const again = await newPage(browser);
    await again.page.goto(linkFrom(text));
    await again.page.getByTestId('new-password').fill('Noch-ein-Passwort-Duisburg-9');
    await again.page.getByTestId('new-password-confirm').fill('Noch-ein-Passwort-Duisburg-9');
    await again.page.getByTestId('set-password-submit').click();
    await again.page.getByTestId('form-error').waitFor();
    await again.context.close();
  });

  it('answers the same for an unknown address', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/passwort-vergessen');
    await page.getByTestId('forgot-email').fill('niemand@example.org');
    await page.getByTestId('forgot-submit').click();
    await page.getByTestId('forgot-done').waitFor();
    await context.close();
  });
});
