import { sqlRows, sqlRun } from '@koko/api/core/database';
import { createUser, GraphQLClient, signInAs, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { startApp } from './support/app';

const REPORT = `mutation($input: ReportBarrierInput!) { reportBarrier(input: $input) }`;
const LIST = `query($status: BarrierReportStatus) { barrierReports(status: $status, limit: 50) { total items { id pageUrl description name email locale status statusChangedAt } } }`;
const SET_STATUS = `mutation($input: SetBarrierReportStatusInput!) { setBarrierReportStatus(input: $input) { id status statusChangedAt } }`;

interface Report {
  id: string;
  pageUrl: string;
  description: string;
  name: string | null;
  email: string | null;
  locale: string;
  status: string;
}

describe('reporting a barrier', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  // Ids are random UUIDs: order by what the tests compare (team mail before acknowledgement).
  const outbox = () =>
    sqlRows<{ recipient: string; template: string; locale: string; context: Record<string, unknown> }>(
      t.db,
      `SELECT recipient, template, locale, context FROM mail_outbox WHERE template LIKE 'barrier-%' ORDER BY template DESC, recipient`,
    );

  beforeAll(async () => {
    t = await startApp({ BARRIER_REPORTS_PER_HOUR: '3', TEAM_EMAIL: 'team@koko.test' });
    admin = await signInAs(t, await createUser(t.db, { roles: [Role.ADMIN] }));
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await sqlRun(t.db, `DELETE FROM barrier_reports`);
    await sqlRun(t.db, `DELETE FROM mail_outbox`);
  });

  it('takes a report without an account, tells the team and acknowledges it to the sender in their language', async () => {
    const visitor = t.client('en');
    await expect(
      visitor.ok(REPORT, {
        input: { pageUrl: '/bewerben', description: 'The municipality list cannot be opened with the keyboard.', name: ' Alex ', email: 'alex@example.org' },
      }),
    ).resolves.toEqual({ reportBarrier: true });
    const [report] = (await admin.ok<{ barrierReports: { items: Report[] } }>(LIST)).barrierReports.items;
    expect(report).toMatchObject({ pageUrl: '/bewerben', name: 'Alex', email: 'alex@example.org', locale: 'en', status: 'NEW' });
    const mails = await outbox();
    expect(mails.map((m) => [m.recipient, m.template, m.locale])).toEqual([
      ['team@koko.test', 'barrier-report-team', 'de'],
      ['alex@example.org', 'barrier-report-received', 'en'],
    ]);
    expect(mails[0].context).toMatchObject({ pageUrl: '/bewerben', email: 'alex@example.org', adminUrl: 'http://campus.test/verwaltung/barrieren' });
  });

  it('needs neither name nor address; then only the team is told', async () => {
    await t.client().ok(REPORT, { input: { pageUrl: '/verify', description: 'Der Kontrast der Hinweise ist zu schwach.', name: '', email: '' } });
    const [report] = (await admin.ok<{ barrierReports: { items: Report[] } }>(LIST)).barrierReports.items;
    expect(report).toMatchObject({ name: null, email: null, locale: 'de' });
    expect((await outbox()).map((m) => m.template)).toEqual(['barrier-report-team']);
  });

  it('answers a filled honeypot like a success but keeps and sends nothing', async () => {
    await expect(
      t.client().ok(REPORT, { input: { pageUrl: '/', description: 'Buy cheap watches at our shop now!', website: 'http://spam.example' } }),
    ).resolves.toEqual({ reportBarrier: true });
    expect((await admin.ok<{ barrierReports: { total: number } }>(LIST)).barrierReports.total).toBe(0);
    expect(await outbox()).toEqual([]);
  });

  it('limits reports per address and hour, with a translated message', async () => {
    const visitor = t.client();
    for (let i = 0; i < 3; i++) await visitor.ok(REPORT, { input: { pageUrl: '/', description: `Barriere Nummer ${i + 1} auf der Startseite.` } });
    const refused = await visitor.error(REPORT, { input: { pageUrl: '/', description: 'Barriere Nummer 4 auf der Startseite.' } });
    expect(refused.code).toBe('TOO_MANY_REPORTS');
    expect(refused.message).toContain('später noch einmal');
    expect((await admin.ok<{ barrierReports: { total: number } }>(LIST)).barrierReports.total).toBe(3);
  });

  it('refuses bad input with the field named and keeps nothing', async () => {
    const visitor = t.client();
    expect((await visitor.error(REPORT, { input: { pageUrl: '/', description: 'kurz' } })).code).toBe('BAD_USER_INPUT');
    expect((await visitor.error(REPORT, { input: { pageUrl: '/', description: 'Eine ausreichend lange Beschreibung.', email: 'keine-adresse' } })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await admin.ok<{ barrierReports: { total: number } }>(LIST)).barrierReports.total).toBe(0);
  });

  it('admins move a report through its states, filter by state, and every step is audited', async () => {
    await t.client().ok(REPORT, { input: { pageUrl: '/kontakt', description: 'Der Link zum Formular ist nicht beschriftet.' } });
    const [report] = (await admin.ok<{ barrierReports: { items: Report[] } }>(LIST)).barrierReports.items;
    await admin.ok(SET_STATUS, { input: { id: report.id, status: 'IN_PROGRESS' } });
    const answered = (await admin.ok<{ setBarrierReportStatus: { status: string; statusChangedAt: string } }>(SET_STATUS, { input: { id: report.id, status: 'ANSWERED' } }))
      .setBarrierReportStatus;
    expect(answered.status).toBe('ANSWERED');
    expect(answered.statusChangedAt).toBeTruthy();
    expect((await admin.ok<{ barrierReports: { total: number } }>(LIST, { status: 'NEW' })).barrierReports.total).toBe(0);
    expect((await admin.ok<{ barrierReports: { total: number } }>(LIST, { status: 'ANSWERED' })).barrierReports.total).toBe(1);
    const audit = await sqlRows<{ action: string; before: unknown; after: unknown }>(t.db, `SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY id`, [report.id]);
    expect(audit).toEqual([
      { action: 'barrier-report.received', before: null, after: { pageUrl: '/kontakt', answerWanted: false } },
      { action: 'barrier-report.status-changed', before: { status: 'new' }, after: { status: 'in_progress' } },
      { action: 'barrier-report.status-changed', before: { status: 'in_progress' }, after: { status: 'answered' } },
    ]);
    const missing = await admin.error(SET_STATUS, { input: { id: '00000000-0000-4000-8000-000000000000', status: 'ANSWERED' } });
    expect(missing.code).toBe('BARRIER_REPORT_NOT_FOUND');
  });
});
