import { Browser } from 'playwright-core';
import { apiAs, at, day } from './support/api';
import { DEMO, expectNoAxeViolations, launch, newPage, signIn } from './support/browser';

/**
 * A running cohort of the demo trainer with one module-1 session last week, and the demo participant
 * admitted to it – all set up through the API as admin and participant would.
 */
async function runningCohortWithParticipant(name: string): Promise<{ cohortId: string; sessionId: string; enrolmentId: string }> {
  const admin = await apiAs(DEMO.admin);
  const participant = await apiAs(DEMO.participant);
  try {
    const { users } = await admin.gql<{ users: { items: { id: string; email: string }[] } }>(
      'query Trainers { users(role: TRAINER, limit: 50) { items { id email } } }',
    );
    const trainer = users.items.find((u) => u.email === DEMO.trainer);
    if (!trainer) throw new Error('The demo trainer is missing');
    const { programmeModules } = await admin.gql<{ programmeModules: { id: string; position: number }[] }>(
      'query Modules { programmeModules { id position } }',
    );
    const moduleOne = programmeModules.find((m) => m.position === 1);
    if (!moduleOne) throw new Error('Module 1 is missing');

    const { createCohort } = await admin.gql<{ createCohort: { id: string } }>(
      'mutation CreateCohort($input: CohortInput!) { createCohort(input: $input) { id } }',
      {
        input: {
          name,
          description: 'Laufender Durchgang für den Anwesenheits-Test.',
          applicationsOpenOn: day(-30),
          applicationsCloseOn: day(10),
          startsOn: day(-20),
          endsOn: day(200),
          capacity: 20,
          trainerIds: [trainer.id],
        },
      },
    );
    const cohortId = createCohort.id;
    const { addSession } = await admin.gql<{ addSession: { id: string } }>(
      'mutation AddSession($input: SessionInput!) { addSession(input: $input) { id } }',
      { input: { cohortId, moduleId: moduleOne.id, startsAt: at(-7, 8), endsAt: at(-7, 15), location: 'Bildungszentrum Bielefeld' } },
    );

    const { municipalities } = await admin.gql<{ municipalities: { items: { id: string }[] } }>(
      'query Municipalities($search: String) { municipalities(search: $search, limit: 1) { items { id } } }',
      { search: 'Bielefeld' },
    );
    const { applyToCohort } = await participant.gql<{ applyToCohort: { id: string } }>(
      'mutation Apply($input: ApplyInput!) { applyToCohort(input: $input) { id } }',
      {
        input: {
          cohortId,
          municipalityId: municipalities.items[0].id,
          jobRole: 'Sachgebietsleitung Integration',
          motivation: 'Konflikte um Unterkünfte früher erkennen.',
        },
      },
    );
    const { decideEnrolments } = await admin.gql<{ decideEnrolments: { decided: { id: string }[] } }>(
      'mutation Decide($input: DecideEnrolmentsInput!) { decideEnrolments(input: $input) { decided { id } } }',
      { input: { decision: 'ADMIT', enrolmentIds: [applyToCohort.id] } },
    );
    expect(decideEnrolments.decided).toHaveLength(1);
    return { cohortId, sessionId: addSession.id, enrolmentId: applyToCohort.id };
  } finally {
    await admin.api.dispose();
    await participant.api.dispose();
  }
}

describe('recording attendance', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('the trainer records "present" by keyboard and the participant sees module 1 attendance met, the assignment still open', async () => {
    const { cohortId, sessionId, enrolmentId } = await runningCohortWithParticipant(`Durchgang Anwesenheit E2E ${Date.now()}`);

    const trainer = await newPage(browser);
    await signIn(trainer.page, DEMO.trainer);
    await trainer.page.getByTestId('home-heading').waitFor();
    await trainer.page.goto('/trainer/durchgaenge');
    await trainer.page.getByTestId(`cohort-attendance-${cohortId}`).click();
    await trainer.page.getByTestId('attendance-grid').waitFor();
    await expectNoAxeViolations(trainer.page);

    const cell = trainer.page.getByTestId(`attendance-cell-${enrolmentId}-${sessionId}`);
    expect(await cell.getAttribute('aria-label')).toMatch(/^Anna Müller, Modul 1 Termin 1: nicht erfasst$/);
    // Tab from the "mark all" button into the grid: the cell is in the tab order.
    await trainer.page.getByTestId(`attendance-mark-all-${sessionId}`).focus();
    for (let i = 0; i < 5; i++) {
      await trainer.page.keyboard.press('Tab');
      if (await cell.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);
    await trainer.page.keyboard.press('p');
    await trainer.page.getByTestId('attendance-status').filter({ hasText: 'Gespeichert: Anna Müller, Modul 1 Termin 1: anwesend' }).waitFor();
    expect(await cell.getAttribute('aria-label')).toBe('Anna Müller, Modul 1 Termin 1: anwesend');
    await expectNoAxeViolations(trainer.page);

    // The value survives a reload (it was saved, not only shown).
    await trainer.page.reload();
    await trainer.page.getByTestId('attendance-grid').waitFor();
    expect(await trainer.page.getByTestId(`attendance-cell-${enrolmentId}-${sessionId}`).getAttribute('data-status')).toBe('PRESENT');
    await trainer.context.close();

    const participant = await newPage(browser);
    await signIn(participant.page, DEMO.participant);
    await participant.page.getByTestId('home-heading').waitFor();
    await participant.page.goto('/mein-weg');
    const enrolment = participant.page.getByTestId(`progress-enrolment-${cohortId}`);
    await enrolment.waitFor();
    const moduleOne = enrolment.getByTestId('progress-module-1');
    expect(await moduleOne.getByTestId('progress-attendance-1').textContent()).toContain('1 von 1 Terminen anwesend (100 %), erforderlich 80 %');
    expect(await moduleOne.getByTestId('progress-attendance-1').textContent()).toContain('Anforderung erfüllt');
    const open = moduleOne.getByTestId('progress-open-conditions-1');
    expect(await open.textContent()).toContain('Transferaufgabe: noch nicht eingereicht');
    expect(await open.textContent()).not.toContain('Anwesenheit');
    expect(await moduleOne.getByTestId('progress-module-status-1').textContent()).toContain('In Bearbeitung');
    await expectNoAxeViolations(participant.page);
    await participant.context.close();
  });
});
