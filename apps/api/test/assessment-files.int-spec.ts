import { multipartBody, samplePdf, samplePng, sampleExecutable } from '@koko/api/core/storage/testing';
import { sqlOne, sqlRows } from '@koko/api/core/database';
import { createRunningCohort, createUser, GraphQLClient, programmeModuleId, signInAs, signInById, TestApp, TestUser } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startApp } from './support/app';

const SAVE = `mutation($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id version files { id displayName contentType sizeBytes } } }`;
const SUBMIT = `mutation($input: SubmitAttemptInput!) { submitAssignment(input: $input) { id state } }`;
const CLAIM = `mutation($input: ClaimAttemptInput!) { claimAttempt(input: $input) { id version } }`;
const FEEDBACK = `mutation($input: SaveFeedbackInput!) { saveFeedback(input: $input) { id version } }`;
const MAX = 64 * 1024;

/** Every stored file under the storage root (temp files included). */
function storedFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk(root);
  return out;
}

describe('assignment files', () => {
  let t: TestApp;
  let trainer: TestUser;
  let trainerClient: GraphQLClient;
  let moduleId: string;

  beforeAll(async () => {
    t = await startApp({ UPLOAD_MAX_BYTES: String(MAX), UPLOAD_MAX_FILES: '2' });
    trainer = await createUser(t.db, { roles: [Role.TRAINER] });
    trainerClient = await signInAs(t, trainer);
    moduleId = await programmeModuleId(t.db, 1);
  });
  afterAll(() => t.close());

  async function participantWithDraft() {
    const f = await createRunningCohort(t.db, { participants: 2, trainerIds: [trainer.id] });
    const clients: GraphQLClient[] = [];
    for (const id of f.participantIds) clients.push(await signInById(t, id));
    const draft = (await clients[0].ok<{ saveAssignmentDraft: { id: string } }>(SAVE, { input: { enrolmentId: f.enrolmentIds[0], moduleId, body: 'Text' } })).saveAssignmentDraft;
    return { f, owner: clients[0], other: clients[1], attemptId: draft.id };
  }

  const upload = (client: GraphQLClient, attemptId: string, file: { name: string; content: Buffer }, path = 'files') => {
    const { body, contentType } = multipartBody([{ field: 'file', filename: file.name, contentType: 'application/pdf', content: file.content }]);
    return client.agent.post(`/api/attempts/${attemptId}/${path}`).set('content-type', contentType).set('x-koko-upload', '1').set('accept-language', 'de').send(body);
  };

  it('stores a PDF under a server key with its display name, and lets only the owner and the cohort’s trainers download it', async () => {
    const { owner, other, attemptId } = await participantWithDraft();
    const res = await upload(owner, attemptId, { name: '../../etc/passwd', content: samplePdf() });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ displayName: 'passwd', contentType: 'application/pdf' });
    const row = await sqlOne<{ storage_key: string; sha256: string }>(t.db, `SELECT storage_key, sha256 FROM attempt_files WHERE id = $1`, [res.body.id]);
    expect(row.storage_key).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);

    const mine = await owner.agent.get(`/api/files/${res.body.id}`).buffer(true);
    expect(mine.status).toBe(200);
    expect(Buffer.compare(mine.body as Buffer, samplePdf())).toBe(0);
    expect(mine.headers['content-disposition']).toMatch(/^attachment; filename="passwd"/);
    expect((await trainerClient.agent.get(`/api/files/${res.body.id}`)).status).toBe(200);
    expect((await other.agent.get(`/api/files/${res.body.id}`)).status).toBe(404);
    expect((await t.http().get(`/api/files/${res.body.id}`)).status).toBe(401);
    expect((await owner.agent.get(`/api/files/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    const outsider = await createUser(t.db, { roles: [Role.TRAINER] });
    const outsiderClient = await signInAs(t, outsider);
    expect((await outsiderClient.agent.get(`/api/files/${res.body.id}`)).status).toBe(404);
  });

  it('refuses an executable named .pdf, an oversized file and a third file with a translated message, leaving nothing behind', async () => {
    const { owner, other, attemptId } = await participantWithDraft();
    const root = t.config.storage.dir;
    const before = storedFiles(root).length;
    const exe = await upload(owner, attemptId, { name: 'bericht.pdf', content: sampleExecutable('mz') });
    expect(exe.status).toBe(415);
    expect(exe.body.message).toMatch(/PDF/);
    const big = await upload(owner, attemptId, { name: 'gross.pdf', content: Buffer.concat([samplePdf(), Buffer.alloc(MAX)]) });
    expect(big.status).toBe(413);
    expect(storedFiles(root).length).toBe(before);
    expect(await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM attempt_files WHERE attempt_id = $1`, [attemptId])).toEqual([{ n: 0 }]);

    expect((await upload(other, attemptId, { name: 'fremd.pdf', content: samplePdf() })).status).toBe(404);
    expect((await upload(owner, attemptId, { name: 'a.pdf', content: samplePdf() })).status).toBe(201);
    expect((await upload(owner, attemptId, { name: 'b.png', content: samplePng() })).status).toBe(201);
    const third = await upload(owner, attemptId, { name: 'c.pdf', content: samplePdf() });
    expect(third.status).toBe(409);
    expect(third.body).toMatchObject({ code: 'TOO_MANY_FILES', message: 'Es sind höchstens 2 Dateien je Fassung möglich.' });
    expect(storedFiles(root).length).toBe(before + 2);

    // Without the upload header (a cross-site form could not set it) nothing is read.
    const { body, contentType } = multipartBody([{ field: 'file', filename: 'x.pdf', contentType: 'application/pdf', content: samplePdf() }]);
    expect((await owner.agent.post(`/api/attempts/${attemptId}/files`).set('content-type', contentType).send(body)).status).toBe(400);
  });

  it('freezes files with the submission and shows feedback files to the participant only once released', async () => {
    const { f, owner, attemptId } = await participantWithDraft();
    const file = await upload(owner, attemptId, { name: 'arbeit.pdf', content: samplePdf() });
    await owner.ok(SUBMIT, { input: { attemptId, confirmOwnWork: true } });
    expect((await upload(owner, attemptId, { name: 'spaet.pdf', content: samplePdf() })).status).toBe(409);
    expect((await owner.error(`mutation($id: ID!) { deleteAttemptFile(fileId: $id) }`, { id: file.body.id })).code).toBe('ATTEMPT_FROZEN');

    expect((await upload(trainerClient, attemptId, { name: 'feedback.pdf', content: samplePdf('Rückmeldung') }, 'feedback-files')).status).toBe(409);
    const claimed = (await trainerClient.ok<{ claimAttempt: { version: number } }>(CLAIM, { input: { attemptId } })).claimAttempt;
    const feedbackFile = await upload(trainerClient, attemptId, { name: 'feedback.pdf', content: samplePdf('Rückmeldung') }, 'feedback-files');
    expect(feedbackFile.status).toBe(201);
    expect((await owner.agent.get(`/api/files/${feedbackFile.body.id}`)).status).toBe(404);
    const { version } = await sqlOne<{ version: number }>(t.db, `SELECT version FROM assignment_attempts WHERE id = $1`, [attemptId]);
    expect(version).toBeGreaterThan(claimed.version);
    await trainerClient.ok(FEEDBACK, { input: { attemptId, version, verdict: 'PASSED', text: 'Gut.', scores: [], release: true } });
    expect((await owner.agent.get(`/api/files/${feedbackFile.body.id}`)).status).toBe(200);
    expect(f.cohortId).toBeDefined();
  });

  it('lets the grader holding the submission remove a feedback file until the feedback is released', async () => {
    const DELETE = `mutation($id: ID!) { deleteFeedbackFile(fileId: $id) { id version } }`;
    const root = t.config.storage.dir;
    const { owner, attemptId } = await participantWithDraft();
    await upload(owner, attemptId, { name: 'arbeit.pdf', content: samplePdf() });
    await owner.ok(SUBMIT, { input: { attemptId, confirmOwnWork: true } });
    await trainerClient.ok(CLAIM, { input: { attemptId } });
    const first = (await upload(trainerClient, attemptId, { name: 'entwurf.pdf', content: samplePdf('Entwurf') }, 'feedback-files')).body;
    const second = (await upload(trainerClient, attemptId, { name: 'final.pdf', content: samplePdf('Final') }, 'feedback-files')).body;
    const { storage_key: firstKey } = await sqlOne<{ storage_key: string }>(t.db, `SELECT storage_key FROM attempt_files WHERE id = $1`, [first.id]);
    const { version: before } = await sqlOne<{ version: number }>(t.db, `SELECT version FROM assignment_attempts WHERE id = $1`, [attemptId]);

    // The participant, another trainer and the owner's own mutation cannot touch it.
    expect((await owner.error(`mutation($id: ID!) { deleteAttemptFile(fileId: $id) }`, { id: first.id })).code).toBe('FILE_NOT_FOUND');
    const outsider = await createUser(t.db, { roles: [Role.TRAINER] });
    const outsiderClient = await signInAs(t, outsider);
    expect((await outsiderClient.error(DELETE, { id: first.id })).code).toBe('FILE_NOT_FOUND');
    const admin = await createUser(t.db, { roles: [Role.ADMIN] });
    const adminClient = await signInAs(t, admin);
    expect((await adminClient.error(DELETE, { id: first.id })).code).toBe('NOT_CLAIMED');
    // A submission file is not a feedback file.
    const { id: submissionFileId } = await sqlOne<{ id: string }>(t.db, `SELECT id FROM attempt_files WHERE attempt_id = $1 AND purpose = 'submission'`, [attemptId]);
    expect((await trainerClient.error(DELETE, { id: submissionFileId })).code).toBe('FILE_NOT_FOUND');

    const removed = (await trainerClient.ok<{ deleteFeedbackFile: { id: string; version: number } }>(DELETE, { id: first.id })).deleteFeedbackFile;
    expect(removed).toEqual({ id: attemptId, version: before + 1 });
    expect(await sqlRows<{ id: string }>(t.db, `SELECT id FROM attempt_files WHERE attempt_id = $1 AND purpose = 'feedback'`, [attemptId])).toEqual([{ id: second.id }]);
    expect(storedFiles(root).some((path) => path.endsWith(firstKey))).toBe(false);
    expect((await trainerClient.agent.get(`/api/files/${first.id}`)).status).toBe(404);
    expect((await trainerClient.error(DELETE, { id: first.id })).code).toBe('FILE_NOT_FOUND');

    await trainerClient.ok(FEEDBACK, { input: { attemptId, version: removed.version, verdict: 'PASSED', text: 'Gut.', scores: [], release: true } });
    const released = await trainerClient.error(DELETE, { id: second.id });
    expect(released.code).toBe('ALREADY_GRADED');
    expect((await owner.agent.get(`/api/files/${second.id}`)).status).toBe(200);
  });
});
