import { Browser, Page } from 'playwright-core';
import { DEMO, expectNoAxeViolations, launch, newPage, settle, signIn } from './support/browser';

/** Focuses a control and activates it with the keyboard, as a keyboard user would. */
async function pressOn(page: Page, testId: string, key = 'Enter'): Promise<void> {
  await page.getByTestId(testId).focus();
  await page.keyboard.press(key);
}

/** Focuses a text field and types into it key by key, replacing what it held. */
async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  // A dialog still opening moves focus to its first field; type only once it has settled.
  await settle(page);
  await page.getByTestId(testId).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

describe('planning a cohort', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('an admin creates a cohort with a trainer and adds a session in Berlin time, by keyboard', async () => {
    const name = `E2E-Durchgang ${Date.now()}`;
    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    await page.getByTestId('home-heading').waitFor();

    await page.goto('/verwaltung/durchgaenge');
    await page.getByTestId('cohorts-heading').waitFor();
    await page.locator('[data-testid="cohorts-table"], [data-testid="empty-state"]').first().waitFor();
    await expectNoAxeViolations(page);

    // The dialog opens with the focus in its first field.
    await pressOn(page, 'cohort-create');
    await page.getByTestId('cohort-name').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'cohort-name');
    await page.keyboard.type(name);
    await typeInto(page, 'cohort-description', 'Durchgang aus dem Browser-Test.');
    // Material date fields in German: typed as TT.MM.JJJJ …
    await typeInto(page, 'cohort-starts-on', '01.03.2031');
    expect(await page.getByTestId('cohort-starts-on').getAttribute('type')).not.toBe('date');
    // … or picked in the calendar by keyboard: it opens on the earliest allowed day (the start), six
    // months on with Page Down, the last day of that month with End, Enter takes it.
    await page.getByTestId('cohort-ends-on-toggle').locator('button').focus();
    await page.keyboard.press('Enter');
    await page.locator('mat-calendar').waitFor();
    const activeDay = () => page.evaluate(() => (document.activeElement?.classList.contains('mat-calendar-body-active') ? document.activeElement.getAttribute('aria-label') : null));
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '1. März 2031');
    await expectNoAxeViolations(page);
    // One key at a time: each moves the focus once the calendar has redrawn.
    for (const key of ['PageDown', 'PageDown', 'PageDown', 'PageDown', 'PageDown', 'PageDown', 'End']) {
      const before = await activeDay();
      await page.keyboard.press(key);
      await page.waitForFunction((label) => {
        const active = document.activeElement;
        return active?.classList.contains('mat-calendar-body-active') && active.getAttribute('aria-label') !== label;
      }, before);
    }
    expect(await activeDay()).toBe('30. September 2031');
    await page.keyboard.press('Enter');
    await page.locator('mat-calendar').waitFor({ state: 'detached' });
    expect(await page.getByTestId('cohort-ends-on').inputValue()).toBe('30.09.2031');
    await typeInto(page, 'cohort-applications-open', '1.11.2030');
    await typeInto(page, 'cohort-applications-close', '31.01.2031');
    // Leaving a field writes the day back in full.
    expect(await page.getByTestId('cohort-applications-open').inputValue()).toBe('01.11.2030');
    await page.getByTestId('cohort-capacity').fill('18');
    // Trainers: open the list, tick the first trainer with the space bar, close it.
    await pressOn(page, 'cohort-trainers', 'Enter');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    await expectNoAxeViolations(page);
    await pressOn(page, 'cohort-save');

    // Creating leads to the new cohort's page.
    await page.waitForURL(/\/verwaltung\/durchgaenge\/[0-9a-f-]{36}$/);
    await page.getByTestId('cohort-heading').filter({ hasText: name }).waitFor();
    expect(await page.getByTestId('cohort-trainers-list').textContent()).not.toMatch(/Noch keine/);
    await page.getByTestId('sessions-empty-1').waitFor();
    await expectNoAxeViolations(page);

    // A place is required: the form says so before anything is sent.
    await pressOn(page, 'session-add-1');
    await page.getByTestId('session-day').waitFor();
    await typeInto(page, 'session-day', '05.03.2031');
    // Times on the 24-hour clock, typed into Material's time fields.
    expect(await page.getByTestId('session-start').inputValue()).toBe('09:00');
    await typeInto(page, 'session-start', '10:00');
    await typeInto(page, 'session-end', '15:30');
    await typeInto(page, 'session-title', 'Auftakt');
    await pressOn(page, 'session-save');
    await page.getByText('Bitte geben Sie einen Ort oder einen Online-Link an.').waitFor();
    await typeInto(page, 'session-location', 'Bielefeld, Rathaus, Raum 214');
    await expectNoAxeViolations(page);
    await pressOn(page, 'session-save');

    const sessions = page.getByTestId('sessions-1');
    await sessions.waitFor();
    const text = (await sessions.textContent()) ?? '';
    expect(text).toContain('Auftakt');
    expect(text).toContain('05.03.2031');
    expect(text).toContain('10:00–15:30 Uhr');
    expect(text).toContain('Bielefeld, Rathaus, Raum 214');

    // The times typed are Berlin wall-clock times (CET in March): 10:00 there is 09:00 UTC.
    const cohortId = page.url().split('/').pop();
    const stored = await page.evaluate(async (id) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: 'query($id: ID!) { cohort(id: $id) { capacity sessions { startsAt endsAt location } } }', variables: { id } }),
      });
      return (await res.json()) as { data: { cohort: { capacity: number; sessions: { startsAt: string; endsAt: string; location: string }[] } } };
    }, cohortId);
    expect(stored.data.cohort.capacity).toBe(18);
    expect(stored.data.cohort.sessions).toEqual([
      { startsAt: '2031-03-05T09:00:00.000Z', endsAt: '2031-03-05T14:30:00.000Z', location: 'Bielefeld, Rathaus, Raum 214' },
    ]);
    await expectNoAxeViolations(page);

    // The new cohort is listed with its seats.
    await page.goto('/verwaltung/durchgaenge');
    await page.getByTestId('cohorts-search').fill(name);
    const row = page.getByTestId(`cohort-row-${name}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('0 / 18');
    await context.close();
  });
});
