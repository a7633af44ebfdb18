import { readFileSync } from 'node:fs';
import { APIRequestContext, Browser, request } from 'playwright-core';
import { BASE_URL, DEMO, DEMO_PASSWORD, expectNoAxeViolations, launch, newPage, signIn } from './support/browser';

type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** A calendar day relative to today (UTC). */
function day(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** Signs one account in through the API; the request context keeps its session cookie. */
async function apiAs(email: string): Promise<{ gql: Gql; api: APIRequestContext }> {
  const api = await request.newContext({ baseURL: BASE_URL(), extraHTTPHeaders: { 'apollo-require-preflight': 'true' } });
  const gql: Gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await api.post('/graphql', { data: { query, variables } });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  await gql('mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email, password: DEMO_PASSWORD } });
  return { gql, api };
}

interface RubricCriterion {
  id: string;
  levels: { id: string; points: number }[];
}

/**
 * A running cohort without sessions (so attendance is met) with the demo participant admitted, who
 * submits all five transfer assignments, each passed by the demo trainer: the participant is eligible.
 */
async function eligibleParticipant(name: string): Promise<{ cohortId: string; enrolmentId: string }> {
  const admin = await apiAs(DEMO.admin);
  const participant = await apiAs(DEMO.participant);
  const trainer = await apiAs(DEMO.trainer);
  try {
    const { users } = await admin.gql<{ users: { items: { id: string; email: string }[] } }>('query Trainers { users(role: TRAINER, limit: 50) { items { id email } } }');
    const trainerId = users.items.find((u) => u.email === DEMO.trainer)?.id;
    if (!trainerId) throw new Error('The demo trainer is missing');
    const { createCohort } = await admin.gql<{ createCohort: { id: string } }>('mutation CreateCohort($input: CohortInput!) { createCohort(input: $input) { id } }', {
      input: {
        name,
        description: 'Durchgang für den Zertifikats-Test.',
        applicationsOpenOn: day(-60),
        applicationsCloseOn: day(10),
        startsOn: day(-50),
        endsOn: day(100),
        capacity: 20,
        trainerIds: [trainerId],
      },
    });
    const cohortId = createCohort.id;
    const { municipalities } = await admin.gql<{ municipalities: { items: { id: string }[] } }>(
      'query Municipalities($search: String) { municipalities(search: $search, limit: 1) { items { id } } }',
      { search: 'Bielefeld' },
    );
    const { applyToCohort } = await participant.gql<{ applyToCohort: { id: string } }>('mutation Apply($input: ApplyInput!) { applyToCohort(input: $input) { id } }', {
      input: { cohortId, municipalityId: municipalities.items[0].id, jobRole: 'Sachgebietsleitung Integration', motivation: 'Konflikte früher erkennen.' },
    });
    const enrolmentId = applyToCohort.id;
    await admin.gql('mutation Decide($input: DecideEnrolmentsInput!) { decideEnrolments(input: $input) { decided { id } } }', {
      input: { decision: 'ADMIT', enrolmentIds: [enrolmentId] },
    });

    const { programmeModules } = await admin.gql<{ programmeModules: { id: string; position: number }[] }>('query Modules { programmeModules { id position } }');
    for (const module of programmeModules) {
      const { saveAssignmentDraft } = await participant.gql<{ saveAssignmentDraft: { id: string } }>(
        'mutation Draft($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id } }',
        { input: { enrolmentId, moduleId: module.id, body: `Transferaufgabe zu Modul ${module.position}: Analyse eines Konflikts in Bielefeld.` } },
      );
      await participant.gql('mutation Submit($input: SubmitAttemptInput!) { submitAssignment(input: $input) { id } }', {
        input: { attemptId: saveAssignmentDraft.id, confirmOwnWork: true },
      });
      const { claimAttempt } = await trainer.gql<{ claimAttempt: { version: number; rubric: RubricCriterion[] } }>(
        'mutation Claim($input: ClaimAttemptInput!) { claimAttempt(input: $input) { version rubric { id levels { id points } } } }',
        { input: { attemptId: saveAssignmentDraft.id } },
      );
      const scores = claimAttempt.rubric.map((c) => ({ criterionId: c.id, levelId: [...c.levels].sort((a, b) => b.points - a.points)[0].id }));
      await trainer.gql('mutation Feedback($input: SaveFeedbackInput!) { saveFeedback(input: $input) { id } }', {
        input: { attemptId: saveAssignmentDraft.id, version: claimAttempt.version, release: true, verdict: 'PASSED', scores, text: 'Bestanden.' },
      });
    }
    return { cohortId, enrolmentId };
  } finally {
    await Promise.all([admin.api.dispose(), participant.api.dispose(), trainer.api.dispose()]);
  }
}

describe('certificates', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('the admin issues, the participant downloads, anyone verifies; after the admin revokes, verification says revoked', async () => {
    const { cohortId, enrolmentId } = await eligibleParticipant(`Durchgang Zertifikat E2E ${Date.now()}`);

    // The admin issues the certificate from the cohort's certificate page.
    const admin = await newPage(browser);
    await signIn(admin.page, DEMO.admin);
    await admin.page.getByTestId('home-heading').waitFor();
    await admin.page.goto(`/verwaltung/durchgaenge/${cohortId}`);
    await admin.page.getByTestId('cohort-certificates').click();
    await admin.page.getByTestId('certificates-table').waitFor();
    expect(await admin.page.getByTestId(`certificate-eligibility-${enrolmentId}`).textContent()).toContain('Berechtigt');
    await expectNoAxeViolations(admin.page);
    await admin.page.getByTestId(`certificate-issue-${enrolmentId}`).click();
    await admin.page.getByTestId('confirm-ok').click();
    const numberCell = admin.page.getByTestId(`certificate-number-${enrolmentId}`);
    await numberCell.waitFor();
    const number = ((await numberCell.textContent()) ?? '').trim();
    expect(number).toMatch(/^KOKO-\d{4}-\d{6}$/);
    expect(await admin.page.getByTestId(`certificate-current-${enrolmentId}`).textContent()).toContain('Gültig');
    await expectNoAxeViolations(admin.page);

    // The participant sees it on Mein Weg and downloads the PDF.
    const participant = await newPage(browser);
    await signIn(participant.page, DEMO.participant);
    await participant.page.getByTestId('home-heading').waitFor();
    await participant.page.goto('/mein-weg');
    const card = participant.page.getByTestId(`my-certificate-${number}`);
    await card.waitFor();
    expect(await card.textContent()).toContain('Gültig');
    // The progress line follows the certificate: issued, not "kann ausgestellt werden".
    const status = participant.page.getByTestId(`progress-enrolment-${cohortId}`).getByTestId('progress-certificate-status');
    expect(await status.textContent()).toMatch(/Ihr Zertifikat wurde am \d{1,2}\. \S+ \d{4} ausgestellt/);
    const [download] = await Promise.all([participant.page.waitForEvent('download'), participant.page.getByTestId(`my-certificate-download-${number}`).click()]);
    expect(download.suggestedFilename()).toBe(`Zertifikat-${number}.pdf`);
    // Read now: the download's file goes when its browser context closes.
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // …and the signed digital credential (Open Badges 3.0 JSON), with the values for LinkedIn.
    const [credentialDownload] = await Promise.all([participant.page.waitForEvent('download'), participant.page.getByTestId(`my-certificate-credential-${number}`).click()]);
    expect(credentialDownload.suggestedFilename()).toBe(`Zertifikat-${number}.credential.json`);
    const credential = readFileSync(await credentialDownload.path());
    expect(JSON.parse(credential.toString('utf8'))).toMatchObject({ type: ['VerifiableCredential', 'OpenBadgeCredential'], proof: { cryptosuite: 'eddsa-rdfc-2022' } });
    await participant.page.getByTestId(`my-certificate-linkedin-${number}`).locator('summary').click();
    expect(await participant.page.getByTestId('linkedin-id').textContent()).toBe(number);
    expect(await participant.page.getByTestId(`my-certificate-linkedin-add-${number}`).getAttribute('href')).toMatch(/^https:\/\/www\.linkedin\.com\/profile\/add\?startTask=CERTIFICATION_NAME&/);
    const verifyPath = (await participant.page.getByTestId(`my-certificate-verify-${number}`).getAttribute('href')) ?? '';
    expect(verifyPath).toMatch(/^\/verify\/[A-Za-z0-9_-]{22,}$/);
    await expectNoAxeViolations(participant.page);
    await participant.context.close();

    // An anonymous visitor verifies it by its URL, and the downloaded file as an unaltered original.
    const visitor = await newPage(browser);
    await visitor.page.goto(verifyPath);
    await visitor.page.getByTestId('verify-state').waitFor();
    expect(await visitor.page.getByTestId('verify-state').textContent()).toContain('Gültig');
    expect(await visitor.page.getByTestId('verify-name').textContent()).toBe('Anna Müller');
    expect(await visitor.page.getByTestId('verify-number').textContent()).toBe(number);
    expect(await visitor.page.getByTestId('sign-in-link').isVisible()).toBe(true);
    await expectNoAxeViolations(visitor.page);
    await visitor.page.getByTestId('verify-file-input').setInputFiles({ name: `Zertifikat-${number}.pdf`, mimeType: 'application/pdf', buffer: pdf });
    const fileResult = visitor.page.getByTestId('verify-file-result');
    await fileResult.getByTestId('verify-file-verdict').waitFor();
    expect(await fileResult.textContent()).toContain(`Unverändertes Original: Diese Datei ist genau das ausgestellte PDF von Zertifikat ${number}.`);

    // The downloaded credential, dropped on /verify: signature, issuer, status, dates.
    const dropCredential = async () => {
      await visitor.page.getByTestId('verify-credential-file-input').setInputFiles({ name: `Zertifikat-${number}.credential.json`, mimeType: 'application/json', buffer: credential });
      const result = visitor.page.getByTestId('verify-credential-result');
      await result.getByTestId('credential-verdict').waitFor();
      return result;
    };
    let credentialResult = await dropCredential();
    expect(await credentialResult.getByTestId('credential-verdict').getAttribute('data-state')).toBe('VALID');
    expect(await credentialResult.getByTestId('credential-signature').textContent()).toContain('Gültig');
    expect(await credentialResult.getByTestId('credential-issuer').textContent()).toContain('Hochschule Niederrhein');
    expect(await credentialResult.getByTestId('credential-status').textContent()).toBe('Nicht widerrufen');
    expect(await credentialResult.getByTestId('credential-holder').textContent()).toBe('Anna Müller');
    await expectNoAxeViolations(visitor.page);

    // The admin revokes it with a reason.
    const revoke = admin.page.locator(`[data-testid="certificate-row-${enrolmentId}"] [data-testid^="certificate-revoke-"]`);
    await revoke.click();
    await admin.page.getByTestId('revoke-reason').click();
    await admin.page.getByTestId('revoke-reason-ISSUED_IN_ERROR').click();
    await admin.page.getByTestId('revoke-note').fill('Im Browser-Test widerrufen.');
    await expectNoAxeViolations(admin.page);
    await admin.page.getByTestId('revoke-confirm').click();
    await admin.page.getByTestId(`certificate-current-${enrolmentId}`).filter({ hasText: 'Kein gültiges Zertifikat' }).waitFor();
    await admin.context.close();

    // The same verification URL now says revoked, with date and reason.
    await visitor.page.reload();
    await visitor.page.getByTestId('verify-state').waitFor();
    expect(await visitor.page.getByTestId('verify-state').textContent()).toMatch(/Widerrufen am .+ – Grund: Irrtümlich ausgestellt/);
    // The search by number and surname finds the same state.
    await visitor.page.getByTestId('verify-number-input').fill(number);
    await visitor.page.getByTestId('verify-surname-input').fill('Müller');
    await visitor.page.getByTestId('verify-search').click();
    const searchResult = visitor.page.getByTestId('verify-search-result');
    await searchResult.getByTestId('verify-state').waitFor();
    expect(await searchResult.getByTestId('verify-state').textContent()).toContain('Widerrufen');
    await expectNoAxeViolations(visitor.page);

    // The same credential file now reads revoked, in German and in English.
    credentialResult = await dropCredential();
    expect(await credentialResult.getByTestId('credential-verdict').getAttribute('data-state')).toBe('REVOKED');
    expect(await credentialResult.getByTestId('credential-status').textContent()).toBe('Widerrufen');
    await visitor.page.getByTestId('language-switch').click();
    await visitor.page.locator('html[lang="en"]').waitFor();
    credentialResult = await dropCredential();
    expect(await credentialResult.getByTestId('credential-verdict').textContent()).toContain('Revoked: this digital credential is genuine');
    await expectNoAxeViolations(visitor.page);
    await visitor.context.close();
    // Four roles in one journey on a shared 2-core machine: it needs more than the default 180 s.
  }, 420_000);
});
