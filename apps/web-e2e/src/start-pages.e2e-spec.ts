import { Browser } from 'playwright-core';
import { apiAs } from './support/api';
import { DEMO, expectNoAxeViolations, launch, newPage, signIn } from './support/browser';

interface Cohorts {
  cohorts: { items: { id: string; name: string; sessions: { startsAt: string; endsAt: string }[] }[] };
}

describe('where people start', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('the admin start page counts what waits and links to the filtered lists; the cohort page lists its participants', async () => {
    const admin = await apiAs(DEMO.admin);
    const facts = await admin.gql<{ enrolments: { total: number }; gradingQueue: { counts: { submitted: number } }; barrierReports: { total: number }; cohorts: Cohorts['cohorts'] }>(
      `query { enrolments(state: APPLIED, limit: 1) { total } gradingQueue(limit: 1) { counts { submitted } } barrierReports(status: NEW, limit: 1) { total }
               cohorts(limit: 50) { items { id name sessions { startsAt endsAt } } } }`,
    );
    await admin.api.dispose();

    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.admin);
    const work = page.getByTestId('admin-worklist');
    await work.getByTestId('work-applications').waitFor();
    expect(await work.getByTestId('work-applications').textContent()).toContain(String(facts.enrolments.total));
    expect(await work.getByTestId('work-submissions').textContent()).toContain(String(facts.gradingQueue.counts.submitted));
    expect(await work.getByTestId('work-barrier-reports').textContent()).toContain(String(facts.barrierReports.total));
    // The demo's finished cohort has one graduate still to be issued.
    const certificates = work.locator('[data-testid^="work-certificates-"]');
    expect(await certificates.count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    // The link opens the applications filtered to those still to decide.
    await work.getByTestId('work-applications').click();
    await page.waitForURL(/\/verwaltung\/anmeldungen\?status=APPLIED/);
    await page.getByTestId('enrolments-heading').waitFor();
    expect(await page.getByTestId('enrolments-filter-state').textContent()).toMatch(/Beworben|Bewerbung/);

    // The running demo cohort lists its participants with state and progress.
    const running = facts.cohorts.items.find((c) => c.name === 'KoKo II – Durchgang 2026');
    if (!running) throw new Error('The running demo cohort is missing');
    await page.goto(`/verwaltung/durchgaenge/${running.id}`);
    const participants = page.getByTestId('cohort-participants');
    await participants.locator('tbody tr').first().waitFor();
    const text = (await participants.textContent()) ?? '';
    expect(text).toContain('Anna Müller');
    expect(text).toMatch(/\d+ von 10 Anforderungen erfüllt/);
    expect(text).toContain('Zugelassen');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('the trainer start page shows the grading count and the next sessions', async () => {
    const trainer = await apiAs(DEMO.trainer);
    const facts = await trainer.gql<{ gradingQueue: { counts: { submitted: number } } } & Cohorts>(
      'query { gradingQueue(limit: 1) { counts { submitted } } cohorts(limit: 50) { items { id name sessions { startsAt endsAt } } } }',
    );
    await trainer.api.dispose();
    const next = facts.cohorts.items
      .flatMap((c) => c.sessions)
      .filter((s) => new Date(s.endsAt).getTime() > Date.now())
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];

    const { context, page } = await newPage(browser);
    await signIn(page, DEMO.trainer);
    const work = page.getByTestId('trainer-worklist');
    await work.getByTestId('work-trainer-submissions').waitFor();
    expect(await work.getByTestId('work-trainer-submissions').textContent()).toContain(String(facts.gradingQueue.counts.submitted));
    if (next) {
      const day = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(next.startsAt));
      expect(await work.getByTestId('work-next-sessions').textContent()).toContain(day);
    } else {
      await work.getByTestId('work-next-sessions-none').waitFor();
    }
    await expectNoAxeViolations(page);
    await context.close();
  });
});
