import { mkdirSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { DEMO, expectNoAxeViolations, launch, linkFrom, newPage, readMail, settle, signIn } from './support/browser';

const SHOTS = process.env['E2E_SCREENSHOTS'];
const ADVISOR = 'beraterin@koko-campus.example';

async function shoot(page: Page, name: string, phone: boolean): Promise<void> {
  await page.waitForLoadState('networkidle');
  await settle(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${phone ? 390 : 1280}.png`, fullPage: true });
}

/** Counselling: a participant asks for advice, an admin assigns an advisor, the advisor accepts. */
describe('counselling', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => browser.close());

  it('participant requests advice → admin assigns an advisor → the advisor accepts and answers in the thread; the participant sees the answer, never the confidential note', async () => {
    const description = `Seit ${Date.now()} eskaliert in der Nachbarschaft der Streit um einen neuen Gebetsraum; es gab Drohungen.`;

    // The participant looks at both pages on a phone, then files the request on the desktop.
    for (const phone of [true, false]) {
      const { context, page } = await newPage(browser, { phone });
      await signIn(page, DEMO.participant);
      await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
      await page.goto('/beratung');
      await page.getByTestId('my-counselling-heading').waitFor();
      await expectNoAxeViolations(page);
      await shoot(page, 'counselling-mine', phone);
      await page.getByTestId('counselling-new').click();
      await page.getByTestId('request-counselling-heading').waitFor();
      await page.getByTestId('counselling-topic').waitFor();
      await expectNoAxeViolations(page);
      await shoot(page, 'counselling-new', phone);
      if (phone) {
        await context.close();
        continue;
      }
      // Submitting empty shows field errors and sends nothing.
      await page.getByTestId('counselling-submit').click();
      expect(await page.getByText('Bitte wählen Sie ein Thema.').count()).toBe(1);
      await page.getByTestId('counselling-municipality').fill('Bielef');
      await page.getByTestId('counselling-municipality-option').filter({ hasText: 'Bielefeld' }).first().click();
      await page.getByTestId('counselling-topic').click();
      await page.getByRole('option').first().click();
      await page.getByTestId('counselling-description').fill(description);
      await page.getByTestId('counselling-urgency-ACUTE').click();
      expect(await page.getByRole('note').textContent()).toContain('bestätigen wir Ihre Anfrage sofort');
      await page.getByTestId('counselling-format-ON_SITE').click();
      await page.getByTestId('counselling-availability').fill('Werktags ab 8 Uhr, mobil');
      await page.getByTestId('counselling-submit').click();
      await page.waitForURL(/\/beratung\/anfragen\/[0-9a-f-]{36}$/);
      await page.getByTestId('counselling-request-heading').waitFor();
      expect(await page.getByTestId('counselling-status').textContent()).toContain('Neu');
      await context.close();
    }

    // The admin finds it first in the inbox (acute, open) and assigns the demo advisor.
    let requestId = '';
    for (const phone of [true, false]) {
      const { context, page } = await newPage(browser, { phone });
      await signIn(page, DEMO.admin);
      await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
      await page.goto('/beratung/eingang?dringlichkeit=ACUTE&status=NEW');
      await page.getByTestId('counselling-table').waitFor();
      await expectNoAxeViolations(page);
      await shoot(page, 'counselling-inbox', phone);
      const link = page.locator('[data-testid^="counselling-open-"]').first();
      requestId = ((await link.getAttribute('data-testid')) ?? '').replace('counselling-open-', '');
      await link.click();
      await page.getByTestId('counselling-request-heading').waitFor();
      expect(await page.locator('.text').first().textContent()).toBe(description);
      if (phone) {
        await expectNoAxeViolations(page);
        await shoot(page, 'counselling-detail-admin', phone);
        await context.close();
        continue;
      }
      await page.getByTestId('counselling-assign-select').click();
      await page.getByRole('option', { name: 'Dr. Hanna Vogt' }).click();
      await page.keyboard.press('Escape');
      await page.getByTestId('counselling-assign-submit').click();
      await page.getByTestId('counselling-advisors').filter({ hasText: 'Dr. Hanna Vogt' }).waitFor();
      await expectNoAxeViolations(page);
      await shoot(page, 'counselling-detail-admin', phone);
      await context.close();
    }

    // The advisor sees it among theirs and accepts it.
    {
      const { context, page } = await newPage(browser);
      await signIn(page, ADVISOR);
      await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
      await page.goto('/beratung/eingang');
      await page.getByTestId(`counselling-open-${requestId}`).click();
      await page.getByTestId('counselling-request-heading').waitFor();
      expect(await page.getByTestId('counselling-assign-select').count()).toBe(0);
      await page.getByTestId('counselling-next-status').click();
      await page.getByTestId('counselling-next-ACCEPTED').click();
      await page.getByTestId('counselling-status-submit').click();
      await page.getByTestId('counselling-status').filter({ hasText: 'Angenommen' }).waitFor();
      // The advisor answers in the thread and leaves a confidential note for the team.
      await page.getByTestId('counselling-message-input').fill('Guten Tag Frau Müller, ich rufe Sie morgen um 9 Uhr an.');
      await page.getByTestId('counselling-message-send').click();
      await page.getByTestId('counselling-message').filter({ hasText: 'morgen um 9 Uhr' }).waitFor();
      await page.getByTestId('counselling-message-input').fill('Notiz: Die Polizei ist bereits informiert.');
      await page.getByTestId('counselling-message-confidential').locator('input').check();
      await page.getByTestId('counselling-message-send').click();
      await page.getByTestId('counselling-note-badge').waitFor();
      await expectNoAxeViolations(page);
      await shoot(page, 'counselling-detail-advisor', false);
      await context.close();
    }

    // The participant sees the accepted request and its advisor.
    {
      const { context, page } = await newPage(browser);
      await signIn(page, DEMO.participant);
      await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
      await page.goto(`/beratung/anfragen/${requestId}`);
      await page.getByTestId('counselling-status').filter({ hasText: 'Angenommen' }).waitFor();
      expect(await page.getByTestId('counselling-advisors').textContent()).toContain('Dr. Hanna Vogt');
      expect(await page.getByTestId('counselling-next-status').count()).toBe(0);
      // The answer is there, the confidential note is not; the participant replies.
      await page.getByTestId('counselling-message').filter({ hasText: 'morgen um 9 Uhr' }).waitFor();
      expect(await page.getByText('Die Polizei ist bereits informiert').count()).toBe(0);
      expect(await page.getByTestId('counselling-message-confidential').count()).toBe(0);
      await page.getByTestId('counselling-message-input').fill('Vielen Dank, das passt.');
      await page.getByTestId('counselling-message-send').click();
      await page.getByTestId('counselling-message').filter({ hasText: 'Vielen Dank, das passt.' }).waitFor();
      await expectNoAxeViolations(page);
      await shoot(page, 'counselling-detail-participant', false);
      await context.close();
    }
    // Four roles' pages on both widths: longer than the usual journey on two busy cores.
  }, 300_000);

  it('a visitor without an account asks through the public contact form, sets a password from the mail and follows the request', async () => {
    const stamp = Date.now();
    const email = `ordnungsamt.${stamp}@moers.example`;
    const description = `Nachbarschaftsstreit ${stamp}: Beschwerden über Lärm aus einer Gemeinschaftsunterkunft häufen sich.`;
    for (const phone of [true, false]) {
      const { context, page } = await newPage(browser, { phone });
      await page.goto('/');
      await page.getByTestId('footer-counselling').click();
      await page.getByTestId('request-counselling-heading').getByText('Beratung anfragen').waitFor();
      await page.getByTestId('counselling-public-email').waitFor();
      await expectNoAxeViolations(page);
      await shoot(page, 'counselling-contact', phone);
      if (phone) {
        await context.close();
        continue;
      }
      // Empty: field errors and the consent, nothing sent.
      await page.getByTestId('counselling-submit').click();
      await page.getByTestId('counselling-public-consent-error').waitFor();
      expect(await page.getByText('Bitte geben Sie eine gültige E-Mail-Adresse an.').count()).toBe(1);
      await expectNoAxeViolations(page);
      await page.getByTestId('counselling-municipality').fill('Moer');
      await page.getByTestId('counselling-municipality-option').filter({ hasText: 'Moers' }).first().click();
      await page.getByTestId('counselling-topic').click();
      await page.getByRole('option').first().click();
      await page.getByTestId('counselling-description').fill(description);
      await page.getByTestId('counselling-format-PHONE').click();
      await page.getByTestId('counselling-availability').fill('Werktags 8 bis 12 Uhr');
      await page.getByTestId('counselling-public-name').fill('Merle Ordnung');
      await page.getByTestId('counselling-public-email').fill(email);
      await page.getByTestId('counselling-public-consent').locator('input').check();
      await page.getByTestId('counselling-submit').click();
      await page.getByTestId('counselling-public-sent').getByText(email).waitFor();
      await expectNoAxeViolations(page);
      await shoot(page, 'counselling-contact-sent', phone);

      // The acknowledgement's link sets the password; the request is then on "Meine Beratung".
      await page.goto(linkFrom(await readMail(browser, email, /Ihre Beratungsanfrage ist eingegangen/)));
      await page.getByTestId('invite-display-name').fill('Merle Ordnung');
      await page.getByTestId('invite-certificate-name').fill('Merle Ordnung');
      await page.getByTestId('new-password').fill('Konflikte-klug-loesen-9');
      await page.getByTestId('new-password-confirm').fill('Konflikte-klug-loesen-9');
      await page.getByTestId('invite-accept-submit').click();
      await page.getByTestId('home-heading').waitFor();
      await page.goto('/beratung');
      await page.getByTestId('my-counselling-request').waitFor();
      expect(await page.getByTestId('my-counselling-request').first().getByTestId('counselling-status').textContent()).toContain('Neu');
      await context.close();
    }
  }, 180_000);
});
