import { JobsService, RETENTION_JOB, RetentionService } from '@koko/api/core/jobs';
import { createRunningCohort, createUser, TestApp } from '@koko/api/testing';
import { startApp } from './support/app';

/** Every retention task runs against a controlled clock: `now` is fixed, the rows are dated relative to it. */
describe('retention jobs (docs/privacy.md)', () => {
  let t: TestApp;
  let retention: RetentionService;
  const now = new Date('2031-03-01T03:30:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const count = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as Array<{ n: number }>)[0].n;

  beforeAll(async () => {
    // Non-default periods, to show they are read from the configuration.
    t = await startApp({ RETENTION_EXPIRED_TOKEN_DAYS: '10', RETENTION_DECLINED_APPLICATION_DAYS: '100' });
    retention = t.app.get(RetentionService, { strict: false });
  });
  afterAll(() => t.close());

  it('is one scheduled job with a task per kind of record', () => {
    expect(t.app.get(JobsService, { strict: false }).names).toContain(RETENTION_JOB);
    expect(retention.names.sort()).toEqual([
      'certificates.request-throttle',
      'content.answered-barrier-reports',
      'enrolment.closed-applications',
      'events.accessibility-needs',
      'events.registrations-without-account',
      'identity.data-exports',
      'identity.links',
      'identity.login-throttle',
      'identity.sessions',
      'notifications.captured-mail',
      'notifications.sent-mail',
    ]);
  });

  it('deletes used or expired links after the configured period, keeps the rest', async () => {
    const u = await createUser(t.db);
    const insert = (hash: string, expires: Date, used: Date | null) =>
      t.db.query(`INSERT INTO user_tokens (user_id, kind, token_hash, expires_at, used_at) VALUES ($1, 'password_reset', $2, $3, $4)`, [u.id, hash.padEnd(64, '0'), expires, used]);
    await insert('a', daysAgo(11), null); // expired 11 days ago: goes
    await insert('b', daysAgo(9), null); // expired 9 days ago: stays (period 10)
    await insert('c', daysAgo(-1), daysAgo(12)); // used 12 days ago: goes
    await insert('d', daysAgo(-1), null); // still valid: stays
    const result = await retention.run(now);
    expect(result['identity.links']).toBe(2);
    expect(await t.db.query(`SELECT left(token_hash, 1) AS h FROM user_tokens WHERE user_id = $1 ORDER BY 1`, [u.id])).toEqual([{ h: 'b' }, { h: 'd' }]);
  });

  it('deletes sessions 30 days after they ended (revoked, expired or idle), never an open one', async () => {
    const u = await createUser(t.db);
    const insert = (label: string, created: Date, lastSeen: Date, expires: Date, revoked: Date | null) =>
      t.db.query(`INSERT INTO user_sessions (user_id, created_at, last_seen_at, expires_at, revoked_at, user_agent) VALUES ($1, $2, $3, $4, $5, $6)`, [u.id, created, lastSeen, expires, revoked, label]);
    await insert('revoked-31', daysAgo(40), daysAgo(31), daysAgo(30), daysAgo(31));
    await insert('revoked-29', daysAgo(40), daysAgo(29), daysAgo(28), daysAgo(29));
    await insert('idle-31', daysAgo(31), daysAgo(31), daysAgo(30.5), null);
    await insert('open', now, now, daysAgo(-0.5), null);
    await retention.run(now);
    expect((await t.db.query(`SELECT user_agent FROM user_sessions WHERE user_id = $1 ORDER BY 1`, [u.id])).map((r: { user_agent: string }) => r.user_agent)).toEqual(['open', 'revoked-29']);
  });

  it('deletes sign-in and lookup throttle rows after a day unless a lock still runs', async () => {
    await t.db.query(`INSERT INTO login_throttle (key, failures, locked_until, updated_at) VALUES
      ('account:old@example.org', 3, NULL, $1), ('account:locked@example.org', 9, $2, $1), ('account:new@example.org', 1, NULL, $3)`,
      [daysAgo(2), daysAgo(-1), daysAgo(0.5)]);
    await t.db.query(`INSERT INTO request_throttle (key, window_start, hits) VALUES ('verify:old', $1, 3), ('verify:new', $2, 1)`, [daysAgo(2), daysAgo(0.1)]);
    await retention.run(now);
    expect((await t.db.query(`SELECT key FROM login_throttle WHERE key LIKE 'account:%example.org' ORDER BY key`)).map((r: { key: string }) => r.key)).toEqual([
      'account:locked@example.org',
      'account:new@example.org',
    ]);
    expect((await t.db.query(`SELECT key FROM request_throttle WHERE key LIKE 'verify:%' ORDER BY key`)).map((r: { key: string }) => r.key)).toEqual(['verify:new']);
  });

  it('deletes declined applications and minimises withdrawn ones after the configured period', async () => {
    const f = await createRunningCohort(t.db, { participants: 4 });
    const [oldDeclined, newDeclined, oldWithdrawn, admitted] = f.enrolmentIds;
    await t.db.query(`UPDATE enrolments SET state = 'declined', decided_at = $2, motivation = 'alt' WHERE id = $1`, [oldDeclined, daysAgo(101)]);
    await t.db.query(`UPDATE enrolments SET state = 'declined', decided_at = $2, motivation = 'neu' WHERE id = $1`, [newDeclined, daysAgo(99)]);
    await t.db.query(`UPDATE enrolments SET state = 'withdrawn', decided_at = $2, motivation = 'weg', decision_message = 'Umzug' WHERE id = $1`, [oldWithdrawn, daysAgo(150)]);
    await t.db.query(`UPDATE enrolments SET decided_at = $2, motivation = 'bleibt' WHERE id = $1`, [admitted, daysAgo(400)]);
    await retention.run(now);
    const rows = await t.db.query(`SELECT id, state, motivation, job_role, decision_message FROM enrolments WHERE cohort_id = $1`, [f.cohortId]);
    const byId = new Map(rows.map((r: { id: string }) => [r.id, r]));
    expect(byId.has(oldDeclined)).toBe(false);
    expect(byId.get(newDeclined)).toMatchObject({ state: 'declined', motivation: 'neu' });
    expect(byId.get(oldWithdrawn)).toMatchObject({ state: 'withdrawn', motivation: '', job_role: '–', decision_message: null });
    expect(byId.get(admitted)).toMatchObject({ state: 'admitted', motivation: 'bleibt' });
  });

  it('deletes captured mails after 30 days and sent mails after 90, never a pending one', async () => {
    const to = 'retention-mail@example.org';
    await t.db.query(`INSERT INTO mail_outbox (recipient, locale, template, status, created_at, sent_at, next_attempt_at) VALUES
      ($1, 'de', 'invitation', 'sent', $2, $2, $2), ($1, 'de', 'invitation', 'sent', $3, $3, $3), ($1, 'de', 'invitation', 'pending', $2, NULL, $2)`,
      [to, daysAgo(91), daysAgo(89)]);
    await t.db.query(`INSERT INTO captured_mail (recipient, subject, html, text, created_at) VALUES ($1, 'alt', '', '', $2), ($1, 'neu', '', '', $3)`, [to, daysAgo(31), daysAgo(29)]);
    await retention.run(now);
    expect(await count(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = $1 AND status = 'sent'`, [to])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = $1 AND status = 'pending'`, [to])).toBe(1);
    expect(await t.db.query(`SELECT subject FROM captured_mail WHERE recipient = $1`, [to])).toEqual([{ subject: 'neu' }]);
  });

  it('deletes barrier reports two years after they were answered; open ones stay', async () => {
    const insert = (page: string, status: string, changed: Date | null) =>
      t.db.query(`INSERT INTO barrier_reports (page_url, description, locale, status, status_changed_at, client_hash, created_at) VALUES ($1, 'Eine Beschreibung der Barriere', 'de', $2, $3, $4, $5)`, [page, status, changed, 'x'.repeat(64), daysAgo(1000)]);
    await insert('/alt-beantwortet', 'answered', daysAgo(731));
    await insert('/neu-beantwortet', 'answered', daysAgo(700));
    await insert('/offen', 'in_progress', daysAgo(900));
    await retention.run(now);
    expect((await t.db.query(`SELECT page_url FROM barrier_reports ORDER BY page_url`)).map((r: { page_url: string }) => r.page_url)).toEqual(['/neu-beantwortet', '/offen']);
  });

  it('deletes data exports and their files once expired', async () => {
    const u = await createUser(t.db);
    await t.db.query(`INSERT INTO data_exports (user_id, locale, status, progress, requested_at, finished_at, expires_at) VALUES
      ($1, 'de', 'ready', 100, $2, $2, $3), ($1, 'de', 'ready', 100, $4, $4, $5)`, [u.id, daysAgo(8), daysAgo(1), daysAgo(2), daysAgo(-5)]);
    const result = await retention.run(now);
    expect(result['identity.data-exports']).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM data_exports WHERE user_id = $1`, [u.id])).toBe(1);
  });
});
