import { auditTrail, certificateRows, completeModules, createRunningCohort, createUser, enrolmentStateOf, eventually, GraphQLClient, queuedJobs, setCohortSessionTimes, TestApp, waitForMail } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { startApp } from '../support/app';
import { AUTO, BATCH, BatchRow, COHORT_CERTIFICATES, counter, emailOf, ISSUE_MANY, NUMBER, RECORD_ATTENDANCE, signedIn } from './support';

describe('certificates through the job queue (pg-boss)', () => {
  let t: TestApp, admin: GraphQLClient;
  beforeAll(async () => {
    t = await startApp({ JOBS_ENABLED: 'true' });
    admin = await signedIn(t, (await createUser(t.db, { roles: [Role.ADMIN] })).email);
  });
  afterAll(() => t.close());

  it('issues every eligible participant as a background batch whose progress can be polled', async () => {
    const f = await createRunningCohort(t.db, { participants: 5 });
    await completeModules(t.db, f, f.enrolmentIds.slice(0, 4));
    const before = await counter(t.db);

    const batch = (await admin.ok<{ issueCertificates: BatchRow }>(ISSUE_MANY, { input: { cohortId: f.cohortId } })).issueCertificates;
    expect(batch).toMatchObject({ total: 4, done: 0, failed: 0 });
    expect(['queued', 'running', 'finished']).toContain(batch.state);
    const poll = async () => {
      const b = (await admin.ok<{ certificateBatch: BatchRow }>(BATCH, { id: batch.id })).certificateBatch;
      return { state: b.state, done: b.done, failed: b.failed };
    };
    await eventually(poll, { state: 'finished', done: 4, failed: 0 }, 30_000);

    const [job] = await queuedJobs(t.db, 'certificates-issue-batch');
    expect(job.data).toEqual({ batchId: batch.id });
    const numbers = await certificateRows(t.db, { cohortId: f.cohortId });
    expect(numbers.map((n) => Number(NUMBER.exec(n.number)?.[2]))).toEqual([before + 1, before + 2, before + 3, before + 4]);
    const page = (await admin.ok<{ cohortCertificates: { enrolment: { id: string }; current: unknown }[] }>(COHORT_CERTIFICATES, { id: f.cohortId })).cohortCertificates;
    expect(page.find((p) => p.enrolment.id === f.enrolmentIds[4])?.current).toBeNull();
    // Nothing left to issue: an empty batch finishes at once.
    const empty = (await admin.ok<{ issueCertificates: BatchRow }>(ISSUE_MANY, { input: { cohortId: f.cohortId } })).issueCertificates;
    expect(empty.total).toBe(0);
    expect((await admin.error(ISSUE_MANY, { input: { cohortId: randomUUID() } })).code).toBe('COHORT_NOT_FOUND');
    expect((await admin.error(BATCH, { id: randomUUID() })).code).toBe('BATCH_NOT_FOUND');
  }, 60_000);

  it('issues automatically the moment the last module completes, without anyone opening a page', async () => {
    const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
    const trainerClient = await signedIn(t, trainer.email);
    const f = await createRunningCohort(t.db, { participants: 2, trainerIds: [trainer.id] });
    // Everything but the last session of module 5 (the passed attempts exist already).
    const lastSession = f.sessionIds[4][f.sessionIds[4].length - 1];
    await completeModules(t.db, f, f.enrolmentIds, { exceptSessionIds: [lastSession] });
    // Attendance can only be recorded once a session has started: let the last session lie in the past.
    await setCohortSessionTimes(t.db, lastSession, new Date(Date.now() - 24 * 3_600_000), new Date(Date.now() - 20 * 3_600_000));
    const certificates = async (enrolmentId: string) => (await certificateRows(t.db, { enrolmentId })).length;
    const record = (enrolmentId: string) =>
      trainerClient.ok(RECORD_ATTENDANCE, { input: { cohortId: f.cohortId, entries: [{ sessionId: lastSession, enrolmentId, status: 'PRESENT' }] } });

    // Off: completing the last module queues nothing.
    await record(f.enrolmentIds[1]);
    expect(await queuedJobs(t.db, 'certificates-auto-issue')).toHaveLength(0);

    await admin.ok(AUTO, { id: f.cohortId, on: true });
    await record(f.enrolmentIds[0]);
    await eventually(() => certificates(f.enrolmentIds[0]), 1, 15_000);
    const [row] = await certificateRows(t.db, { enrolmentId: f.enrolmentIds[0] });
    expect({ issuedBy: row.issuedBy, state: row.state }).toEqual({ issuedBy: null, state: 'valid' });
    expect(await enrolmentStateOf(t.db, f.enrolmentIds[0])).toBe('completed');
    const mail = await waitForMail(t.db, await emailOf(t.db, f.participantIds[0]), { subject: /Zertifikat/ });
    expect(mail.text).toContain('automatisch ausgestellt');
    const [audit] = await auditTrail(t.db, { action: 'certificate.issued', subjectUserId: f.participantIds[0] });
    expect(audit).toMatchObject({ actorId: null, after: { automatic: true } });
    // The participant whose last module completed while it was off is still without one.
    expect(await certificates(f.enrolmentIds[1])).toBe(0);
    expect((await admin.error(AUTO, { id: randomUUID(), on: true })).code).toBe('COHORT_NOT_FOUND');
  }, 60_000);
});
