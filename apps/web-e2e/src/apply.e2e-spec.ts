import { Browser, request } from 'playwright-core';
import { BASE_URL, DEMO, DEMO_PASSWORD, expectNoAxeViolations, launch, newPage, signIn } from './support/browser';

/** A calendar day relative to today (UTC); the margins below keep it valid in Berlin time too. */
function day(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The admin creates a cohort that started two weeks ago and still takes applications, with the demo
 * trainer and a module-1 session last week, straight through the API.
 */
async function createOpenCohort(name: string): Promise<{ cohortId: string; sessionId: string }> {
  const api = await request.newContext({ baseURL: BASE_URL(), extraHTTPHeaders: { 'apollo-require-preflight': 'true' } });
  const gql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await api.post('/graphql', { data: { query, variables } });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  try {
    await gql('mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: DEMO.admin, password: DEMO_PASSWORD },
    });
    const { users } = await gql<{ users: { items: { id: string; email: string }[] } }>(
      'query Trainers { users(role: TRAINER, limit: 50) { items { id email } } }',
      {},
    );
    const trainer = users.items.find((u) => u.email === DEMO.trainer);
    if (!trainer) throw new Error('The demo trainer is missing');
    const data = await gql<{ createCohort: { id: string } }>('mutation CreateCohort($input: CohortInput!) { createCohort(input: $input) { id } }', {
      input: {
        name,
        description: 'Durchgang für den Bewerbungs-Test.',
        applicationsOpenOn: day(-20),
        applicationsCloseOn: day(30),
        startsOn: day(-14),
        endsOn: day(300),
        capacity: 20,
        trainerIds: [trainer.id],
      },
    });
    const { programmeModules } = await gql<{ programmeModules: { id: string; position: number }[] }>('query Modules { programmeModules { id position } }', {});
    const lastWeek = new Date(Date.now() - 7 * 86_400_000);
    lastWeek.setUTCHours(8, 0, 0, 0);
    const { addSession } = await gql<{ addSession: { id: string } }>('mutation AddSession($input: SessionInput!) { addSession(input: $input) { id } }', {
      input: {
        cohortId: data.createCohort.id,
        moduleId: programmeModules.find((m) => m.position === 1)?.id,
        startsAt: lastWeek.toISOString(),
        endsAt: new Date(lastWeek.getTime() + 7 * 3_600_000).toISOString(),
        location: 'Bildungszentrum Bielefeld',
      },
    });
    return { cohortId: data.createCohort.id, sessionId: addSession.id };
  } finally {
    await api.dispose();
  }
}

describe('applying for a cohort', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('a participant applies → an admin admits → a trainer records attendance → the dashboard shows attendance met, the assignment open', async () => {
    const cohortName = `Durchgang E2E ${Date.now()}`;
    const { cohortId, sessionId } = await createOpenCohort(cohortName);

    const participant = await newPage(browser);
    await signIn(participant.page, DEMO.participant);
    await participant.page.getByTestId('home-heading').waitFor();
    await participant.page.goto('/bewerben');
    await participant.page.getByTestId(`open-cohort-${cohortId}`).waitFor();
    await expectNoAxeViolations(participant.page);
    await participant.page.getByTestId(`apply-${cohortId}`).click();
    await participant.page.getByTestId('apply-form').waitFor();
    await participant.page.getByTestId('apply-municipality').fill('Bielef');
    await participant.page.getByTestId('apply-municipality-option').filter({ hasText: 'Bielefeld' }).first().click();
    await participant.page.getByTestId('apply-job-role').fill('Sachgebietsleitung Integration');
    await participant.page.getByTestId('apply-motivation').fill('Wir wollen Konflikte um Unterkünfte früher erkennen und gemeinsam lösen.');
    await expectNoAxeViolations(participant.page);
    await participant.page.getByTestId('apply-submit').click();
    await participant.page.getByTestId('apply-success').waitFor();

    const admin = await newPage(browser);
    await signIn(admin.page, DEMO.admin);
    await admin.page.getByTestId('home-heading').waitFor();
    await admin.page.goto('/verwaltung/anmeldungen');
    await admin.page.getByTestId('enrolments-table').waitFor();
    await admin.page.getByTestId('enrolments-filter-cohort').click();
    await admin.page.getByRole('option', { name: cohortName }).click();
    const row = admin.page.getByTestId(`enrolment-row-${DEMO.participant}`);
    await row.getByTestId('enrolment-state').filter({ hasText: 'Beworben' }).waitFor();
    await expectNoAxeViolations(admin.page);
    await row.locator('[data-testid^="enrolments-select-"] input').check();
    await admin.page.getByTestId('bulk-admit').click();
    await admin.page.getByTestId('decision-message').fill('Herzlich willkommen!');
    await admin.page.getByTestId('decision-confirm').click();
    expect(await admin.page.getByTestId('decision-result').textContent()).toContain('1 entschieden, 0 nicht möglich');
    await row.getByTestId('enrolment-state').filter({ hasText: 'Zugelassen' }).waitFor();
    await admin.context.close();

    await participant.page.goto('/');
    const mine = participant.page.getByTestId(`my-enrolment-${cohortId}`);
    await mine.getByTestId('enrolment-state').waitFor();
    expect(await mine.getByTestId('enrolment-state').textContent()).toMatch(/zugelassen/i);
    expect(await mine.textContent()).toContain('Herzlich willkommen!');
    await expectNoAxeViolations(participant.page);

    // The trainer records attendance in the grid, by keyboard.
    const trainer = await newPage(browser);
    await signIn(trainer.page, DEMO.trainer);
    await trainer.page.getByTestId('home-heading').waitFor();
    await trainer.page.goto('/trainer/durchgaenge');
    await trainer.page.getByTestId(`cohort-attendance-${cohortId}`).click();
    await trainer.page.getByTestId('attendance-grid').waitFor();
    const cell = trainer.page.locator(`[data-testid^="attendance-cell-"][data-testid$="-${sessionId}"]`).first();
    await cell.focus();
    await trainer.page.keyboard.press('a');
    await trainer.page.getByTestId('attendance-status').filter({ hasText: 'anwesend' }).waitFor();
    expect(await cell.getAttribute('data-status')).toBe('PRESENT');
    await expectNoAxeViolations(trainer.page);
    await trainer.context.close();

    // Mein Weg: module 1's attendance is met; the transfer assignment is what is still open.
    await participant.page.goto('/mein-weg');
    const enrolment = participant.page.getByTestId(`progress-enrolment-${cohortId}`);
    await enrolment.waitFor();
    const moduleOne = enrolment.getByTestId('progress-module-1');
    expect(await moduleOne.getByTestId('progress-attendance-1').textContent()).toContain('Anforderung erfüllt');
    const open = await moduleOne.getByTestId('progress-open-conditions-1').textContent();
    expect(open).toContain('Transferaufgabe');
    expect(open).not.toContain('Anwesenheit');
    await expectNoAxeViolations(participant.page);
    await participant.context.close();
  });
});
