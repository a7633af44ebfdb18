import { CreateBucketCommand, DeleteObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AppConfig } from '@koko/api/core/config';
import { sqlOne, sqlRows } from '@koko/api/core/database';
import { multipartBody, samplePdf, startSwiftS3Server, SwiftS3Server } from '@koko/api/core/storage/testing';
import { completeModules, createCertificate, createRunningCohort, createUser, GraphQLClient, programmeModuleId, signInById, TEST_PASSWORD, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { INestApplication } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../src/bootstrap';
import { runStorageMigration } from '../src/storage-migrate';
import { startApp } from './support/app';

const SAVE = `mutation($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id } }`;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function storedFiles(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix)).flatMap((name) => {
    const key = prefix ? `${prefix}/${name}` : name;
    return statSync(join(root, key)).isDirectory() ? storedFiles(root, key) : [key];
  });
}

/**
 * `npm run storage:migrate` (main.ts `storage:migrate`): the files of an app that ran on the local
 * folder are copied into a real S3 bucket (OpenStack Swift with s3api, started here), checked
 * against the SHA-256 the database recorded, and the app then runs on the bucket.
 */
describe('moving the stored files from the folder to S3', () => {
  let swift: SwiftS3Server;
  let s3: S3Client;
  const apps: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    swift = await startSwiftS3Server();
    s3 = new S3Client({ endpoint: swift.endpoint, region: swift.region, forcePathStyle: true, credentials: { accessKeyId: swift.accessKeyId, secretAccessKey: swift.secretAccessKey } });
  }, 120_000);
  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
    s3?.destroy();
    await swift?.stop();
  });

  /** An app on the local folder with two certificates and an uploaded file, and an empty bucket for it. */
  async function world() {
    const t: TestApp = await startApp();
    apps.push(t);
    const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
    const f = await createRunningCohort(t.db, { participants: 3, trainerIds: [trainer.id] });
    await completeModules(t.db, f, f.enrolmentIds.slice(0, 2));
    const certificates = [await createCertificate(t, f.enrolmentIds[0]), await createCertificate(t, f.enrolmentIds[1])];
    const participant = await signInById(t, f.participantIds[2]);
    const moduleId = await programmeModuleId(t.db, 1);
    const attemptId = (await participant.ok<{ saveAssignmentDraft: { id: string } }>(SAVE, { input: { enrolmentId: f.enrolmentIds[2], moduleId, body: 'Text' } })).saveAssignmentDraft.id;
    const upload = multipartBody([{ field: 'file', filename: 'Reflexion.pdf', content: samplePdf('Überlegungen zur Kommune') }]);
    const uploaded = await participant.agent.post(`/api/attempts/${attemptId}/files`).set('content-type', upload.contentType).set('x-koko-upload', '1').send(upload.body);
    expect(uploaded.status).toBe(201);
    const bucket = `koko-${randomUUID().slice(0, 8)}`;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const s3Config: AppConfig = {
      ...t.config,
      storage: {
        ...t.config.storage,
        driver: 's3',
        s3: { endpoint: swift.endpoint, region: swift.region, bucket, accessKeyId: swift.accessKeyId, secretAccessKey: swift.secretAccessKey, forcePathStyle: true },
      },
    };
    const certificateKeys = await Promise.all(certificates.map(async (c) => sqlOne<{ key: string; sha256: string }>(t.db, `SELECT storage_key AS key, sha256 FROM certificates WHERE id = $1`, [c.id])));
    const databaseUrl = t.config.database.url ?? '';
    return { t, bucket, s3Config, certificates, certificateKeys, fileId: uploaded.body.id as string, databaseUrl, migrate: () => runStorageMigration(s3Config, databaseUrl, () => undefined) };
  }

  const head = (bucket: string, key: string) => s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then((h) => ({ size: h.ContentLength, sha256: h.Metadata?.['sha256'] }), () => null);

  it('copies every file with its SHA-256, checks certificates against the database, and the app then runs on the bucket', async () => {
    const w = await world();
    const files = storedFiles(w.t.config.storage.dir);
    expect(files.length).toBe(3);

    const report = await w.migrate();
    expect(report).toMatchObject({ files: 3, copied: 3, alreadyPresent: 0, verified: 3, problems: [] });
    for (const { key, sha256: recorded } of w.certificateKeys) expect(await head(w.bucket, key)).toEqual({ size: expect.any(Number), sha256: recorded.trim() });

    // Switched: a new instance on STORAGE_DRIVER=s3 serves the certificate and the upload from the bucket.
    const app: INestApplication = await createApp(w.s3Config, w.databaseUrl);
    await app.init();
    apps.push(app);
    const admin = new GraphQLClient(request.agent(app.getHttpServer()), 'de');
    await admin.signIn((await createUser(w.t.db, { roles: [Role.ADMIN] })).email, TEST_PASSWORD);
    for (const [i, c] of w.certificates.entries()) {
      const pdf = await admin.agent.get(`/api/certificates/${c.id}.pdf`).buffer(true);
      expect({ status: pdf.status, sha256: sha256(pdf.body as Buffer) }).toEqual({ status: 200, sha256: w.certificateKeys[i].sha256.trim() });
    }
    const [file] = await sqlRows<{ sha256: string }>(w.t.db, `SELECT sha256 FROM attempt_files WHERE id = $1`, [w.fileId]);
    const served = await admin.agent.get(`/api/files/${w.fileId}`).buffer(true);
    expect({ status: served.status, sha256: sha256(served.body as Buffer) }).toEqual({ status: 200, sha256: file.sha256.trim() });
  });

  it('resumes: skips what is already there, copies what is missing, and refuses a certificate whose file no longer matches the database', async () => {
    const w = await world();
    expect((await w.migrate()).copied).toBe(3);
    const [intact, damaged] = w.certificateKeys;
    const [upload] = await sqlRows<{ key: string }>(w.t.db, `SELECT storage_key AS key FROM attempt_files WHERE id = $1`, [w.fileId]);
    await s3.send(new DeleteObjectCommand({ Bucket: w.bucket, Key: upload.key }));
    await s3.send(new DeleteObjectCommand({ Bucket: w.bucket, Key: damaged.key }));
    writeFileSync(join(w.t.config.storage.dir, damaged.key), samplePdf('nachträglich verändert'));

    const report = await w.migrate();
    expect(report).toMatchObject({ files: 3, copied: 1, alreadyPresent: 1, verified: 2 });
    expect(report.problems).toEqual([expect.stringMatching(new RegExp(`^${damaged.key}: the folder's file has SHA-256 [0-9a-f]{64}, certificates\\.pdfs recorded ${damaged.sha256.trim()}; not copied$`))]);
    expect(await head(w.bucket, damaged.key)).toBeNull();
    expect(await head(w.bucket, upload.key)).not.toBeNull();
    expect(await head(w.bucket, intact.key)).toEqual({ size: expect.any(Number), sha256: intact.sha256.trim() });
  });

  it('refuses to run without the S3 settings, naming what to set', async () => {
    const w = await world();
    await expect(runStorageMigration(w.t.config, w.databaseUrl, () => undefined)).rejects.toThrow(/set STORAGE_DRIVER=s3 and the S3_\* settings/);
  });
});
