import { mkdirSync } from 'node:fs';
import { Browser } from 'playwright-core';
import { apiAs, day } from './support/api';
import { DEMO, expectNoAxeViolations, launch, newPage, readMail, signIn } from './support/browser';

const SHOTS = process.env['E2E_SCREENSHOTS'];

const ends = { lowLabel: 'trifft gar nicht zu', lowLabelEn: 'does not apply at all', highLabel: 'trifft voll zu', highLabelEn: 'fully applies' };
const QUESTIONNAIRE = {
  title: 'Eingangsbefragung E2E',
  titleEn: 'Entry survey E2E',
  sections: [
    {
      title: 'Erwartungen',
      titleEn: 'Expectations',
      items: [
        { code: 'prep', kind: 'LIKERT5', text: 'Ich fühle mich auf Konflikte in meiner Kommune gut vorbereitet.', textEn: 'I feel well prepared for conflicts in my municipality.', ...ends, allowNoAnswer: true, required: true },
        { code: 'conf', kind: 'LIKERT7', text: 'Ich traue mir zu, ein Konfliktgespräch zu moderieren.', textEn: 'I am confident to moderate a conflict talk.', ...ends, allowNoAnswer: true },
        { code: 'wish', kind: 'TEXT', text: 'Was wünschen Sie sich von der Qualifizierung?', textEn: 'What do you wish for from the training?' },
      ],
    },
  ],
};

