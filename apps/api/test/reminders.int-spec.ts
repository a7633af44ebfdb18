import { DIGEST_JOB, DigestService, REMINDER_JOB, ReminderService, SentDigest, SentReminder } from '@koko/api/assessment';
import { JobsService } from '@koko/api/core/jobs';
import { createAttempt, createExtension, createRunningCohort, createUser, eventually, setCohortModule, TestApp, waitForMail } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { DataSource } from 'typeorm';
import { startApp } from './support/app';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A fixed clock: 07:00 in Berlin on a Monday. */
const NOW = new Date('2030-03-04T06:00:00.000Z');
const at = (offsetMs: number, from = NOW) => new Date(from.getTime() + offsetMs);

const emailOf = async (db: DataSource, userId: string): Promise<string> => (await db.query(`SELECT email FROM users WHERE id = $1`, [userId]))[0].email;
/** Queued reminder mails of a recipient: kind and due date. */
const remindersTo = (db: DataSource, email: string): Promise<{ kind: string; dueAt: string }[]> =>
  db.query(
    `SELECT context->>'kind' AS kind, context->>'dueAt' AS "dueAt" FROM mail_outbox
      WHERE recipient = $1 AND template = 'deadline-reminder' ORDER BY context->>'dueAt', context->>'kind'`,
    [email],
  );
const capturedCount = async (db: DataSource, email: string): Promise<number> =>
  (await db.query(`SELECT count(*)::int AS n FROM captured_mail WHERE recipient = $1`, [email]))[0].n;
const key = (r: { enrolmentId: string; moduleId: string; kind: string }) => `${r.enrolmentId}/${r.moduleId}/${r.kind}`;
/** Only the reminders of one test's cohort (the tests of this file share a database). */
const of = (enrolmentIds: string[], sent: SentReminder[]) => sent.filter((r) => enrolmentIds.includes(r.enrolmentId));

