import { Browser } from 'playwright-core';
import { apiAs, day } from './support/api';
import { DEMO, expectNoAxeViolations, launch, newPage, settle, signIn } from './support/browser';

/** Demo participants register with their own address while signed in: confirmed at once, or on the waiting list. */
async function registerSignedIn(email: string, shortFormatId: string, name: string): Promise<string> {
  const { gql, api } = await apiAs(email);
  try {
    const { registerForShortFormat } = await gql<{ registerForShortFormat: string }>('mutation($input: RegisterInput!) { registerForShortFormat(input: $input) }', {
      input: { shortFormatId, name, email, organisation: 'Kommunales Integrationszentrum', locale: 'DE' },
    });
    return registerForShortFormat;
  } finally {
    await api.dispose();
  }
}

describe('short formats (organisers)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('an organiser creates a short format in the form, publishes it after confirming, and moves someone up the waiting list with a reason', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    await page.getByTestId('home-heading').waitFor();
    await page.goto('/verwaltung/kurzformate');
    await page.getByTestId('short-formats-table').waitFor();
    await expectNoAxeViolations(page);

    // The form explains what is missing and sends nothing.
    await page.getByTestId('short-format-create').click();
    await page.getByTestId('short-format-title').waitFor();
    await page.getByTestId('short-format-save').click();
    await page.getByRole('dialog').getByText('Dieses Feld ist erforderlich.').first().waitFor();
    await expectNoAxeViolations(page);

    const title = `Verwaltung E2E ${Date.now()}`;
    await page.getByTestId('short-format-title').fill(title);
    await page.getByTestId('short-format-topic').click();
    await page.getByRole('option').first().click();
    await page.getByTestId('short-format-join-url').fill('https://meet.example.org/verwaltung-e2e');
    // Material's date picker in German: the organiser types the day as TT.MM.JJJJ.
    const eventDay = day(30).split('-').reverse().join('.');
    await page.getByTestId('short-format-start-day').fill(eventDay);
    await page.getByTestId('short-format-end-day').fill(eventDay);
    await page.getByTestId('short-format-capacity').fill('1');
    await page.getByTestId('short-format-save').click();

    await page.getByTestId('short-format-admin-heading').filter({ hasText: title }).waitFor();
    expect(await page.getByTestId('short-format-state').getAttribute('data-state')).toBe('DRAFT');
    await page.getByTestId('short-format-publish').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.locator('[data-testid="short-format-state"][data-state="PUBLISHED"]').waitFor();
    const id = page.url().split('/').pop() ?? '';

    expect(await registerSignedIn(DEMO.participant, id, 'Anna Müller')).toBe('CONFIRMED');
    expect(await registerSignedIn('lukasz.zolc@kleve.example', id, 'Łukasz Żółć')).toBe('WAITING');
    expect(await registerSignedIn('aga.celik@duisburg.example', id, 'Ağa Çelik')).toBe('WAITING');

    await page.reload();
    await page.getByTestId('registrations-table').waitFor();
    const row = page.locator('tr[data-testid^="registration-row-"]', { hasText: 'Ağa Çelik' });
    const registrationId = ((await row.getAttribute('data-testid')) ?? '').replace('registration-row-', '');
    expect((await page.getByTestId(`registration-position-${registrationId}`).textContent())?.trim()).toBe('2');
    await expectNoAxeViolations(page);

    // By keyboard: focus the row's button, open the dialog, type the position and the reason, save with Enter.
    await page.getByTestId(`registration-move-${registrationId}`).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('waiting-move-position').waitFor();
    await settle(page);
    await expectNoAxeViolations(page);
    await page.getByTestId('waiting-move-position').fill('1');
    await page.getByTestId('waiting-move-reason').fill('Anmeldung war technisch gescheitert');
    await page.getByTestId('waiting-move-position').press('Enter');
    await page.locator(`[data-testid="registration-position-${registrationId}"]`, { hasText: '1' }).waitFor();
    await context.close();
  }, 240_000);
});
