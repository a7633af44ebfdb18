import { readFileSync } from 'node:fs';
import { Browser } from 'playwright-core';
import { at } from './support/api';
import { DEMO, expectNoAxeViolations, launch, newPage, readMail, signIn } from './support/browser';
import { publishedShortFormat, registrationPath, registerAsVisitor } from './support/short-formats';

/**
 * The journey's end: after the organiser checked the visitor in and marked the event held, the
 * attendee downloads the Teilnahmebescheinigung from the mail's page and it verifies on /verify.
 * And a signed-in participant's "Meine Anmeldungen".
 */
describe('short formats: after the event', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('the attendee downloads the Teilnahmebescheinigung and it verifies on /verify by number and surname and as the dropped PDF', async () => {
    // Started ten minutes ago: organisers check in and may mark it held; registration is still open.
    const startsAt = new Date(Date.now() - 10 * 60_000);
    const title = `Bescheinigung E2E ${Date.now()}`;
    const id = await publishedShortFormat(
      title,
      5,
      { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(), registrationClosesAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString() },
      { format: 'HYBRID', address: 'Rathaus Kleve, Minoritenplatz 1, 47533 Kleve' },
    );
    const email = `teilnahme.${Date.now()}@example.org`;
    const path = await registerAsVisitor(browser, id, 'Tara Teilnahme', email);
    const visitor = await newPage(browser);
    await visitor.page.goto(path);
    await visitor.page.getByTestId('link-confirm').click();
    await visitor.page.locator('[data-testid="link-status"][data-state="CONFIRMED"]').waitFor();
    const code = /([A-Z2-9]{6})/.exec((await visitor.page.getByTestId('link-check-in-code').textContent()) ?? '')?.[1] ?? '';

    // The organiser checks her in by the short code and marks the event held (after confirming).
    const admin = await newPage(browser);
    await signIn(admin.page, DEMO.admin);
    await admin.page.getByTestId('home-heading').waitFor();
    await admin.page.goto(`/verwaltung/kurzformate/${id}`);
    await admin.page.getByTestId('check-in-code').fill(code);
    await admin.page.getByTestId('check-in-code').press('Enter');
    await admin.page.locator('[data-testid="check-in-result"][data-kind="done"]').waitFor();
    await admin.page.getByTestId('short-format-held').click();
    await admin.page.getByRole('alertdialog').getByRole('button', { name: 'Als durchgeführt markieren' }).click();
    await admin.page.locator('[data-testid="short-format-state"][data-state="HELD"]').waitFor();
    await admin.page.getByTestId('short-format-issue-confirmations').waitFor();
    await expectNoAxeViolations(admin.page);
    await admin.context.close();

    // The mail says it is ready; its link opens the page with the download.
    const mail = await readMail(browser, email, /Ihre Teilnahmebescheinigung/);
    await visitor.page.goto(registrationPath(mail));
    const download = visitor.page.getByTestId('link-confirmation-download');
    await download.waitFor();
    await expectNoAxeViolations(visitor.page);
    const [file] = await Promise.all([visitor.page.waitForEvent('download'), download.click()]);
    const number = /KOKO-TB-\d{4}-\d{6}/.exec(file.suggestedFilename())?.[0] ?? '';
    expect(file.suggestedFilename()).toBe(`Teilnahmebescheinigung-${number}.pdf`);
    const pdf = readFileSync(await file.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await visitor.context.close();

    // Anyone verifies it: by number and surname, and the file as an unaltered original.
    const check = await newPage(browser);
    await check.page.goto('/verify');
    await check.page.getByTestId('verify-number-input').fill(number.toLowerCase());
    await check.page.getByTestId('verify-surname-input').fill('teilnahme');
    await check.page.getByTestId('verify-search').click();
    const found = check.page.getByTestId('verify-search-result');
    await found.getByTestId('verify-state').waitFor();
    expect(await found.getByTestId('verify-state').textContent()).toContain('Gültig');
    expect(await found.getByTestId('verify-kind').textContent()).toBe('Teilnahmebescheinigung (Kurzformat)');
    expect(await found.getByTestId('verify-event').textContent()).toBe(title);
    expect(await found.getByTestId('verify-name').textContent()).toBe('Tara Teilnahme');
    expect(await found.getByTestId('verify-number').textContent()).toBe(number);
    await expectNoAxeViolations(check.page);
    await check.page.getByTestId('verify-file-input').setInputFiles({ name: `Teilnahmebescheinigung-${number}.pdf`, mimeType: 'application/pdf', buffer: pdf });
    const fileResult = check.page.getByTestId('verify-file-result');
    await fileResult.getByTestId('verify-file-verdict').waitFor();
    expect(await fileResult.getByTestId('verify-file-verdict').getAttribute('data-original')).toBe('true');
    expect(await fileResult.getByTestId('verify-kind').textContent()).toBe('Teilnahmebescheinigung (Kurzformat)');
    await expectNoAxeViolations(check.page);
    await check.context.close();
  }, 300_000);

  it('a signed-in participant sees her registrations under Meine Anmeldungen and leaves the waiting list after confirming (also on a phone)', async () => {
    const full = await publishedShortFormat(`Voll E2E ${Date.now()}`, 1, { startsAt: at(25, 9), endsAt: at(25, 11) });
    const open = await publishedShortFormat(`Offen E2E ${Date.now()}`, 5, { startsAt: at(26, 9), endsAt: at(26, 11) });
    const first = await registerAsVisitor(browser, full, 'Vera Vorne', `vorne.${Date.now()}@example.org`);
    const firstPage = await newPage(browser);
    await firstPage.page.goto(first);
    await firstPage.page.getByTestId('link-confirm').click();
    await firstPage.page.locator('[data-testid="link-status"][data-state="CONFIRMED"]').waitFor();
    await firstPage.context.close();

    for (const phone of [false, true]) {
      const { context, page } = await newPage(browser, { phone });
      await signIn(page, DEMO.participant);
      await page.getByTestId('home-heading').waitFor();
      if (!phone) {
        // Signed in, her own address: confirmed at once, or the waiting list.
        for (const id of [open, full]) {
          await page.goto(`/veranstaltungen/${id}`);
          await page.getByTestId('register-form').waitFor();
          await page.getByTestId('register-organisation-free').click();
          await page.getByTestId('register-organisation').fill('Stadt Bielefeld');
          await page.getByTestId('register-submit').click();
          await page.getByTestId('register-outcome').waitFor();
        }
      }
      await page.getByTestId('user-menu').click();
      await page.getByTestId('my-registrations-link').click();
      await page.getByTestId('my-registrations-heading').waitFor();
      const waiting = page.locator('[data-testid="my-registration"][data-state="WAITING"]', { hasText: 'Voll E2E' });
      if (!phone) {
        await waiting.waitFor();
        expect(await waiting.getByTestId('my-registration-state').textContent()).toContain('Platz 1 der Warteliste');
        await page.locator('[data-testid="my-registration"][data-state="CONFIRMED"]', { hasText: 'Offen E2E' }).first().waitFor();
        await expectNoAxeViolations(page);
        // Keyboard: the leave button is reachable and opens the confirm dialog; cancelling keeps everything.
        await waiting.getByTestId('my-registration-leave').focus();
        await page.keyboard.press('Enter');
        const dialog = page.getByRole('alertdialog');
        await dialog.waitFor();
        await expectNoAxeViolations(page);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        await waiting.getByTestId('my-registration-leave').click();
        await page.getByRole('alertdialog').getByRole('button', { name: 'Warteliste verlassen' }).click();
        await page.locator('[data-testid="my-registration"][data-state="CANCELLED"]', { hasText: 'Voll E2E' }).first().waitFor();
      } else {
        await page.locator('[data-testid="my-registration"]').first().waitFor();
        await expectNoAxeViolations(page);
      }
      await context.close();
    }
  }, 300_000);
});