describe('deadline reminders and submission digests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('remind each participant without a submission once per kind, even when two runs overlap', async () => {
    const c = await createRunningCohort(t.db, { participants: 5, now: NOW });
    const [m1, m2] = c.moduleIds;
    await setCohortModule(t.db, c.cohortId, { assignmentDueAt: at(3 * DAY) }, m1);
    await setCohortModule(t.db, c.cohortId, { assignmentDueAt: at(30 * DAY) }, m2);
    const [open, submitted, movedAway, movedClose, withdrawn] = c.enrolmentIds;
    const emails = await Promise.all(c.participantIds.map((id) => emailOf(t.db, id)));
    await createAttempt(t.db, submitted, m1, { submittedAt: at(-DAY) });
    // The latest extension counts: module 1 moves 20 days out; module 2 first moves out, then to 12 hours from now.
    await createExtension(t.db, movedAway, m1, at(20 * DAY), { grantedAt: at(-2 * DAY) });
    await createExtension(t.db, movedClose, m2, at(40 * DAY), { grantedAt: at(-3 * DAY) });
    await createExtension(t.db, movedClose, m2, at(12 * HOUR), { grantedAt: at(-DAY) });
    await t.db.query(`UPDATE enrolments SET state = 'withdrawn' WHERE id = $1`, [withdrawn]);

    const reminders = t.app.get(ReminderService);
    const [first, second] = await Promise.all([reminders.sendDueReminders(NOW), reminders.sendDueReminders(NOW)]);

    const expected = [
      { enrolmentId: open, moduleId: m1, kind: '7d' as const },
      { enrolmentId: movedClose, moduleId: m1, kind: '7d' as const },
      { enrolmentId: movedClose, moduleId: m2, kind: '1d' as const },
    ];
    expect(of(c.enrolmentIds, [...first, ...second]).map(key).sort()).toEqual(expected.map(key).sort());
    expect(await remindersTo(t.db, emails[0])).toEqual([{ kind: '7d', dueAt: at(3 * DAY).toISOString() }]);
    expect(await remindersTo(t.db, emails[1])).toEqual([]);
    expect(await remindersTo(t.db, emails[2])).toEqual([]);
    expect(await remindersTo(t.db, emails[3])).toEqual([
      { kind: '1d', dueAt: at(12 * HOUR).toISOString() },
      { kind: '7d', dueAt: at(3 * DAY).toISOString() },
    ]);
    expect(await remindersTo(t.db, emails[4])).toEqual([]);

    // Delivered: exactly one mail per participant and kind.
    const week = await waitForMail(t.db, emails[0], { subject: /^Erinnerung: Transferaufgabe zu Modul 1 bis 7\. März 2030 um 07:00$/ });
    expect(week.text).toContain(`http://campus.test/mein-weg/modul/1?enrolment=${open}`);
    const lastCall = await waitForMail(t.db, emails[3], { subject: /^Letzte Erinnerung: Transferaufgabe zu Modul 2 bis 4\. März 2030 um 19:00$/ });
    expect(lastCall.text).toContain('(Ihr verlängerter Abgabetermin)');
    await eventually(() => capturedCount(t.db, emails[3]), 2);
    expect(await capturedCount(t.db, emails[0])).toBe(1);

    // Two and a half days later: the last call for module 1, once; module 2's date has passed.
    const later = at(2.5 * DAY);
    const [third, fourth] = await Promise.all([reminders.sendDueReminders(later), reminders.sendDueReminders(later)]);
    expect(of(c.enrolmentIds, [...third, ...fourth]).map(key).sort()).toEqual(
      [
        { enrolmentId: open, moduleId: m1, kind: '1d' },
        { enrolmentId: movedClose, moduleId: m1, kind: '1d' },
      ]
        .map(key)
        .sort(),
    );
    expect(of(c.enrolmentIds, await reminders.sendDueReminders(later))).toEqual([]);
    expect((await remindersTo(t.db, emails[0])).map((r) => r.kind)).toEqual(['1d', '7d']);
    await waitForMail(t.db, emails[0], { subject: /^Letzte Erinnerung: Transferaufgabe zu Modul 1/ });
    expect(await remindersTo(t.db, emails[1])).toEqual([]);
  });

  it('a new due date brings its own reminders; a participant in English gets them in English', async () => {
    const c = await createRunningCohort(t.db, { participants: 1, now: NOW });
    const [m1] = c.moduleIds;
    const [enrolmentId] = c.enrolmentIds;
    await t.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [c.participantIds[0]]);
    const email = await emailOf(t.db, c.participantIds[0]);
    await setCohortModule(t.db, c.cohortId, { assignmentDueAt: at(5 * DAY) }, m1);
    const reminders = t.app.get(ReminderService);
    expect(of(c.enrolmentIds, await reminders.sendDueReminders(NOW)).map((r) => r.kind)).toEqual(['7d']);
    await waitForMail(t.db, email, { subject: /^Reminder: transfer assignment for module 1 due 9 March 2030 at 07:00$/ });

    // An extension to a date more than a week away: nothing now; a week before it, a reminder for the new date.
    await createExtension(t.db, enrolmentId, m1, at(12 * DAY), { grantedAt: NOW });
    expect(of(c.enrolmentIds, await reminders.sendDueReminders(at(HOUR)))).toEqual([]);
    const sent = of(c.enrolmentIds, await reminders.sendDueReminders(at(6 * DAY)));
    expect(sent.map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([['7d', at(12 * DAY).toISOString()]]);
    const mail = await waitForMail(t.db, email, { subject: /due 16 March 2030 at 07:00$/ });
    expect(mail.text).toContain('(your extended due date)');
  });

  it('send trainers who chose the digest one summary a day of their cohorts’ new submissions', async () => {
    const digestTrainer = await createUser(t.db, { roles: [Role.TRAINER], locale: Locale.EN, displayName: 'Dana Digest' });
    const immediateTrainer = await createUser(t.db, { roles: [Role.TRAINER], displayName: 'Ines Immediate' });
    const idleTrainer = await createUser(t.db, { roles: [Role.TRAINER], displayName: 'Ida Idle' });
    await t.db.query(`INSERT INTO trainer_mail_preferences (user_id, submission_mail) SELECT unnest($1::uuid[]), 'digest'`, [[digestTrainer.id, idleTrainer.id]]);
    const c = await createRunningCohort(t.db, { participants: 3, trainerIds: [digestTrainer.id, immediateTrainer.id], now: NOW });
    await createRunningCohort(t.db, { participants: 1, trainerIds: [idleTrainer.id], now: NOW });
    const [m1, m2] = c.moduleIds;
    const names: string[] = await Promise.all(
      c.participantIds.map(async (id) => (await t.db.query(`SELECT display_name FROM users WHERE id = $1`, [id]))[0].display_name),
    );
    await createAttempt(t.db, c.enrolmentIds[0], m1, { submittedAt: at(-2 * HOUR) });
    await createAttempt(t.db, c.enrolmentIds[1], m2, { submittedAt: at(-20 * HOUR), late: true });
    await createAttempt(t.db, c.enrolmentIds[2], m1, { submittedAt: at(-30 * HOUR) }); // before the last 24 hours

    const digests = t.app.get(DigestService);
    const trainers = [digestTrainer.id, immediateTrainer.id, idleTrainer.id];
    const mine = (sent: SentDigest[]) => sent.filter((d) => trainers.includes(d.trainerId));
    const [first, second] = await Promise.all([digests.sendDigests(NOW), digests.sendDigests(NOW)]);
    expect(mine([...first, ...second])).toEqual([{ trainerId: digestTrainer.id, day: '2030-03-04', submissions: 2 }]);

    const mail = await waitForMail(t.db, digestTrainer.email, { subject: /^Daily summary: 2 new submissions$/ });
    expect(mail.text).toContain(`${names[0]} – module 1`);
    expect(mail.text).toContain(`${names[1]} – module 2`);
    expect(mail.text).not.toContain(names[2]);
    expect(mail.text.match(/, late/g)).toHaveLength(1);
    expect(mail.html).toContain('href="http://campus.test/trainer/bewertung"');
    const outbox = (to: string) => t.db.query(`SELECT template FROM mail_outbox WHERE recipient = $1`, [to]);
    expect(await outbox(immediateTrainer.email)).toEqual([]);
    expect(await outbox(idleTrainer.email)).toEqual([]);

    // Later the same day nothing goes out again, even with a new submission: it waits for tomorrow.
    await createAttempt(t.db, c.enrolmentIds[2], m2, { submittedAt: at(HOUR) });
    expect(mine(await digests.sendDigests(at(2 * HOUR)))).toEqual([]);
    // Tomorrow's digest lists only what came in since today's.
    expect(mine(await digests.sendDigests(at(DAY)))).toEqual([{ trainerId: digestTrainer.id, day: '2030-03-05', submissions: 1 }]);
    const next = await waitForMail(t.db, digestTrainer.email, { subject: /^Daily summary: 1 new submission$/ });
    expect(next.text).toContain(`${names[2]} – module 2`);
    expect(next.text).not.toContain(names[0]);
    await eventually(() => capturedCount(t.db, digestTrainer.email), 2);
  });
});

