import { CreateBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { sqlOne } from '@koko/api/core/database';
import { multipartBody, samplePdf, startSwiftS3Server, SwiftS3Server } from '@koko/api/core/storage/testing';
import { completeModules, createCertificate, createRunningCohort, createUser, programmeModuleId, signInAs, signInById, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { createHash, randomUUID } from 'node:crypto';
import { startApp } from './support/app';

const SAVE = `mutation($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id } }`;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * The whole app on STORAGE_DRIVER=s3 against a real S3 server (OpenStack Swift with s3api, started
 * here): uploads, downloads and certificate PDFs live in the bucket, readiness asks it.
 */
describe('the app on S3 storage', () => {
  let swift: SwiftS3Server;
  let s3: S3Client;
  let t: TestApp;
  const bucket = `koko-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    swift = await startSwiftS3Server();
    s3 = new S3Client({ endpoint: swift.endpoint, region: swift.region, forcePathStyle: true, credentials: { accessKeyId: swift.accessKeyId, secretAccessKey: swift.secretAccessKey } });
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    t = await startApp({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: swift.endpoint,
      S3_REGION: swift.region,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: swift.accessKeyId,
      S3_SECRET_ACCESS_KEY: swift.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    s3?.destroy();
    await swift?.stop();
  });

  const inBucket = (key: string) => s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then((h) => h.ContentLength, () => null);

  it('stores an uploaded file in the bucket and serves it back only to those allowed', async () => {
    const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
    const f = await createRunningCohort(t.db, { participants: 2, trainerIds: [trainer.id] });
    const owner = await signInById(t, f.participantIds[0]);
    const other = await signInById(t, f.participantIds[1]);
    const moduleId = await programmeModuleId(t.db, 1);
    const attemptId = (await owner.ok<{ saveAssignmentDraft: { id: string } }>(SAVE, { input: { enrolmentId: f.enrolmentIds[0], moduleId, body: 'Text' } })).saveAssignmentDraft.id;
    const pdf = samplePdf('Transferaufgabe – Łukasz Żółć');
    const { body, contentType } = multipartBody([{ field: 'file', filename: 'Reflexion.pdf', content: pdf }]);

    const res = await owner.agent.post(`/api/attempts/${attemptId}/files`).set('content-type', contentType).set('x-koko-upload', '1').send(body);
    expect(res.status).toBe(201);

    const row = await sqlOne<{ storage_key: string; sha256: string }>(t.db, `SELECT storage_key, sha256 FROM attempt_files WHERE id = $1`, [res.body.id]);
    expect(row.sha256).toBe(sha256(pdf));
    expect(await inBucket(row.storage_key)).toBe(pdf.length);
    const mine = await owner.agent.get(`/api/files/${res.body.id}`).buffer(true);
    expect(mine.status).toBe(200);
    expect(sha256(mine.body as Buffer)).toBe(sha256(pdf));
    expect((await (await signInAs(t, trainer)).agent.get(`/api/files/${res.body.id}`)).status).toBe(200);
    expect((await other.agent.get(`/api/files/${res.body.id}`)).status).toBe(404);
  });

  it('keeps issued certificate PDFs in the bucket, with the SHA-256 the database recorded', async () => {
    const admin = await createUser(t.db, { roles: [Role.ADMIN] });
    const f = await createRunningCohort(t.db, { participants: 1 });
    await completeModules(t.db, f, f.enrolmentIds);
    const certificate = await createCertificate(t, f.enrolmentIds[0]);
    const row = await sqlOne<{ storage_key: string; sha256: string }>(t.db, `SELECT storage_key, sha256 FROM certificates WHERE id = $1`, [certificate.id]);
    expect(await inBucket(row.storage_key)).toBeGreaterThan(1000);
    const pdf = await (await signInAs(t, admin)).agent.get(`/api/certificates/${certificate.id}.pdf`).buffer(true);
    expect(pdf.status).toBe(200);
    expect(sha256(pdf.body as Buffer)).toBe(row.sha256);
  });

  it('refuses to start on a bucket it cannot use, naming the bucket and the refused credentials', async () => {
    const refused = await startApp({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: swift.endpoint,
      S3_BUCKET: 'koko-missing',
      S3_ACCESS_KEY_ID: swift.accessKeyId,
      S3_SECRET_ACCESS_KEY: 'wrong-secret',
      S3_FORCE_PATH_STYLE: 'true',
    }).then(
      async (app) => {
        await app.close();
        return null;
      },
      (error: unknown) => error,
    );
    expect((refused as Error)?.message).toMatch(/S3 storage: bucket "koko-missing" at http:\/\/127\.0\.0\.1:\d+ cannot be used: access refused \(HTTP 403/);
  });

  it('reports the bucket in readiness, and storage down once the S3 server is gone', async () => {
    expect((await t.http().get('/health/ready')).body.info.storage).toEqual({ status: 'up' });
    await swift.stop();
    const res = await t.http().get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.body.error.storage).toMatchObject({ status: 'down', message: expect.stringContaining(`bucket "${bucket}"`) });
  });
});
