import { countStatements, GraphQLClient, TestApp } from '@koko/api/testing';
import { certificateHelpers, startCertificatesApp } from './support';

const TO_ISSUE = `{ certificatesToIssue { cohortId cohortName count } }`;

interface ToIssue {
  cohortId: string;
  cohortName: string;
  count: number;
}

/** The admin start page's "graduates to certify": one query over every cohort that has begun. */
describe('certificates to issue', () => {
  let t: TestApp, admin: GraphQLClient, anonymous: GraphQLClient;
  beforeAll(async () => ({ t, admin, anonymous } = await startCertificatesApp()));
  afterAll(() => t.close());
  const { issue, cohortWith } = certificateHelpers(() => ({ t, admin, anonymous }));
  const toIssue = async () => (await admin.ok<{ certificatesToIssue: ToIssue[] }>(TO_ISSUE)).certificatesToIssue;

  it('counts eligible participants without a valid certificate per cohort, and leaves out cohorts with none', async () => {
    const a = await cohortWith(3, 2);
    await issue(a.enrolmentIds[0]);
    const b = await cohortWith(2, 2);
    const done = await cohortWith(1, 1);
    await issue(done.enrolmentIds[0]);
    const nobody = await cohortWith(2, 0);
    const notStarted = await cohortWith(1, 0, { now: new Date(Date.now() + 100 * 86_400_000) });

    const rows = await toIssue();
    const ours = new Map(rows.map((r) => [r.cohortId, r.count]));
    expect(ours.get(a.cohortId)).toBe(1);
    expect(ours.get(b.cohortId)).toBe(2);
    for (const none of [done, nobody, notStarted]) expect(ours.has(none.cohortId)).toBe(false);
    expect(rows.find((r) => r.cohortId === a.cohortId)?.cohortName).toEqual(expect.any(String));
  });

  it('runs the same statements for two cohorts as for six', async () => {
    const few = await countStatements(t.db, toIssue);
    for (let i = 0; i < 4; i++) await cohortWith(2, 1);
    const many = await countStatements(t.db, toIssue);
    expect(many.statements).toEqual(few.statements);
    expect(many.count).toBeLessThanOrEqual(12);
  });
});