describe('scheduled jobs (pg-boss)', () => {
  it('start with the app, run a scheduled job when sent by hand, and let a running job finish when the app stops', async () => {
    const app = await startApp({ JOBS_ENABLED: 'true' });
    let closed = false;
    try {
      const jobs = app.app.get(JobsService);
      expect(jobs.running).toBe(true);
      expect(await app.db.query(`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`)).toEqual([
        { name: REMINDER_JOB, cron: '0 * * * *', timezone: 'Europe/Berlin' },
        { name: DIGEST_JOB, cron: '0 7 * * *', timezone: 'Europe/Berlin' },
        { name: 'counselling-acute-escalation', cron: '*/10 * * * *', timezone: 'Europe/Berlin' },
        { name: 'counselling-appointment-reminders', cron: '20 * * * *', timezone: 'Europe/Berlin' },
        { name: 'evaluation-survey-mails', cron: '*/10 * * * *', timezone: 'Europe/Berlin' },
        { name: 'privacy.retention', cron: '30 3 * * *', timezone: 'Europe/Berlin' },
        { name: 'short-format-reminders', cron: '15 * * * *', timezone: 'Europe/Berlin' },
        { name: 'short-format-waiting-list', cron: '*/5 * * * *', timezone: 'Europe/Berlin' },
        { name: 'storage.orphan-files', cron: '45 3 * * *', timezone: 'Europe/Berlin' },
      ]);

      // The hourly reminder job, started by hand, reminds a participant whose assignment is due in two days.
      const c = await createRunningCohort(app.db, { participants: 1 });
      await setCohortModule(app.db, c.cohortId, { assignmentDueAt: new Date(Date.now() + 2 * DAY) }, c.moduleIds[0]);
      const email = await emailOf(app.db, c.participantIds[0]);
      const jobId = await jobs.send(REMINDER_JOB);
      await waitForMail(app.db, email, { subject: /^Erinnerung: Transferaufgabe zu Modul 1/ });
      const state = async () => (await app.db.query(`SELECT state FROM pgboss.job WHERE id = $1`, [jobId]))[0]?.state;
      await eventually(state, 'completed');

      // Shutdown waits for a running job, and the database is still there for it.
      let started = false;
      let finished = false;
      await jobs.work('test-slow-job', async () => {
        started = true;
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await app.db.query(`SELECT 1`);
        finished = true;
      });
      await jobs.send('test-slow-job');
      await eventually(async () => started, true);
      await app.close();
      closed = true;
      expect(finished).toBe(true);
      expect(jobs.running).toBe(false);
    } finally {
      if (!closed) await app.close();
    }
  });
});
