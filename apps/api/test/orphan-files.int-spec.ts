import { FILE_STORAGE, FileStorage, newStorageKey, OrphanFileCleanup } from '@koko/api/core/storage';
import { multipartBody, samplePdf } from '@koko/api/core/storage/testing';
import { sqlOne } from '@koko/api/core/database';
import { completeModules, createCertificate, createRunningCohort, programmeModuleId, signInById, TestApp } from '@koko/api/testing';
import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { startApp } from './support/app';

const SAVE = `mutation($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id } }`;
const DELETE_FILE = `mutation($fileId: ID!) { deleteAttemptFile(fileId: $fileId) }`;
const HOUR = 3_600_000;
/** The controlled clock of the clean-up run; files are dated relative to it. */
const NOW = new Date('2026-12-02T04:00:00Z');

describe('orphaned file clean-up (scheduled job)', () => {
  let t: TestApp;
  let storage: FileStorage;

  beforeAll(async () => {
    t = await startApp({ STORAGE_ORPHAN_GRACE_HOURS: '6' });
    storage = t.app.get<FileStorage>(FILE_STORAGE);
  });
  afterAll(() => t.close());

  /** Sets a stored file's write time, as if it had been stored then. */
  const writtenAt = (key: string, at: Date) => utimes(join(t.config.storage.dir, ...key.split('/')), at, at);
  const hoursBefore = (hours: number) => new Date(NOW.getTime() - hours * HOUR);

  it('removes files no row points to once the grace period has passed, and never a referenced one', async () => {
    const f = await createRunningCohort(t.db, { participants: 2 });
    const moduleId = await programmeModuleId(t.db, 1);
    const participant = await signInById(t, f.participantIds[0]);
    const attemptId = (await participant.ok<{ saveAssignmentDraft: { id: string } }>(SAVE, { input: { enrolmentId: f.enrolmentIds[0], moduleId, body: 'Text' } }))
      .saveAssignmentDraft.id;
    const upload = async () => {
      const { body, contentType } = multipartBody([{ field: 'file', filename: 'Reflexion.pdf', content: samplePdf() }]);
      const res = await participant.agent.post(`/api/attempts/${attemptId}/files`).set('content-type', contentType).set('x-koko-upload', '1').send(body);
      expect(res.status).toBe(201);
      const { storage_key } = await sqlOne<{ storage_key: string }>(t.db, `SELECT storage_key FROM attempt_files WHERE id = $1`, [res.body.id]);
      return { id: res.body.id as string, key: storage_key };
    };

    // Still referenced, and long past the grace period: a draft file and a certificate PDF.
    const kept = await upload();
    await completeModules(t.db, f, [f.enrolmentIds[1]]);
    const certificate = await createCertificate(t, f.enrolmentIds[1]);
    const { storage_key: certificateKey } = await sqlOne<{ storage_key: string }>(t.db, `SELECT storage_key FROM certificates WHERE id = $1`, [certificate.id]);
    // The participant removed a file from the draft: its row is gone, the file stays until the clean-up.
    const deleted = await upload();
    await participant.ok(DELETE_FILE, { fileId: deleted.id });
    // A file stored without a row (an upload refused or interrupted after storing), once old and once fresh.
    const strayOld = newStorageKey();
    const strayYoung = newStorageKey();
    await storage.put(strayOld, Readable.from([samplePdf()]));
    await storage.put(strayYoung, Readable.from([samplePdf()]));

    await writtenAt(kept.key, hoursBefore(24 * 30));
    await writtenAt(certificateKey, hoursBefore(24 * 30));
    await writtenAt(deleted.key, hoursBefore(7));
    await writtenAt(strayOld, hoursBefore(6.5));
    await writtenAt(strayYoung, hoursBefore(5.5));

    const result = await t.app.get(OrphanFileCleanup).run(NOW);

    expect(result).toEqual({ checked: 4, removed: 2 });
    expect(await storage.exists(deleted.key)).toBe(false);
    expect(await storage.exists(strayOld)).toBe(false);
    expect(await storage.exists(strayYoung)).toBe(true);
    expect(await storage.exists(kept.key)).toBe(true);
    expect(await storage.exists(certificateKey)).toBe(true);
    expect((await participant.agent.get(`/api/files/${kept.id}`)).status).toBe(200);

    // Later, the young one's grace period has passed too; the referenced files still stay.
    expect(await t.app.get(OrphanFileCleanup).run(new Date(NOW.getTime() + HOUR))).toEqual({ checked: 3, removed: 1 });
    expect(await storage.exists(strayYoung)).toBe(false);
    expect(await storage.exists(kept.key)).toBe(true);
    expect(await storage.exists(certificateKey)).toBe(true);
  });
});
