import { CertificateIssuerService } from '@koko/api/certificates';
import { parseConfig } from '@koko/api/core/config';
import { dataSourceOptions, sqlOne } from '@koko/api/core/database';
import { completeModules, createRunningCohort, createUser, GraphQLClient, TEST_PASSWORD } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { runBackup, runRestore } from '../src/backup';
import { createApp } from '../src/bootstrap';
import { DebianPostgres, startDebianPostgres } from './support/debian-postgres';

const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { state number } }`;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * The restore drill of docs/operations.md: make data, back up (`backup`), change and delete data,
 * restore into a fresh database and an empty files folder (`restore`): the app starts on it, the
 * old password signs in and the certificate verifies with the SHA-256 it had. PostgreSQL is Debian's
 * (15), whose pg_dump and pg_restore the commands use.
 */
describe('backup and restore', () => {
  let pg: DebianPostgres;
  const work = mkdtempSync(join(tmpdir(), 'koko-backup-test-'));
  const apps: INestApplication[] = [];

  beforeAll(async () => {
    pg = await startDebianPostgres();
  }, 180_000);
  afterAll(async () => {
    for (const app of apps) await app.close().catch(() => undefined);
    await pg?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  const configFor = (databaseUrl: string, storageDir: string) =>
    parseConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      JOBS_ENABLED: 'false',
      PUBLIC_URL: 'http://campus.test',
      WEB_DIST_DIR: '/nonexistent',
      DATABASE_URL: databaseUrl,
      STORAGE_DIR: storageDir,
      CREDENTIAL_KEY_FILE: join(work, 'credential-key.json'),
    });
  async function start(databaseUrl: string, storageDir: string): Promise<{ app: INestApplication; db: DataSource }> {
    const app = await createApp(configFor(databaseUrl, storageDir), databaseUrl);
    await app.init();
    apps.push(app);
    return { app, db: app.get<DataSource>(getDataSourceToken()) };
  }

  it('restores into a fresh database: sign-in works and the certificate verifies with the same SHA-256', async () => {
    const url = await pg.createDatabase('koko');
    const migrations = new DataSource(dataSourceOptions(url));
    await migrations.initialize();
    await migrations.runMigrations({ transaction: 'each' });
    await migrations.destroy();
    const files = join(work, 'files');
    const { app, db } = await start(url, files);
    const admin = await createUser(db, { roles: [Role.ADMIN] });
    const f = await createRunningCohort(db, { participants: 1 });
    await completeModules(db, f, f.enrolmentIds);
    const certificate = await app.get(CertificateIssuerService).issue(f.enrolmentIds[0], null);
    const recorded = (await sqlOne<{ sha256: string }>(db, `SELECT sha256 FROM certificates WHERE id = $1`, [certificate.id])).sha256.trim();

    const backup = await runBackup(configFor(url, files), url, join(work, 'backups'));
    expect(backup.files).toBe(1);
    const sums = readFileSync(join(backup.folder, 'SHA256SUMS'), 'utf8');
    expect(sums).toMatch(/^[0-9a-f]{64} {2}database\.dump$/m);
    expect(sums).toMatch(/^[0-9a-f]{64} {2}manifest\.json$/m);
    expect(sums).toContain(`${recorded}  files/`);
    expect(JSON.parse(readFileSync(join(backup.folder, 'manifest.json'), 'utf8'))).toMatchObject({ format: 1, database: { postgresMajor: 15 }, storage: { driver: 'local', files: 1 } });

    // After the backup: the password is gone, the certificate revoked, the files folder lost.
    await db.query(`UPDATE users SET password_hash = NULL WHERE id = $1`, [admin.id]);
    await db.query(`UPDATE certificates SET state = 'revoked', revoked_at = now(), revocation_reason = 'other' WHERE id = $1`, [certificate.id]);
    rmSync(files, { recursive: true, force: true });
    await app.close();
    apps.splice(apps.indexOf(app), 1);

    const restoredUrl = await pg.createDatabase('koko_restored');
    const restoredFiles = join(work, 'restored-files');
    expect(await runRestore(configFor(restoredUrl, restoredFiles), restoredUrl, backup.folder)).toEqual({ files: 1, missingObjects: [] });
    // Never over existing data.
    await expect(runRestore(configFor(restoredUrl, join(work, 'other')), restoredUrl, backup.folder)).rejects.toThrow(/empty database/);

    const restored = await start(restoredUrl, restoredFiles);
    const client = new GraphQLClient(request.agent(restored.app.getHttpServer()), 'de');
    await client.signIn(admin.email, TEST_PASSWORD);
    expect((await client.ok<{ verifyCertificate: { state: string; number: string } }>(VERIFY, { code: certificate.verificationCode })).verifyCertificate).toEqual({ state: 'VALID', number: certificate.number });
    const pdf = await client.agent.get(`/api/certificates/${certificate.id}.pdf`).buffer(true);
    expect({ status: pdf.status, sha256: sha256(pdf.body as Buffer) }).toEqual({ status: 200, sha256: recorded });

    // A damaged backup is refused before anything is written.
    appendFileSync(join(backup.folder, 'database.dump'), 'x');
    const fresh = await pg.createDatabase('koko_third');
    await expect(runRestore(configFor(fresh, join(work, 'third-files')), fresh, backup.folder)).rejects.toThrow(/checksums do not match for: database\.dump/);
  }, 240_000);
});
