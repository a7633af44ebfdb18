import { Browser } from 'playwright-core';
import { DEMO, expectNoAxeViolations, launch, newPage, readMail, signIn } from './support/browser';
import { publishedShortFormat, registrationPath, registerAsVisitor as register } from './support/short-formats';

/** Each journey reads several mails (an admin signs in for each), so it gets more time than a single page. */
describe('short formats', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  const registerAsVisitor = (id: string, name: string, email: string) => register(browser, id, name, email);

  it('a visitor finds the event in the calendar, registers, and confirms through the page behind the mail link (opening it changes nothing)', async () => {
    const title = `Kurzformat E2E ${Date.now()}`;
    const id = await publishedShortFormat(title, 5);
    const { context, page } = await newPage(browser);
    // The public start page lists the next events (the events area fills its short-formats outlet).
    await page.goto('/');
    await page.getByTestId('upcoming-short-formats').waitFor();
    expect(await page.getByTestId('short-formats-pending').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.getByTestId('upcoming-all').click();
    await page.getByTestId(`short-format-${id}`).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: title }).click();
    await page.getByTestId('short-format-heading').waitFor();
    await page.getByTestId('register-form').waitFor();
    // GDPR Art. 13: purpose and the link to the privacy statement where the data is collected.
    expect(await page.getByTestId('privacy-notice').textContent()).toContain('die Warteliste zu verwalten');
    expect(await page.getByTestId('privacy-notice-link').getAttribute('href')).toBe('/datenschutz');
    // Errors show next to the fields and nothing is sent.
    await page.getByTestId('register-submit').click();
    await page.getByTestId('form-error').waitFor();
    await expectNoAxeViolations(page);
    await context.close();

    const email = `besuch.${Date.now()}@example.org`;
    const path = await registerAsVisitor(id, 'Bea Besuch', email);
    const link = await newPage(browser);
    await link.page.goto(path);
    await link.page.getByTestId('link-status').waitFor();
    expect(await link.page.getByTestId('link-status').getAttribute('data-state')).toBe('PENDING');
    await expectNoAxeViolations(link.page);
    // Opening the page again (as a link scanner would) leaves it pending.
    await link.page.reload();
    await link.page.getByTestId('link-confirm').waitFor();
    expect(await link.page.getByTestId('link-status').getAttribute('data-state')).toBe('PENDING');
    await link.page.getByTestId('link-confirm').click();
    await link.page.locator('[data-testid="link-status"][data-state="CONFIRMED"]').waitFor();
    expect(await link.page.getByTestId('link-join-url').textContent()).toContain('https://meet.example.org/e2e-raum');
    expect(await link.page.getByTestId('link-check-in-code').textContent()).toMatch(/[A-Z2-9]{6}/);
    await expectNoAxeViolations(link.page);
    await link.context.close();
  }, 240_000);

  it('a waiting-list registrant moves up when a confirmed one cancels, and takes the offered place', async () => {
    const id = await publishedShortFormat(`Warteliste E2E ${Date.now()}`, 1);
    const first = await registerAsVisitor(id, 'Erste Person', `erste.${Date.now()}@example.org`);
    const secondEmail = `zweite.${Date.now()}@example.org`;
    const second = await registerAsVisitor(id, 'Zweite Person', secondEmail);
    const { context, page } = await newPage(browser);
    await page.goto(first);
    await page.getByTestId('link-confirm').click();
    await page.locator('[data-testid="link-status"][data-state="CONFIRMED"]').waitFor();
    await page.goto(second);
    await page.getByTestId('link-confirm').click();
    await page.locator('[data-testid="link-status"][data-state="WAITING"]').waitFor();
    expect(await page.getByTestId('link-status').textContent()).toContain('Platz 1 der Warteliste');

    await page.goto(first);
    await page.getByTestId('link-cancel').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Bestätigen' }).click();
    await page.locator('[data-testid="link-status"][data-state="CANCELLED"]').waitFor();

    const offer = registrationPath(await readMail(browser, secondEmail, /Ein Platz ist frei geworden/));
    await page.goto(offer);
    await page.locator('[data-testid="link-status"][data-state="OFFERED"]').waitFor();
    await expectNoAxeViolations(page);
    await page.getByTestId('link-accept').click();
    await page.locator('[data-testid="link-status"][data-state="CONFIRMED"]').waitFor();
    await context.close();
  }, 240_000);
  it('an organiser checks a confirmed visitor in by the short code from the mail; a repeat shows when the first was; the tick can be taken back by keyboard', async () => {
    const title = `Check-in E2E ${Date.now()}`;
    const soon = new Date(Date.now() + 30 * 60_000);
    const id = await publishedShortFormat(
      title,
      5,
      { startsAt: soon.toISOString(), endsAt: new Date(soon.getTime() + 2 * 3_600_000).toISOString() },
      { format: 'HYBRID', address: 'Rathaus Kleve, Minoritenplatz 1, 47533 Kleve' },
    );
    const email = `einlass.${Date.now()}@example.org`;
    const path = await registerAsVisitor(id, 'Ida Einlass', email);
    const visitor = await newPage(browser);
    await visitor.page.goto(path);
    await visitor.page.getByTestId('link-confirm').click();
    await visitor.page.locator('[data-testid="link-status"][data-state="CONFIRMED"]').waitFor();
    // In person: the QR code (random token only) and the short code; self check-in is for online (not yet open anyway).
    await visitor.page.getByTestId('link-check-in-qr').waitFor();
    expect(await visitor.page.getByTestId('link-self-check-in').count()).toBe(0);
    await expectNoAxeViolations(visitor.page);
    const code = /([A-Z2-9]{6})/.exec((await visitor.page.getByTestId('link-check-in-code').textContent()) ?? '')?.[1] ?? '';
    const mail = await readMail(browser, email, /Ihr Platz ist bestätigt/);
    expect(mail).toContain(code);

    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    await page.getByTestId('home-heading').waitFor();
    await page.goto(`/verwaltung/kurzformate/${id}`);
    await page.getByTestId('check-in-form').waitFor();
    await page.getByTestId('check-in-code').fill(code.toLowerCase());
    await page.getByTestId('check-in-code').press('Enter');
    await page.locator('[data-testid="check-in-result"][data-kind="done"]').waitFor();
    expect(await page.getByTestId('check-in-result').textContent()).toContain('Ida Einlass ist eingecheckt.');
    await page.getByTestId('check-in-code').fill(code);
    await page.getByTestId('check-in-submit').click();
    await page.locator('[data-testid="check-in-result"][data-kind="already"]').waitFor();
    expect(await page.getByTestId('check-in-result').textContent()).toContain('wurde bereits am');
    await expectNoAxeViolations(page);

    // The list shows the tick; Space on the focused checkbox takes it back (logged).
    const row = page.locator('tr[data-testid^="registration-row-"]', { hasText: 'Ida Einlass' });
    const registrationId = ((await row.getAttribute('data-testid')) ?? '').replace('registration-row-', '');
    const box = page.getByTestId(`registration-present-${registrationId}`).locator('input');
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.checked === true, `[data-testid="registration-present-${registrationId}"] input`);
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.checked === false, `[data-testid="registration-present-${registrationId}"] input`);
    await context.close();
    await visitor.context.close();
  }, 240_000);
});
