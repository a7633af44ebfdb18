import { UserDirectory } from '@koko/api/identity';
import { certificateBatchFinishedAt, certificateRows, completeModules, createRunningCohort, createUser, eventually, GraphQLClient, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { startApp } from '../support/app';
import { BatchRow, ISSUE_MANY, signedIn } from './support';

const BATCH = `query($id: ID!) { certificateBatch(id: $id) { id total done failed state failureReason finishedAt } }`;
const RETRY = `mutation($id: ID!) { retryCertificateBatch(id: $id) { id state failureReason } }`;

/**
 * A batch that fails outside a single issue (here: the database refuses the connection while the
 * batch loads who asked for it) ends `failed` with the reason, never stays `running`, and a retry
 * finishes it. Runs with the job queue off (the batch runs in the process), so the failure is seen
 * at once instead of after the queue's retry delay.
 */
describe('a certificate batch that fails', () => {
  let t: TestApp, admin: GraphQLClient;
  beforeAll(async () => {
    t = await startApp();
    admin = await signedIn(t, (await createUser(t.db, { roles: [Role.ADMIN] })).email);
  });
  afterAll(() => t.close());

  const poll = (id: string) => async () => {
    const b = (await admin.ok<{ certificateBatch: BatchRow & { failureReason: string | null } }>(BATCH, { id })).certificateBatch;
    return { state: b.state, done: b.done, failed: b.failed, failureReason: b.failureReason };
  };

  it('ends failed with the reason instead of staying running, and a retry issues the rest', async () => {
    const f = await createRunningCohort(t.db, { participants: 3 });
    await completeModules(t.db, f, f.enrolmentIds);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const spy = jest.spyOn(t.app.get(UserDirectory), 'actingAs').mockRejectedValueOnce(refused);
    try {
      const batch = (await admin.ok<{ issueCertificates: BatchRow }>(ISSUE_MANY, { input: { cohortId: f.cohortId } })).issueCertificates;
      await eventually(poll(batch.id), { state: 'failed', done: 0, failed: 0, failureReason: 'DATABASE_UNAVAILABLE' }, 30_000);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(await certificateRows(t.db, { cohortId: f.cohortId })).toHaveLength(0);
      expect(await certificateBatchFinishedAt(t.db, batch.id)).not.toBeNull();

      const retried = (await admin.ok<{ retryCertificateBatch: { state: string; failureReason: string | null } }>(RETRY, { id: batch.id })).retryCertificateBatch;
      expect(['queued', 'running', 'finished']).toContain(retried.state);
      expect(retried.failureReason).toBeNull();
      await eventually(poll(batch.id), { state: 'finished', done: 3, failed: 0, failureReason: null }, 30_000);
      expect(await certificateRows(t.db, { cohortId: f.cohortId })).toHaveLength(3);

      // Only a failed batch can be retried; an unknown one is not found.
      expect((await admin.error(RETRY, { id: batch.id })).code).toBe('BATCH_NOT_FAILED');
      expect((await admin.error(RETRY, { id: randomUUID() })).code).toBe('BATCH_NOT_FOUND');
    } finally {
      spy.mockRestore();
    }
  });

  it('names an unexpected error INTERNAL (details only in the log)', async () => {
    const f = await createRunningCohort(t.db, { participants: 1 });
    await completeModules(t.db, f, f.enrolmentIds);
    const spy = jest.spyOn(t.app.get(UserDirectory), 'actingAs').mockRejectedValueOnce(new Error('something odd'));
    try {
      const batch = (await admin.ok<{ issueCertificates: BatchRow }>(ISSUE_MANY, { input: { cohortId: f.cohortId } })).issueCertificates;
      await eventually(poll(batch.id), { state: 'failed', done: 0, failed: 0, failureReason: 'INTERNAL' }, 30_000);
    } finally {
      spy.mockRestore();
    }
  });
});
