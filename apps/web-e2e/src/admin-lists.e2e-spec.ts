import { Browser } from 'playwright-core';
import { DEMO, expectNoAxeViolations, launch, newPage, settle, signIn } from './support/browser';

describe('admin lists', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('an admin filters municipalities by keyboard, the filter lives in the URL, and edits one in the dialog', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    await page.getByTestId('home-heading').waitFor();

    await page.goto('/verwaltung/kommunen');
    await page.getByTestId('municipalities-table').waitFor();
    await expectNoAxeViolations(page);

    // Typed search goes to the URL after a pause; paging starts over.
    await page.getByTestId('municipalities-search').focus();
    await page.keyboard.type('Kleve');
    await page.waitForURL(/\/verwaltung\/kommunen\?suche=Kleve$/);
    await page.getByTestId('municipality-row-05154036').waitFor();
    // NRW has about 400 entries; the Kreis Kleve and its towns fit on one page.
    expect(await page.locator('[data-testid^="municipality-row-"]').count()).toBeLessThan(20);

    // A reload (or a shared link) shows the same filtered list.
    await page.reload();
    await page.getByTestId('municipality-row-05154036').waitFor();
    expect(await page.getByTestId('municipalities-search').inputValue()).toBe('Kleve');
    await expectNoAxeViolations(page);

    // The edit dialog: the focus starts in the name, an emptied name shows its field error, saving closes.
    await page.getByTestId('municipality-edit-05154036').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('municipality-name').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'municipality-name');
    await settle(page);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.getByTestId('municipality-save').click();
    await page.locator('mat-error').first().waitFor();
    await page.getByTestId('municipality-name').fill('Kleve');
    await page.getByTestId('municipality-save').click();
    await page.getByTestId('municipality-name').waitFor({ state: 'detached' });
    await page.getByTestId('municipality-row-05154036').waitFor();
    expect(page.url()).toMatch(/\?suche=Kleve$/);
    await context.close();
  });
});
