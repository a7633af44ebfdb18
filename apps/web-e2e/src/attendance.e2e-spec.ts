import { Browser } from 'playwright-core';
import { apiAs, at, day } from './support/api';
import { DEMO, expectNoAxeViolations, launch, newPage, signIn } from './support/browser';

/**
 * A running cohort of the demo trainer with one module-1 session last week, and the demo participant
 * admitted to it – all set up through the API as admin and participant would.
 */
async function runningCohortWithParticipant(
  name: string,
): Promise<{ cohortId: string; sessionId: string; enrolmentId: string; futureModule2: string }> {
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
    const moduleTwo = programmeModules.find((m) => m.position === 2);
    if (!moduleOne || !moduleTwo) throw new Error('Module 1 or 2 is missing');

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
    // Module 2: one session that has taken place and nobody has recorded, one next month.
    await admin.gql<{ addSession: { id: string } }>('mutation AddSession($input: SessionInput!) { addSession(input: $input) { id } }', {
      input: { cohortId, moduleId: moduleTwo.id, startsAt: at(-2, 8), endsAt: at(-2, 15), location: 'Bildungszentrum Bielefeld' },
    });
    const future = await admin.gql<{ addSession: { id: string } }>('mutation AddSession($input: SessionInput!) { addSession(input: $input) { id } }', {
      input: { cohortId, moduleId: moduleTwo.id, startsAt: at(30, 8), endsAt: at(30, 15), location: 'Bildungszentrum Bielefeld' },
    });

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
    return { cohortId, sessionId: addSession.id, enrolmentId: applyToCohort.id, futureModule2: future.addSession.id };
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

  it('the trainer records "anwesend" with A, a session not begun says why, and the participant sees module 1 met and module 2 "noch nicht erfasst"', async () => {
    const { cohortId, sessionId, enrolmentId, futureModule2 } = await runningCohortWithParticipant(`Durchgang Anwesenheit E2E ${Date.now()}`);

    const trainer = await newPage(browser);
    await signIn(trainer.page, DEMO.trainer);
    await trainer.page.getByTestId('home-heading').waitFor();
    await trainer.page.goto('/trainer/durchgaenge');
    await trainer.page.getByTestId(`cohort-attendance-${cohortId}`).click();
    await trainer.page.getByTestId('attendance-grid').waitFor();
    await expectNoAxeViolations(trainer.page);

    const cell = trainer.page.getByTestId(`attendance-cell-${enrolmentId}-${sessionId}`);
    expect(await cell.getAttribute('aria-label')).toBe('Anna Müller, Modul 1 Termin 1: noch nicht erfasst, offen');
    // The legend on the grid names the German keys; the two held sessions without entries are the to-do.
    const legend = trainer.page.getByTestId('attendance-legend');
    expect(await legend.textContent()).toMatch(/A\s+anwesend/);
    expect(await legend.textContent()).toMatch(/F\s+fehlt \(unentschuldigt\)/);
    expect(await trainer.page.getByTestId('attendance-todo').textContent()).toContain('Noch offen: 2 Einträge');
    // Tab from the "mark all" button into the grid: the cell is in the tab order.
    await trainer.page.getByTestId(`attendance-mark-all-${sessionId}`).focus();
    for (let i = 0; i < 5; i++) {
      await trainer.page.keyboard.press('Tab');
      if (await cell.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);
    await trainer.page.keyboard.press('a');
    await trainer.page.getByTestId('attendance-status').filter({ hasText: 'Gespeichert: Anna Müller, Modul 1 Termin 1: anwesend' }).waitFor();
    expect(await cell.getAttribute('aria-label')).toBe('Anna Müller, Modul 1 Termin 1: anwesend');
    expect(await trainer.page.getByTestId('attendance-todo').textContent()).toContain('Noch offen: 1 Eintrag');
    await expectNoAxeViolations(trainer.page);

    // "Anrechnen" on a present cell does nothing and says why, in the live region.
    await trainer.page.keyboard.press('r');
    await trainer.page.getByTestId('attendance-status').filter({ hasText: 'Anrechnen ist nur bei einer entschuldigten Abwesenheit möglich' }).waitFor();
    // A session that has not begun takes no value.
    const future = trainer.page.getByTestId(`attendance-cell-${enrolmentId}-${futureModule2}`);
    expect(await future.getAttribute('aria-disabled')).toBe('true');
    await future.focus();
    await trainer.page.keyboard.press('a');
    await trainer.page.getByTestId('attendance-status').filter({ hasText: 'Anwesenheit kann erst ab Beginn erfasst werden' }).waitFor();
    expect(await future.getAttribute('data-status')).toBe('EMPTY');

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
    // Module 2's held session is not recorded yet: said neutrally, no "nicht mehr erreichbar" warning.
    const moduleTwo = enrolment.getByTestId('progress-module-2');
    expect(await moduleTwo.getByTestId('progress-unrecorded-2').textContent()).toContain('1 stattgefundener Termin ist noch nicht erfasst');
    expect(await moduleTwo.textContent()).not.toContain('nicht mehr zu erreichen');
    const open = moduleOne.getByTestId('progress-open-conditions-1');
    expect(await open.textContent()).toContain('Transferaufgabe: noch nicht eingereicht');
    expect(await open.textContent()).not.toContain('Anwesenheit');
    expect(await moduleOne.getByTestId('progress-module-status-1').textContent()).toContain('In Bearbeitung');
    await expectNoAxeViolations(participant.page);
    await participant.context.close();
  });
});
