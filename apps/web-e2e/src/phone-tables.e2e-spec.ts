import { Browser, Page } from 'playwright-core';
import { DEMO, expectNoAxeViolations, launch, newPage, signIn } from './support/browser';

/** Wide tables on a phone (390 px): the progress matrix and the audit trail become cards, nothing scrolls sideways. */
describe('tables on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
  /** The rows are laid out as cards: each as wide as the content column, none wider than the screen. */
  const rowWidths = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((rows) => rows.map((row) => Math.round(row.getBoundingClientRect().width)));

  it('shows each participant of the matrix and each audit entry as a card, translated, with no sideways scrolling', async () => {
    const { context, page } = await newPage(browser, { phone: true });
    await signIn(page, DEMO.admin);
    await page.getByTestId('home-heading').waitFor();

    // The progress matrix of the running cohort, reached from the cohort list.
    await page.goto('/trainer/durchgaenge');
    const cohort = page.locator('[data-testid^="trainer-cohort-"]').filter({ hasText: 'Durchgang 2026' });
    await cohort.locator('[data-testid^="cohort-progress-"]').click();
    await page.getByTestId('matrix-table').waitFor();
    await page.locator('[data-testid^="matrix-row-"]').first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(await page.getByTestId('table-scroll-hint').count()).toBe(0);
    const cards = await rowWidths(page, '[data-testid^="matrix-row-"]');
    expect(cards.length).toBeGreaterThan(1);
    for (const width of cards) expect(width).toBeLessThanOrEqual(360);
    // Each card names its modules and the overall value (the column headers are not visible on a phone).
    await expect(page.locator('[data-testid^="matrix-row-"]').first().getByText('Gesamt', { exact: true }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);

    // The audit trail of the finished cohort: certificate entries read as words, not codes.
    await page.goto('/verwaltung/protokoll');
    await page.getByTestId('audit-filter-cohort').click();
    await page.getByRole('option', { name: /Durchgang 2025/ }).click();
    await page.getByTestId('audit-row').first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(await page.getByTestId('table-scroll-hint').count()).toBe(0);
    for (const width of await rowWidths(page, '[data-testid="audit-row"]')) expect(width).toBeLessThanOrEqual(360);
    const text = await page.getByTestId('audit-table').innerText();
    expect(text).toContain('Zertifikat ausgestellt');
    expect(text).toContain('Status: gültig');
    expect(text).not.toMatch(/certificate\.|certificateId|issued_in_error/);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
