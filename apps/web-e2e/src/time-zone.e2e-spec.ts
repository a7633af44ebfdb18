import { Browser } from 'playwright-core';
import { apiAs, at, day } from './support/api';
import { DEMO, expectNoAxeViolations, launch, newPage, signIn } from './support/browser';

/** HH:MM of an instant on a zone's clock. */
function clock(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('de-DE', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** A cohort of the demo trainer with one module-1 session next month, the demo participant admitted. */
async function cohortWithSession(name: string, startsAt: string, endsAt: string): Promise<string> {
  const admin = await apiAs(DEMO.admin);
  const participant = await apiAs(DEMO.participant);
  try {
    const { programmeModules } = await admin.gql<{ programmeModules: { id: string; position: number }[] }>('query Modules { programmeModules { id position } }');
    const moduleOne = programmeModules.find((m) => m.position === 1);
    if (!moduleOne) throw new Error('Module 1 is missing');
    const { createCohort } = await admin.gql<{ createCohort: { id: string } }>('mutation CreateCohort($input: CohortInput!) { createCohort(input: $input) { id } }', {
      input: {
        name,
        description: 'Durchgang für den Zeitzonen-Test.',
        applicationsOpenOn: day(-30),
        applicationsCloseOn: day(10),
        startsOn: day(-20),
        endsOn: day(200),
        capacity: 20,
        trainerIds: [],
      },
    });
    await admin.gql('mutation AddSession($input: SessionInput!) { addSession(input: $input) { id } }', {
      input: { cohortId: createCohort.id, moduleId: moduleOne.id, startsAt, endsAt, location: 'Bildungszentrum Bielefeld' },
    });
    const { municipalities } = await admin.gql<{ municipalities: { items: { id: string }[] } }>(
      'query Municipalities($search: String) { municipalities(search: $search, limit: 1) { items { id } } }',
      { search: 'Bielefeld' },
    );
    const { applyToCohort } = await participant.gql<{ applyToCohort: { id: string } }>('mutation Apply($input: ApplyInput!) { applyToCohort(input: $input) { id } }', {
      input: { cohortId: createCohort.id, municipalityId: municipalities.items[0].id, jobRole: 'Integrationsbeauftragte', motivation: 'Konflikte früher erkennen.' },
    });
    await admin.gql('mutation Decide($input: DecideEnrolmentsInput!) { decideEnrolments(input: $input) { decided { id } } }', {
      input: { decision: 'ADMIT', enrolmentIds: [applyToCohort.id] },
    });
    return createCohort.id;
  } finally {
    await admin.api.dispose();
    await participant.api.dispose();
  }
}

describe('times on the programme clock', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('Mein Weg on a device in New York shows the session at Berlin time, labelled, as the admin page does', async () => {
    const startsAt = at(30, 8);
    const endsAt = at(30, 15);
    const cohortId = await cohortWithSession(`Durchgang Zeitzone E2E ${Date.now()}`, startsAt, endsAt);
    const berlinStart = clock(startsAt, 'Europe/Berlin');
    const berlinEnd = clock(endsAt, 'Europe/Berlin');
    expect(clock(startsAt, 'America/New_York')).not.toBe(berlinStart);

    const participant = await newPage(browser, { timezoneId: 'America/New_York' });
    expect(await participant.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
    await signIn(participant.page, DEMO.participant);
    await participant.page.getByTestId('home-heading').waitFor();
    await participant.page.goto('/mein-weg');
    const next = participant.page.getByTestId(`progress-enrolment-${cohortId}`).getByTestId('progress-next-session-1');
    await next.waitFor();
    const text = ((await next.textContent()) ?? '').replace(/\s/g, ' ');
    expect(text).toContain(`${berlinStart}–${berlinEnd} Uhr (Berliner Zeit)`);
    expect(text).not.toContain(clock(startsAt, 'America/New_York'));
    await expectNoAxeViolations(participant.page);
    await participant.context.close();

    // The admin in Berlin reads the same clock, without a label.
    const admin = await newPage(browser);
    await signIn(admin.page, DEMO.admin);
    await admin.page.getByTestId('home-heading').waitFor();
    await admin.page.goto(`/verwaltung/durchgaenge/${cohortId}`);
    const sessions = admin.page.locator('.session-time').first();
    await sessions.waitFor();
    const adminText = ((await sessions.textContent()) ?? '').replace(/\s/g, ' ');
    expect(adminText).toContain(`${berlinStart}–${berlinEnd} Uhr`);
    expect(adminText).not.toContain('Berliner Zeit');
    await admin.context.close();
  });
});
