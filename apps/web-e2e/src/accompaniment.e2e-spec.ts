import { mkdirSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { apiAs, day } from './support/api';
import { DEMO, expectNoAxeViolations, launch, newPage, settle, signIn } from './support/browser';

const SHOTS = process.env['E2E_SCREENSHOTS'];
const ADVISOR = 'beraterin@koko-campus.example';

async function shoot(page: Page, name: string, phone: boolean): Promise<void> {
  await page.waitForLoadState('networkidle');
  await settle(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${phone ? 390 : 1280}.png`, fullPage: true });
}

/** Accompaniment: an advisor updates a milestone of Bielefeld's path; Anna (Bielefeld) sees it on Mein Weg. */
describe('accompaniment', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => browser.close());

  it('an advisor updates a milestone with the keyboard and the Kommune page shows it; the participant sees it on Mein Weg', async () => {
    const { gql, api } = await apiAs(ADVISOR);
    const { accompanimentOverview } = await gql<{ accompanimentOverview: { kommunen: Array<{ municipalityId: string; name: string }> } }>(
      `{ accompanimentOverview { kommunen { municipalityId name } } }`,
    );
    await api.dispose();
    const bielefeld = accompanimentOverview.kommunen.find((k) => k.name === 'Bielefeld');
    expect(bielefeld).toBeDefined();
    const note = `Konfliktanalyse im Stadtrat vorgestellt (${Date.now()}).`;

    for (const phone of [true, false]) {
      const { context, page } = await newPage(browser, { phone });
      await signIn(page, ADVISOR);
      await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
      await page.goto(`/begleitung/kommunen/${bielefeld!.municipalityId}`);
      await page.getByTestId('kommune-page-heading').waitFor();
      await page.getByTestId('path-advisors').waitFor();
      expect(await page.getByTestId('path-advisors').textContent()).toContain('Dr. Hanna Vogt');
      await expectNoAxeViolations(page);
      await shoot(page, 'kommune-path', phone);
      if (phone) {
        // The edit form on a phone, then leave it with "Abbrechen".
        await page.getByTestId('milestone-edit-2').click();
        await page.getByTestId('milestone-title-input').waitFor();
        await expectNoAxeViolations(page);
        await shoot(page, 'kommune-path-edit', phone);
        await context.close();
        continue;
      }
      // Keyboard only: the edit button opens the form and focuses its first field.
      await page.getByTestId('milestone-edit-2').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('milestone-title-input').waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('milestone-title-input');
      // Reached without a date: a translated message, nothing saved.
      await page.getByTestId('milestone-status-select').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('milestone-status-REACHED').waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      expect(await page.getByTestId('milestone-status-select').textContent()).toContain('Erreicht');
      await page.getByTestId('milestone-date-input').fill('');
      await page.getByTestId('milestone-note-input').fill(note);
      await page.getByTestId('milestone-title-input').focus();
      await page.keyboard.press('Enter');
      await page.getByText('Bitte geben Sie an, wann der Meilenstein erreicht wurde.').waitFor();
      await page.getByTestId('milestone-date-input').fill(day(-1));
      await page.getByTestId('milestone-title-input').focus();
      await page.keyboard.press('Enter');
      // The page reloads the path: wait for the new note, not the one shown before.
      await page.getByTestId('milestone-2').getByText(note).waitFor();
      expect(await page.getByTestId('milestone-2').getByTestId('milestone-status').textContent()).toContain('Erreicht');
      expect(await page.getByTestId('milestone-2').getByTestId('milestone-note').textContent()).toBe(note);
      expect(await page.getByTestId('path-summary').textContent()).toContain('2 von 6 Meilensteinen erreicht');
      await expectNoAxeViolations(page);
      // After a reload the Kommune page still shows it.
      await page.reload();
      await page.getByTestId('kommune-page-heading').waitFor();
      await page.getByTestId('milestone-2').getByText(note).waitFor();
      expect(await page.getByTestId('milestone-2').getByTestId('milestone-note').textContent()).toBe(note);
      await context.close();
    }

    // Anna sees her Kommune's path next to her modules on Mein Weg.
    for (const phone of [true, false]) {
      const { context, page } = await newPage(browser, { phone });
      await signIn(page, DEMO.participant);
      await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
      await page.goto('/mein-weg');
      await page.getByTestId('my-kommune-path').waitFor();
      expect(await page.getByTestId('my-kommune-path').getByTestId('milestone-2').getByTestId('milestone-note').textContent()).toBe(note);
      expect(await page.getByTestId('my-kommune-path').getByTestId('milestone-2').getByTestId('milestone-status').textContent()).toContain('Erreicht');
      await expectNoAxeViolations(page);
      await shoot(page, 'my-way-kommune', phone);
      await context.close();
    }
  });

  it('the admin’s programme overview: stages counted, filters, CSV; a row opens the Kommune page with every building block', async () => {
    for (const phone of [true, false]) {
      const { context, page } = await newPage(browser, { phone });
      await signIn(page, DEMO.admin);
      await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
      await page.goto('/begleitung');
      await page.getByTestId('overview-table').waitFor();
      expect(await page.getByTestId('stage-counts').locator('[data-stage="ANCHORED"]').textContent()).toContain('Verankert');
      await expectNoAxeViolations(page);
      await shoot(page, 'accompaniment-overview', phone);
      if (!phone) {
        // Filter by Regierungsbezirk: Detmold holds Bielefeld, not Krefeld.
        await page.getByTestId('filter-regierungsbezirk').click();
        await page.getByRole('option', { name: 'Detmold' }).click();
        await page.getByText('Bielefeld', { exact: true }).waitFor();
        await page.waitForFunction(() => !document.body.innerText.includes('Krefeld'));
        const download = page.waitForEvent('download');
        await page.getByTestId('overview-csv').click();
        expect((await download).suggestedFilename()).toBe('begleitung.csv');
      }
      await page.getByRole('link', { name: 'Bielefeld' }).click();
      await page.getByTestId('kommune-page-heading').waitFor();
      // One request brings the path, participants with progress and certificate, counselling with its appointments, contacts.
      await page.getByTestId('kommune-requests').getByText('In Bearbeitung').waitFor();
      // The demo's two appointments; the counselling-appointments journey may have planned one more on this request.
      expect(await page.getByTestId('kommune-appointment').count()).toBeGreaterThanOrEqual(2);
      expect(await page.getByTestId('kommune-participants').textContent()).toContain('Anna Müller');
      expect(await page.getByTestId('kommune-participants').textContent()).toContain('Integrationsbeauftragte');
      expect(await page.getByTestId('kommune-contacts').textContent()).toContain('Dr. Hanna Vogt');
      expect(await page.getByTestId('kommune-contacts').textContent()).toContain('anna.mueller@bielefeld.example');
      expect(await page.getByTestId('path-summary').textContent()).toContain('von 6 Meilensteinen erreicht');
      await expectNoAxeViolations(page);
      await shoot(page, 'kommune-page-admin', phone);
      await context.close();
    }
  });
});