/** Participants answer a survey anonymously; the results page shows nothing below the minimum. */
describe('evaluation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => browser.close());

  it('a participant answers by keyboard after the notice of what is stored, another through the mailed link; one reminder; results stay hidden below the minimum', async () => {
    const participant = await apiAs(DEMO.participant);
    const { myEnrolments } = await participant.gql<{ myEnrolments: Array<{ cohortId: string; state: string }> }>(`{ myEnrolments { cohortId state } }`);
    // The running cohort Thu Hà and Anna share (another journey may have admitted Anna to a later one).
    const thuHa = await apiAs('thu.ha.nguyen@muenster.example');
    const hers = (await thuHa.gql<{ myEnrolments: Array<{ cohortId: string; state: string }> }>(`{ myEnrolments { cohortId state } }`)).myEnrolments;
    const cohortId = myEnrolments.find((e) => e.state === 'ADMITTED' && hers.some((h) => h.state === 'ADMITTED' && h.cohortId === e.cohortId))!.cohortId;
    const admin = await apiAs(DEMO.admin);
    const { createQuestionnaire } = await admin.gql<{ createQuestionnaire: { id: string } }>(`mutation($input: QuestionnaireInput!) { createQuestionnaire(input: $input) { id } }`, {
      input: QUESTIONNAIRE,
    });
    const title = `Vorher-Befragung ${Date.now()}`;
    await admin.gql<{ createSurvey: { id: string } }>(`mutation($input: SurveyInput!) { createSurvey(input: $input) { id } }`, {
      input: { versionId: createQuestionnaire.id, cohortId, wave: 'PRE', title, titleEn: 'Pre survey E2E', opensAt: `${day(-1)}T00:00:00.000Z`, closesAt: `${day(14)}T00:00:00.000Z` },
    });

    // The phone first (looked at only), then the desktop answers.
    for (const phone of [true, false]) {
      const { context, page } = await newPage(browser, { phone });
      await signIn(page, DEMO.participant);
      await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
      const logs: string[] = [];
      page.on('console', (m) => logs.push(m.text()));
      page.on('pageerror', (e) => logs.push(String(e)));
      await page.goto('/befragungen');
      await page
        .getByTestId('my-surveys-heading')
        .waitFor({ timeout: 10_000 })
        .catch(async (e) => {
          console.log(page.url(), logs.join('\n'), (await page.locator('body').innerText()).slice(0, 1500));
          throw e;
        });
      await page.waitForLoadState('networkidle');
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/my-surveys-${phone ? 390 : 1280}.png`, fullPage: true });
      await page.getByTestId('my-survey').filter({ hasText: title }).getByTestId('my-survey-open').click();
      await page.getByTestId('survey-notice').waitFor();
      expect(await page.getByTestId('survey-notice').textContent()).toContain('Wir speichern nicht: Ihren Namen, Ihre E-Mail-Adresse');
      // Each question is a group named by its legend.
      expect(await page.getByRole('group', { name: /gut vorbereitet/ }).count()).toBe(1);
      expect(await page.getByRole('radiogroup').count()).toBe(2);
      await expectNoAxeViolations(page);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/survey-answer-${phone ? 390 : 1280}.png`, fullPage: true });
      if (phone) {
        await context.close();
        continue;
      }
      // Keyboard: focus the first scale point, move with the arrow keys, choose with space.
      await page.getByTestId('item-prep-1').locator('input').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await page.getByTestId('item-prep-4').locator('input').isChecked()).toBe(true);
      await page.getByTestId('code-mother').fill('m');
      await page.getByTestId('code-father').fill('J');
      await page.getByTestId('code-day').fill('7');
      await page.getByTestId('code-place').fill('Ö');
      await page.getByTestId('code-siblings').fill('2');
      await page.getByTestId('item-wish').getByRole('textbox').fill('Viele Praxisbeispiele');
      await page.getByTestId('survey-submit').click();
      await page.getByTestId('survey-thanks').waitFor();
      await expectNoAxeViolations(page);
      await page.goto('/befragungen');
      await page.getByTestId('my-surveys-heading').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getByText(title).count()).toBe(0);
      await context.close();
    }

    // The invitation mail (in English for Thu Hà) opens the survey without an account; the link works once.
    const mail = await readMail(browser, 'thu.ha.nguyen@muenster.example', /We would like your opinion: Pre survey E2E/);
    const link = new URL(/https?:\/\/\S+\/befragungen\/link#[A-Za-z0-9_-]+/.exec(mail)?.[0] ?? 'http://missing');
    expect(link.pathname).toBe('/befragungen/link');
    for (const phone of [true, false]) {
      const { context, page } = await newPage(browser, { phone });
      await page.goto(link.pathname + link.hash);
      await page.getByTestId('survey-notice').waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/survey-link-${phone ? 390 : 1280}.png`, fullPage: true });
      if (!phone) {
        await page.getByTestId('item-prep-2').locator('input').check();
        await page.getByTestId('code-none').locator('input').check();
        await page.getByTestId('survey-submit').click();
        await page.getByTestId('survey-thanks').waitFor();
      }
      await context.close();
    }
    {
      const { context, page } = await newPage(browser);
      await page.goto(link.pathname + link.hash);
      await page.getByText('Dieser Link ist ungültig oder wurde bereits verwendet').waitFor();
      await context.close();
    }

    // The one reminder, from the results list: only Łukasz (invited, not answered) gets it, Anna does not.
    {
      const { context, page } = await newPage(browser);
      await signIn(page, DEMO.admin);
      await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
      await page.goto('/auswertung');
      const row = page.getByTestId('survey-row').filter({ hasText: title });
      await row.getByTestId('survey-remind').click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Erinnerung senden' }).click();
      await row.getByTestId('survey-reminded').waitFor();
      expect(await row.getByTestId('survey-remind').count()).toBe(0);
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/surveys-results-1280.png`, fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/surveys-results-390.png`, fullPage: true });
      await context.close();
    }
    expect(await readMail(browser, 'lukasz.zolc@kleve.example', new RegExp(`^Erinnerung: ${title}`))).toContain('/befragungen/link#');
    {
      const { context, page } = await newPage(browser);
      await signIn(page, DEMO.admin);
      await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
      await page.goto(`/dev/mail?to=${encodeURIComponent(DEMO.participant)}`);
      await page.waitForLoadState('networkidle');
      expect(await page.getByTestId('dev-mail-link').filter({ hasText: `Erinnerung: ${title}` }).count()).toBe(0);
      expect(await page.getByTestId('dev-mail-link').filter({ hasText: `Ihre Meinung ist gefragt: ${title}` }).count()).toBe(1);
      await context.close();
    }

    // Two responses are below the minimum of five: the results say so and show no figure.
    for (const phone of [false, true]) {
      const { context, page } = await newPage(browser, { phone });
      await signIn(page, DEMO.admin);
      await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
      await page.goto('/auswertung');
      await page.getByTestId('survey-row').filter({ hasText: title }).getByRole('link').click();
      await page.getByTestId('results-suppressed').waitFor();
      expect(await page.getByTestId('results-suppressed').textContent()).toContain('mindestens 5');
      await expectNoAxeViolations(page);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/survey-results-suppressed-${phone ? 390 : 1280}.png`, fullPage: true });
      await context.close();
    }
    await participant.api.dispose();
    await admin.api.dispose();
    // A long journey (two participants, a mail link, the reminder, two roles at two widths).
  }, 360_000);
});
