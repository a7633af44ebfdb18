import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Browser, Page } from 'playwright-core';
import { DEMO, expectNoAxeViolations, launch, newPage, settle, signIn } from './support/browser';

const SHOTS = process.env['E2E_SCREENSHOTS'];
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
const ADVISOR = 'beraterin@koko-campus.example';

async function shoot(page: Page, name: string, phone: boolean): Promise<void> {
  await settle(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${phone ? 390 : 1280}.png`, fullPage: true });
}

async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  // A dialog still opening moves focus to its first field; type only once it has settled. The field is
  // looked up in the dialog: the page's list of appointments names their places with the same test id.
  await settle(page);
  await page.getByRole('dialog').getByTestId(testId).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** A day ten days from now as the date field takes it (TT.MM.JJJJ). */
function inTenDays(): string {
  const d = new Date(Date.now() + 10 * 86_400_000);
  return new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' }).format(d);
}

/** Counselling appointments: the advisor plans one on the demo request in progress; its requester sees it and downloads the .ics. */
describe('counselling appointments', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => browser.close());

  it('advisor plans an appointment by keyboard (translated error for a link without https) → the participant sees it and downloads the iCal', async () => {
    let requestId = '';
    {
      const { context, page } = await newPage(browser);
      await signIn(page, ADVISOR);
      await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
      await page.goto('/beratung/eingang?status=IN_PROGRESS');
      await page.getByTestId('counselling-table').waitFor();
      const link = page.getByRole('row').filter({ hasText: 'Bielefeld' }).locator('[data-testid^="counselling-open-"]').first();
      requestId = ((await link.getAttribute('data-testid')) ?? '').replace('counselling-open-', '');
      await page.goto(`/beratung/anfragen/${requestId}`);
      await page.getByTestId('counselling-request-heading').waitFor();
      await page.getByTestId('appointment-list').or(page.getByText('Noch kein Termin geplant.')).first().waitFor();
      const before = await page.getByTestId('appointment').count();

      // Keyboard only: open the dialog, type day and time, a link without https first.
      await page.getByTestId('appointment-plan').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('appointment-day').waitFor();
      await typeInto(page, 'appointment-day', inTenDays());
      await typeInto(page, 'appointment-time', '10:30');
      await typeInto(page, 'appointment-location', 'meet.example.org/bielefeld');
      await page.keyboard.press('Enter');
      await page.getByText('Bitte geben Sie einen Link an, der mit https:// beginnt.').waitFor();
      await expectNoAxeViolations(page);
      await shoot(page, 'counselling-appointment-dialog', false);
      await typeInto(page, 'appointment-location', 'https://meet.example.org/bielefeld');
      await page.keyboard.press('Enter');
      await page.getByTestId('appointment-day').waitFor({ state: 'detached' });
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="appointment"]').length === n + 1, before);
      const item = page.getByTestId('appointment').filter({ hasText: '10:30' }).first();
      expect(await item.getByTestId('appointment-link').textContent()).toBe('https://meet.example.org/bielefeld');
      await expectNoAxeViolations(page);
      await shoot(page, 'counselling-appointments-advisor', false);
      await context.close();
    }

    // The requester sees it (desktop and phone) and downloads it as .ics.
    for (const phone of [false, true]) {
      const { context, page } = await newPage(browser, { phone });
      await signIn(page, DEMO.participant);
      await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
      await page.goto(`/beratung/anfragen/${requestId}`);
      const item = page.getByTestId('appointment').filter({ hasText: '10:30' }).first();
      await item.waitFor();
      expect(await page.getByTestId('appointment-plan').count()).toBe(0);
      expect(await item.getByTestId('appointment-change').count()).toBe(0);
      await expectNoAxeViolations(page);
      await shoot(page, 'counselling-appointments-participant', phone);
      if (!phone) {
        const [download] = await Promise.all([page.waitForEvent('download'), item.getByTestId('appointment-ics').click()]);
        expect(download.suggestedFilename()).toBe('beratungstermin.ics');
        const path = await download.path();
        // Unfold RFC 5545 content lines before matching.
        const ics = (await readFile(path, 'utf8')).replace(/\r\n[ \t]/g, '');
        expect(ics).toContain('BEGIN:VCALENDAR');
        expect(ics).toMatch(/UID:counselling-appointment-[0-9a-f-]{36}@koko-campus/);
        expect(ics).toContain('LOCATION:https://meet.example.org/bielefeld');
        expect(ics).not.toContain('METHOD:');

        // The participant sends the protocol as a file with a message; it shows in the thread as a download.
        await page.getByTestId('counselling-file-input').setInputFiles({ name: 'Protokoll Jugendtreff.pdf', mimeType: 'application/pdf', buffer: PDF });
        await page.getByTestId('counselling-pending-files').filter({ hasText: 'Protokoll Jugendtreff.pdf' }).waitFor();
        await page.getByTestId('counselling-message-input').fill('Anbei das Protokoll unseres letzten Treffens.');
        await page.getByTestId('counselling-message-send').click();
        const sent = page.getByTestId('counselling-message').filter({ hasText: 'Anbei das Protokoll' });
        await sent.getByTestId('counselling-file').filter({ hasText: 'Protokoll Jugendtreff.pdf' }).waitFor();
        expect(await page.getByTestId('counselling-pending-files').count()).toBe(0);
        await expectNoAxeViolations(page);
        await shoot(page, 'counselling-thread-file', false);
      }
      await context.close();
    }
  });
});
