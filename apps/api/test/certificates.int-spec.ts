import { samplePng } from '@koko/api/core/storage/testing';
import { CohortFixture, createRunningCohort, createUser, eventually, GraphQLClient, TEST_PASSWORD, TestApp, TestUser, waitForMail } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Test } from 'supertest';
import { DataSource } from 'typeorm';
import { startApp } from './support/app';

const CERTIFICATE_FIELDS = `id number state printedName verificationCode sha256 sizeBytes issuedAt enrolmentId cohortId downloadUrl
  revokedAt revocationReason revocationNote supersedesId supersededById reissueReason`;
const ISSUE = `mutation($id: ID!) { issueCertificate(enrolmentId: $id) { ${CERTIFICATE_FIELDS} } }`;
const ISSUE_MANY = `mutation($input: IssueCertificatesInput!) { issueCertificates(input: $input) { id cohortId total done failed state } }`;
const BATCH = `query($id: ID!) { certificateBatch(id: $id) { id total done failed state finishedAt } }`;
const REVOKE = `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;
const REISSUE = `mutation($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;
const AUTO = `mutation($id: ID!, $on: Boolean!) { setCohortAutoIssue(cohortId: $id, enabled: $on) }`;
const COHORT_CERTIFICATES = `query($id: ID!) { cohortCertificates(cohortId: $id) { enrolment { id } eligible current { id number } history { id number state } } }`;
const MINE = `{ myCertificates { id number state printedName downloadUrl } }`;
const PUBLIC_FIELDS = `state number printedName programmeTitle issuedOn revokedOn revocationReason supersededByCode verificationCode`;
const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { ${PUBLIC_FIELDS} } }`;
const FIND = `query($input: FindCertificateInput!) { findCertificate(input: $input) { ${PUBLIC_FIELDS} } }`;
const VERIFY_FILE = `mutation($input: VerifyFileInput!) { verifyCertificateFile(input: $input) { original certificate { number state printedName } } }`;
const RECORD_ATTENDANCE = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { sessionId } }`;
const TRAIL = `query($cohortId: ID) { auditTrail(cohortId: $cohortId, limit: 100) { items { actorId action entityType entityId cohortId subjectUserId before after } } }`;

interface CertificateRow {
  id: string;
  number: string;
  state: 'VALID' | 'REVOKED' | 'SUPERSEDED';
  printedName: string;
  verificationCode: string;
  sha256: string;
  sizeBytes: number;
  issuedAt: string;
  enrolmentId: string;
  cohortId: string;
  downloadUrl: string;
  revokedAt: string | null;
  revocationReason: string | null;
  revocationNote: string | null;
  supersedesId: string | null;
  supersededById: string | null;
  reissueReason: string | null;
}
interface PublicView {
  state: string;
  number: string;
  printedName: string;
  programmeTitle: string;
  issuedOn: string;
  revokedOn: string | null;
  revocationReason: string | null;
  supersededByCode: string | null;
  verificationCode: string;
}
interface BatchRow {
  id: string;
  total: number;
  done: number;
  failed: number;
  state: string;
}
interface TrailItem {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  cohortId: string | null;
  subjectUserId: string | null;
  before: string | null;
  after: string | null;
}

const berlinDay = (d = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(d);
const berlinYear = () => Number(berlinDay().slice(0, 4));
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const NUMBER = /^KOKO-(\d{4})-(\d{6})$/;

/** Collects a binary response body (PDF, ZIP) as a Buffer. */
function binary(res: IncomingMessage, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
  res.on('error', (e) => callback(e, Buffer.alloc(0)));
}
const download = (agent: { get(url: string): Test }, path: string) => agent.get(path).buffer(true).parse(binary as unknown as (res: unknown, cb: (err: Error | null, body: unknown) => void) => void);

/** The entries of a ZIP archive, read from its central directory (stored or deflated). */
function readZip(zip: Buffer): { name: string; content: Buffer }[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a ZIP archive');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: { name: string; content: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    entries.push({ name, content: method === 8 ? inflateRawSync(data) : Buffer.from(data) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Makes participants eligible the quick way: present at every session of every module and a passed
 * first attempt per module (progress derives eligibility from exactly these facts). `except` leaves
 * one module (by position) without its attempt.
 */
async function makeEligible(db: DataSource, f: CohortFixture, enrolmentIds: string[], options: { exceptModule?: number; exceptSessionIds?: string[] } = {}): Promise<void> {
  const skipModule = options.exceptModule ? f.moduleIds[options.exceptModule - 1] : null;
  await db.query(
    `INSERT INTO attendance_records (session_id, enrolment_id, status)
     SELECT s.id, e, 'present' FROM cohort_sessions s CROSS JOIN unnest($2::uuid[]) e
     WHERE s.cohort_id = $1 AND NOT (s.id = ANY($3::uuid[]))`,
    [f.cohortId, enrolmentIds, options.exceptSessionIds ?? []],
  );
  await db.query(
    `INSERT INTO assignment_attempts (enrolment_id, module_id, attempt_no, state, submitted_at, own_work_confirmed_at)
     SELECT e, cm.module_id, 1, 'passed', now(), now() FROM cohort_modules cm CROSS JOIN unnest($2::uuid[]) e
     WHERE cm.cohort_id = $1 AND cm.module_id IS DISTINCT FROM $3`,
    [f.cohortId, enrolmentIds, skipModule],
  );
}

async function counter(db: DataSource): Promise<number> {
  const [row] = await db.query(`SELECT last_number FROM certificate_counters WHERE year = $1`, [berlinYear()]);
  return row?.last_number ?? 0;
}

/** Every file in the app's storage folder (temporary upload files included). */
function storedFiles(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? storedFiles(path) : [path];
  });
}

/** One stored PDF per certificate row, and nothing else (a refused or failed issue leaves no file). */
async function expectOneFilePerCertificate(t: TestApp): Promise<void> {
  const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM certificates`);
  expect(storedFiles(t.config.storage.dir)).toHaveLength(n);
}

async function emailOf(db: DataSource, userId: string): Promise<string> {
  return (await db.query(`SELECT email FROM users WHERE id = $1`, [userId]))[0].email;
}

async function signedIn(t: TestApp, email: string, locale: 'de' | 'en' = 'de'): Promise<GraphQLClient> {
  const c = t.client(locale);
  await c.signIn(email, TEST_PASSWORD);
  return c;
}

describe('certificates', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let adminUser: TestUser;
  let anonymous: GraphQLClient;

  const issue = async (enrolmentId: string, client = admin) => (await client.ok<{ issueCertificate: CertificateRow }>(ISSUE, { id: enrolmentId })).issueCertificate;
  const verify = async (code: string) => (await anonymous.ok<{ verifyCertificate: PublicView | null }>(VERIFY, { code })).verifyCertificate;
  /** A cohort whose first `eligible` participants are through all five modules. */
  const cohortWith = async (participants: number, eligible = participants, extra: Partial<Parameters<typeof createRunningCohort>[1]> = {}) => {
    const f = await createRunningCohort(t.db, { participants, ...extra });
    if (eligible) await makeEligible(t.db, f, f.enrolmentIds.slice(0, eligible));
    return f;
  };

  beforeAll(async () => {
    // The lookup limit is tested with its own app below; here it must not get in the way.
    t = await startApp({ VERIFY_MAX_PER_MINUTE: '10000' });
    adminUser = await createUser(t.db, { roles: [Role.ADMIN], displayName: 'Ada Admin' });
    admin = await signedIn(t, adminUser.email);
    anonymous = t.client();
  });
  afterAll(() => t.close());

  describe('issuing', () => {
    it('issues a valid certificate to an eligible participant: number, 256-bit code, completed enrolment, mail', async () => {
      const f = await cohortWith(1);
      const before = await counter(t.db);
      const c = await issue(f.enrolmentIds[0]);

      expect(c).toMatchObject({ state: 'VALID', enrolmentId: f.enrolmentIds[0], cohortId: f.cohortId, printedName: 'Teilnehmer:in 1', revokedAt: null, supersededById: null });
      const [, year, sequence] = NUMBER.exec(c.number) ?? [];
      expect(Number(year)).toBe(berlinYear());
      expect(Number(sequence)).toBe(before + 1);
      expect(await counter(t.db)).toBe(before + 1);
      // 32 random bytes, base64url without padding: 43 URL-safe characters.
      expect(c.verificationCode).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(c.verificationCode, 'base64url')).toHaveLength(32);
      expect(c.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(c.downloadUrl).toBe(`/api/certificates/${c.id}.pdf`);

      const [enrolment] = await t.db.query(`SELECT state FROM enrolments WHERE id = $1`, [f.enrolmentIds[0]]);
      expect(enrolment.state).toBe('completed');
      const [stored] = await t.db.query(`SELECT document->>'verificationUrl' AS url FROM certificates WHERE id = $1`, [c.id]);
      expect(stored.url).toBe(`http://campus.test/verify/${c.verificationCode}`);

      const mail = await waitForMail(t.db, await emailOf(t.db, f.participantIds[0]), { subject: /Zertifikat/ });
      expect(mail.subject).toBe(`Ihr Zertifikat „Konfliktmanager:in“ ist ausgestellt (${c.number})`);
      expect(mail.text).toContain('http://campus.test/mein-weg');
      expect(mail.text).toContain(`http://campus.test/verify/${c.verificationCode}`);
      expect(mail.text).not.toContain('automatisch ausgestellt');

      // The holder sees it; the admin's page shows it as current.
      const holder = await signedIn(t, await emailOf(t.db, f.participantIds[0]));
      expect((await holder.ok<{ myCertificates: { id: string; state: string }[] }>(MINE)).myCertificates).toEqual([expect.objectContaining({ id: c.id, state: 'VALID' })]);
      const page = (await admin.ok<{ cohortCertificates: { eligible: boolean; current: { id: string } | null }[] }>(COHORT_CERTIFICATES, { id: f.cohortId })).cohortCertificates;
      expect(page).toEqual([expect.objectContaining({ eligible: true, current: expect.objectContaining({ id: c.id }) })]);
    });

    it('refuses a participant who misses one module with a translated message and changes nothing', async () => {
      const f = await createRunningCohort(t.db, { participants: 1 });
      await makeEligible(t.db, f, f.enrolmentIds, { exceptModule: 4 });
      const before = await counter(t.db);

      const de = await admin.error(ISSUE, { id: f.enrolmentIds[0] });
      expect(de).toMatchObject({ code: 'NOT_ELIGIBLE', message: 'Teilnehmer:in 001 hat noch nicht alle fünf Module abgeschlossen; ein Zertifikat kann noch nicht ausgestellt werden.' });
      // Messages follow the caller's language.
      const adminEn = await signedIn(t, (await createUser(t.db, { roles: [Role.ADMIN], locale: Locale.EN })).email, 'en');
      expect((await adminEn.error(ISSUE, { id: f.enrolmentIds[0] })).message).toBe('Teilnehmer:in 001 has not completed all five modules yet; no certificate can be issued.');

      expect(await counter(t.db)).toBe(before);
      expect(await t.db.query(`SELECT id FROM certificates WHERE enrolment_id = $1`, [f.enrolmentIds[0]])).toEqual([]);
      expect((await t.db.query(`SELECT state FROM enrolments WHERE id = $1`, [f.enrolmentIds[0]]))[0].state).toBe('admitted');
      expect(await t.db.query(`SELECT id FROM audit_events WHERE action = 'certificate.issued' AND cohort_id = $1`, [f.cohortId])).toEqual([]);
      await expectOneFilePerCertificate(t);
      const page = (await admin.ok<{ cohortCertificates: { eligible: boolean; current: unknown }[] }>(COHORT_CERTIFICATES, { id: f.cohortId })).cohortCertificates;
      expect(page).toEqual([expect.objectContaining({ eligible: false, current: null })]);

      expect((await admin.error(ISSUE, { id: randomUUID() })).code).toBe('ENROLMENT_NOT_FOUND');
    });

    it('50 parallel requests for one enrolment give exactly one certificate; the others are told ALREADY_ISSUED', async () => {
      const f = await cohortWith(1);
      const before = await counter(t.db);
      const admins = await Promise.all(Array.from({ length: 5 }, async () => signedIn(t, (await createUser(t.db, { roles: [Role.ADMIN] })).email)));

      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => admins[i % admins.length].run<{ issueCertificate: CertificateRow }>(ISSUE, { id: f.enrolmentIds[0] })));

      const issued = results.filter((r) => r.data?.issueCertificate);
      expect(issued).toHaveLength(1);
      const codes = results.filter((r) => r.errors).map((r) => r.errors?.[0].extensions?.code);
      expect(codes).toEqual(Array(49).fill('ALREADY_ISSUED'));
      const number = issued[0].data?.issueCertificate.number;
      expect(results.find((r) => r.errors)?.errors?.[0].message).toBe(`Für diese Teilnahme gibt es bereits ein gültiges Zertifikat (${number}).`);
      expect(await t.db.query(`SELECT number FROM certificates WHERE enrolment_id = $1`, [f.enrolmentIds[0]])).toEqual([{ number }]);
      expect(await counter(t.db)).toBe(before + 1);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'certificate.issued' AND cohort_id = $1`, [f.cohortId])).toEqual([{ n: 1 }]);
      await expectOneFilePerCertificate(t);
    }, 120_000);

    it('50 parallel requests for 50 enrolments give 50 consecutive numbers, no duplicate, no gap', async () => {
      const f = await cohortWith(50);
      const before = await counter(t.db);
      const admins = await Promise.all(Array.from({ length: 5 }, async () => signedIn(t, (await createUser(t.db, { roles: [Role.ADMIN] })).email)));

      const results = await Promise.all(f.enrolmentIds.map((id, i) => admins[i % admins.length].run<{ issueCertificate: CertificateRow }>(ISSUE, { id })));

      expect(results.filter((r) => r.errors)).toEqual([]);
      const sequences = results.map((r) => Number(NUMBER.exec(r.data?.issueCertificate.number ?? '')?.[2])).sort((a, b) => a - b);
      expect(new Set(sequences).size).toBe(50);
      expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => before + 1 + i));
      expect(await counter(t.db)).toBe(before + 50);
      const rows = await t.db.query(`SELECT count(DISTINCT number)::int AS numbers, count(DISTINCT enrolment_id)::int AS enrolments FROM certificates WHERE cohort_id = $1`, [f.cohortId]);
      expect(rows).toEqual([{ numbers: 50, enrolments: 50 }]);
      await expectOneFilePerCertificate(t);
    }, 180_000);

    it('issues several in the background (jobs off: in this process) and counts ineligible ones as failed', async () => {
      const f = await cohortWith(3, 2);
      const batch = (await admin.ok<{ issueCertificates: BatchRow }>(ISSUE_MANY, { input: { cohortId: f.cohortId, enrolmentIds: f.enrolmentIds } })).issueCertificates;
      expect(batch).toMatchObject({ total: 3 });
      const poll = async () => {
        const b = (await admin.ok<{ certificateBatch: BatchRow }>(BATCH, { id: batch.id })).certificateBatch;
        return { state: b.state, done: b.done, failed: b.failed };
      };
      await eventually(poll, { state: 'finished', done: 2, failed: 1 }, 20_000);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM certificates WHERE cohort_id = $1 AND state = 'valid'`, [f.cohortId]))[0].n).toBe(2);
    }, 60_000);
  });

  describe('the stored PDF', () => {
    it('returns exactly the stored bytes to the holder and to admins, 404 to another participant and for a guessed id, 401 anonymously', async () => {
      const f = await cohortWith(2);
      const c = await issue(f.enrolmentIds[0]);
      const holder = await signedIn(t, await emailOf(t.db, f.participantIds[0]));
      const other = await signedIn(t, await emailOf(t.db, f.participantIds[1]));
      const trainer = await signedIn(t, (await createUser(t.db, { roles: [Role.TRAINER] })).email);

      const mine = await download(holder.agent, c.downloadUrl);
      expect(mine.status).toBe(200);
      expect(mine.headers['content-type']).toBe('application/pdf');
      expect(mine.headers['content-disposition']).toContain(`Zertifikat-${c.number}.pdf`);
      expect(mine.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(mine.body).toHaveLength(c.sizeBytes);
      expect(sha256(mine.body)).toBe(c.sha256);
      const byAdmin = await download(admin.agent, c.downloadUrl);
      expect(byAdmin.status).toBe(200);
      expect(sha256(byAdmin.body)).toBe(c.sha256);

      expect((await download(other.agent, c.downloadUrl)).status).toBe(404);
      expect((await download(trainer.agent, c.downloadUrl)).status).toBe(404);
      expect((await download(holder.agent, `/api/certificates/${randomUUID()}.pdf`)).status).toBe(404);
      expect((await download(admin.agent, `/api/certificates/${randomUUID()}.pdf`)).status).toBe(404);
      expect((await download(t.http(), c.downloadUrl)).status).toBe(401);
      // Nor can another participant reach it through the public lookups' data or their own list.
      expect((await other.ok<{ myCertificates: unknown[] }>(MINE)).myCertificates).toEqual([]);
    });

    it('does not change when names, module titles or the template change later', async () => {
      const f = await cohortWith(1);
      const c = await issue(f.enrolmentIds[0]);
      const holder = await signedIn(t, await emailOf(t.db, f.participantIds[0]));
      const first = (await download(holder.agent, c.downloadUrl)).body;

      const [module] = await t.db.query(`SELECT id, title FROM programme_modules WHERE position = 2`);
      await t.db.query(`UPDATE users SET certificate_name = 'Ganz Anders', display_name = 'Ganz Anders' WHERE id = $1`, [f.participantIds[0]]);
      await t.db.query(`UPDATE programme_modules SET title = 'Ein umbenanntes Modul', workload_hours = workload_hours + 5 WHERE id = $1`, [module.id]);
      try {
        const later = (await download(holder.agent, c.downloadUrl)).body;
        expect(sha256(later)).toBe(c.sha256);
        expect(Buffer.compare(later, first)).toBe(0);
        expect((await verify(c.verificationCode))?.printedName).toBe('Teilnehmer:in 1');
      } finally {
        await t.db.query(`UPDATE programme_modules SET title = $2, workload_hours = workload_hours - 5 WHERE id = $1`, [module.id, module.title]);
      }
    });
  });

  describe('revoke and reissue', () => {
    it('revokes: verification shows REVOKED with date and reason category, the holder is told, revoking twice is refused', async () => {
      const f = await cohortWith(1);
      const c = await issue(f.enrolmentIds[0]);
      const revoked = (await admin.ok<{ revokeCertificate: CertificateRow }>(REVOKE, { input: { certificateId: c.id, reason: 'REQUIREMENTS_NOT_MET', note: '  Modul 3 wurde nicht anerkannt.  ' } })).revokeCertificate;
      expect(revoked).toMatchObject({ state: 'REVOKED', revocationReason: 'REQUIREMENTS_NOT_MET', revocationNote: 'Modul 3 wurde nicht anerkannt.' });
      expect(revoked.revokedAt).not.toBeNull();

      const view = await verify(c.verificationCode);
      expect(view).toEqual({
        state: 'REVOKED',
        number: c.number,
        printedName: 'Teilnehmer:in 1',
        programmeTitle: 'KoKo II – Kommunales Konfliktmanagement fördern',
        issuedOn: berlinDay(new Date(c.issuedAt)),
        revokedOn: berlinDay(),
        revocationReason: 'REQUIREMENTS_NOT_MET',
        supersededByCode: null,
        verificationCode: c.verificationCode,
      });

      const mail = await waitForMail(t.db, await emailOf(t.db, f.participantIds[0]), { subject: /widerrufen/ });
      expect(mail.subject).toBe(`Ihr Zertifikat ${c.number} wurde widerrufen`);
      expect(mail.text).toContain('Grund: Voraussetzungen nicht erfüllt');
      expect(mail.text).toContain('Modul 3 wurde nicht anerkannt.');

      const twice = await admin.error(REVOKE, { input: { certificateId: c.id, reason: 'OTHER' } });
      expect(twice).toMatchObject({ code: 'ALREADY_REVOKED', message: 'Das Zertifikat ist bereits widerrufen.' });
      expect((await t.db.query(`SELECT revocation_reason FROM certificates WHERE id = $1`, [c.id]))[0].revocation_reason).toBe('requirements_not_met');
      expect((await admin.error(REVOKE, { input: { certificateId: randomUUID(), reason: 'OTHER' } })).code).toBe('CERTIFICATE_NOT_FOUND');
      // A revoked certificate is not reissued; a new one can be issued for the same participation.
      expect((await admin.error(REISSUE, { input: { certificateId: c.id, reason: 'Versuch' } })).code).toBe('NOT_VALID');
    });

    it('reissues with a corrected name: new number and code, the old one SUPERSEDED and pointing to the new', async () => {
      const f = await cohortWith(1);
      const old = await issue(f.enrolmentIds[0]);
      const fresh = (
        await admin.ok<{ reissueCertificate: CertificateRow }>(REISSUE, { input: { certificateId: old.id, printedName: ' Teilnehmerin Eins-Korrigiert ', reason: 'Name auf Wunsch korrigiert' } })
      ).reissueCertificate;

      expect(fresh).toMatchObject({ state: 'VALID', printedName: 'Teilnehmerin Eins-Korrigiert', supersedesId: old.id, enrolmentId: f.enrolmentIds[0] });
      expect(fresh.number).not.toBe(old.number);
      expect(Number(NUMBER.exec(fresh.number)?.[2])).toBe(Number(NUMBER.exec(old.number)?.[2]) + 1);
      expect(fresh.verificationCode).not.toBe(old.verificationCode);
      expect(fresh.verificationCode).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(fresh.sha256).not.toBe(old.sha256);

      expect(await verify(old.verificationCode)).toMatchObject({ state: 'SUPERSEDED', number: old.number, printedName: 'Teilnehmer:in 1', supersededByCode: fresh.verificationCode });
      expect(await verify(fresh.verificationCode)).toMatchObject({ state: 'VALID', number: fresh.number, printedName: 'Teilnehmerin Eins-Korrigiert', supersededByCode: null });

      // Both stay in the history, with why.
      const [page] = (await admin.ok<{ cohortCertificates: { current: { id: string }; history: { id: string; state: string }[] }[] }>(COHORT_CERTIFICATES, { id: f.cohortId })).cohortCertificates;
      expect(page.current.id).toBe(fresh.id);
      expect(page.history.map((h) => [h.id, h.state]).sort()).toEqual([[fresh.id, 'VALID'], [old.id, 'SUPERSEDED']].sort());
      expect((await t.db.query(`SELECT superseded_by_id, reissue_reason FROM certificates WHERE id = $1`, [old.id]))[0]).toEqual({ superseded_by_id: fresh.id, reissue_reason: 'Name auf Wunsch korrigiert' });

      const mail = await waitForMail(t.db, await emailOf(t.db, f.participantIds[0]), { subject: /neu ausgestellt/ });
      expect(mail.subject).toBe(`Ihr Zertifikat wurde neu ausgestellt: ${fresh.number}`);
      expect(mail.text).toContain(old.number);
      expect(mail.text).toContain('Name auf Wunsch korrigiert');

      // The superseded one can be neither revoked nor reissued again.
      expect((await admin.error(REISSUE, { input: { certificateId: old.id, reason: 'Noch einmal' } })).code).toBe('NOT_VALID');
      expect((await admin.error(REVOKE, { input: { certificateId: old.id, reason: 'OTHER' } })).code).toBe('NOT_VALID');
    });
  });

  describe('public verification', () => {
    it('answers null for an unknown code and CODE_MALFORMED for a malformed one', async () => {
      expect(await verify(randomBytes(32).toString('base64url'))).toBeNull();
      const malformed = await anonymous.error(VERIFY, { code: 'abc!def' });
      expect(malformed).toMatchObject({ code: 'CODE_MALFORMED', message: 'Dieser Prüfcode ist ungültig. Bitte prüfen Sie die Adresse oder den QR-Code.' });
      expect((await t.client('en').error(VERIFY, { code: '../../etc/passwd' })).message).toBe('This verification code is invalid. Please check the address or the QR code.');
    });

    it('finds a certificate by number and surname, ignoring accents and case; a wrong surname finds nothing', async () => {
      const f = await createRunningCohort(t.db, { participants: 1 });
      await t.db.query(`UPDATE users SET display_name = 'Łukasz Żółć', certificate_name = 'Łukasz Żółć' WHERE id = $1`, [f.participantIds[0]]);
      await makeEligible(t.db, f, f.enrolmentIds);
      const c = await issue(f.enrolmentIds[0]);
      const find = async (number: string, surname: string) => (await anonymous.ok<{ findCertificate: PublicView | null }>(FIND, { input: { number, surname } })).findCertificate;

      expect(await find(c.number, 'Zolc')).toMatchObject({ state: 'VALID', number: c.number, printedName: 'Łukasz Żółć', verificationCode: c.verificationCode });
      expect(await find(c.number.toLowerCase(), ' żółć ')).toMatchObject({ number: c.number });
      expect(await find(c.number, 'Łukasz Żółć')).toMatchObject({ number: c.number });
      expect(await find(c.number, 'Müller')).toBeNull();
      expect(await find(c.number, 'Z')).toBeNull();
      expect(await find('KOKO-1999-999999', 'Zolc')).toBeNull();
      expect(await find('kein Format', 'Zolc')).toBeNull();
    });

    it('shows state, number, name, programme and dates, and nothing more (no e-mail, no user id)', async () => {
      const type = async (name: string) =>
        (await anonymous.ok<{ __type: { fields: { name: string }[] } }>(`query($n: String!) { __type(name: $n) { fields { name } } }`, { n: name })).__type.fields.map((x) => x.name).sort();
      const fields = await type('PublicCertificate');
      expect(fields).toEqual(['issuedOn', 'number', 'printedName', 'programmeTitle', 'revocationReason', 'revokedOn', 'state', 'supersededByCode', 'verificationCode']);
      expect(fields.filter((x) => /mail|user|^id$|enrolment|cohort|sha|storage|holder|issuedBy|note/i.test(x))).toEqual([]);
      expect(await type('FileVerification')).toEqual(['certificate', 'original']);
    });

    it('tells an unaltered original from a changed file and refuses a non-PDF', async () => {
      const f = await cohortWith(1);
      const c = await issue(f.enrolmentIds[0]);
      const pdf = (await download(admin.agent, c.downloadUrl)).body;
      const check = async (file: Buffer) =>
        (await anonymous.ok<{ verifyCertificateFile: { original: boolean; certificate: { number: string; state: string; printedName: string } | null } }>(VERIFY_FILE, {
          input: { fileBase64: file.toString('base64') },
        })).verifyCertificateFile;

      expect(await check(pdf)).toEqual({ original: true, certificate: { number: c.number, state: 'VALID', printedName: 'Teilnehmer:in 1' } });
      const changed = Buffer.from(pdf);
      changed[Math.floor(changed.length / 2)] ^= 0x01;
      expect(await check(changed)).toEqual({ original: false, certificate: null });
      const png = await anonymous.error(VERIFY_FILE, { input: { fileBase64: samplePng().toString('base64') } });
      expect(png).toMatchObject({ code: 'NOT_A_PDF', message: 'Die Datei ist kein PDF-Dokument.' });
    });

    it('stays verifiable with the printed name after the account is anonymised', async () => {
      const f = await cohortWith(1);
      const c = await issue(f.enrolmentIds[0]);
      const userId = f.participantIds[0];
      await admin.ok(`mutation($id: ID!) { anonymiseUser(userId: $id) { id } }`, { id: userId });
      const [account] = await t.db.query(`SELECT email, display_name, certificate_name FROM users WHERE id = $1`, [userId]);
      expect(account).toEqual({ email: `anonymisiert-${userId}@anonymisiert.invalid`, display_name: 'Anonymisierte Person', certificate_name: '' });

      expect(await verify(c.verificationCode)).toMatchObject({ state: 'VALID', number: c.number, printedName: 'Teilnehmer:in 1' });
      expect((await anonymous.ok<{ findCertificate: PublicView | null }>(FIND, { input: { number: c.number, surname: '1' } })).findCertificate).toBeNull();
      expect((await anonymous.ok<{ findCertificate: PublicView | null }>(FIND, { input: { number: c.number, surname: 'Teilnehmer:in 1' } })).findCertificate).toMatchObject({ number: c.number });
      // The stored PDF is untouched, and the original check still knows it.
      const pdf = (await download(admin.agent, c.downloadUrl)).body;
      expect(sha256(pdf)).toBe(c.sha256);
    });
  });

  describe('cohort ZIP and audit trail', () => {
    it('zips one PDF per valid certificate for admins only, and audits issue, revoke, reissue and downloads', async () => {
      const f = await cohortWith(4, 3);
      const [a, b, c] = [await issue(f.enrolmentIds[0]), await issue(f.enrolmentIds[1]), await issue(f.enrolmentIds[2])];
      await admin.ok(REVOKE, { input: { certificateId: a.id, reason: 'MISCONDUCT', note: 'Täuschung' } });
      const b2 = (await admin.ok<{ reissueCertificate: CertificateRow }>(REISSUE, { input: { certificateId: b.id, printedName: 'Berta Beispiel', reason: 'Tippfehler im Namen' } })).reissueCertificate;

      const res = await download(admin.agent, `/api/cohorts/${f.cohortId}/certificates.zip`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      const entries = readZip(res.body);
      expect(entries).toHaveLength(2);
      expect(entries.map((e) => e.name.slice(0, 16)).sort()).toEqual([b2.number, c.number].sort());
      expect(entries.map((e) => sha256(e.content)).sort()).toEqual([b2.sha256, c.sha256].sort());
      for (const e of entries) expect(e.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const participant = await signedIn(t, await emailOf(t.db, f.participantIds[2]));
      const trainer = await signedIn(t, (await createUser(t.db, { roles: [Role.TRAINER] })).email);
      expect((await download(participant.agent, `/api/cohorts/${f.cohortId}/certificates.zip`)).status).toBe(403);
      expect((await download(trainer.agent, `/api/cohorts/${f.cohortId}/certificates.zip`)).status).toBe(403);
      expect((await download(t.http(), `/api/cohorts/${f.cohortId}/certificates.zip`)).status).toBe(401);

      // An admin's single download is audited too; the holder's own is not.
      await download(participant.agent, c.downloadUrl);
      await download(admin.agent, c.downloadUrl);

      const items = (await admin.ok<{ auditTrail: { items: TrailItem[] } }>(TRAIL, { cohortId: f.cohortId })).auditTrail.items.filter((i) => i.action.startsWith('certificate.'));
      const parse = (i: TrailItem) => ({ ...i, before: i.before ? JSON.parse(i.before) : null, after: i.after ? JSON.parse(i.after) : null });
      const of = (action: string) => items.filter((i) => i.action === action).map(parse);

      // A reissue is its own entry (below), not a second issue.
      expect(of('certificate.issued')).toHaveLength(3);
      expect(of('certificate.issued').find((i) => i.entityId === c.id)).toEqual({
        actorId: adminUser.id,
        action: 'certificate.issued',
        entityType: 'certificate',
        entityId: c.id,
        cohortId: f.cohortId,
        subjectUserId: f.participantIds[2],
        before: null,
        after: { state: 'valid', number: c.number, printedName: 'Teilnehmer:in 3', automatic: false },
      });
      expect(of('certificate.revoked')).toEqual([
        expect.objectContaining({
          actorId: adminUser.id,
          entityType: 'certificate',
          entityId: a.id,
          subjectUserId: f.participantIds[0],
          before: { state: 'valid' },
          after: { state: 'revoked', reason: 'misconduct', note: 'Täuschung' },
        }),
      ]);
      expect(of('certificate.reissued')).toEqual([
        expect.objectContaining({
          actorId: adminUser.id,
          entityId: b2.id,
          subjectUserId: f.participantIds[1],
          before: { certificateId: b.id, number: b.number, printedName: 'Teilnehmer:in 2' },
          after: { number: b2.number, printedName: 'Berta Beispiel', reason: 'Tippfehler im Namen' },
        }),
      ]);
      const downloads = of('certificate.downloaded');
      expect(downloads).toHaveLength(2);
      expect(downloads).toContainEqual(
        expect.objectContaining({ actorId: adminUser.id, entityId: `cohort:${f.cohortId}`, subjectUserId: null, after: { kind: 'zip', certificateIds: expect.arrayContaining([b2.id, c.id]) } }),
      );
      expect(downloads).toContainEqual(expect.objectContaining({ actorId: adminUser.id, entityId: c.id, subjectUserId: f.participantIds[2], after: { kind: 'pdf', certificateIds: [c.id] } }));
      // The holder's trail shows their certificate's history.
      const holderTrail = (await admin.ok<{ auditTrail: { items: TrailItem[] } }>(`query($u: ID) { auditTrail(subjectUserId: $u, limit: 50) { items { action } } }`, { u: f.participantIds[1] })).auditTrail.items;
      expect(holderTrail.map((i) => i.action)).toEqual(expect.arrayContaining(['certificate.issued', 'certificate.reissued']));
    });
  });
});

describe('certificate lookups are rate-limited', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ VERIFY_MAX_PER_MINUTE: '5' });
  });
  afterAll(() => t.close());

  it('refuses the sixth lookup within a minute with TOO_MANY_LOOKUPS', async () => {
    // The window is the clock minute: start early in one so all six land in it.
    const [{ second }] = await t.db.query(`SELECT extract(second FROM now())::int AS second`);
    if (second > 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    const client = t.client();
    const code = () => randomBytes(32).toString('base64url');
    for (let i = 0; i < 4; i++) expect((await client.ok<{ verifyCertificate: unknown }>(VERIFY, { code: code() })).verifyCertificate).toBeNull();
    expect((await client.ok<{ findCertificate: unknown }>(FIND, { input: { number: 'KOKO-2026-000001', surname: 'Niemand' } })).findCertificate).toBeNull();
    const sixth = await client.error(VERIFY, { code: code() });
    expect(sixth).toMatchObject({ code: 'TOO_MANY_LOOKUPS', message: 'Zu viele Abfragen. Bitte versuchen Sie es in einer Minute erneut.' });
    expect((await t.client('en').error(FIND, { input: { number: 'KOKO-2026-000001', surname: 'Niemand' } })).message).toBe('Too many lookups. Please try again in a minute.');
  }, 60_000);
});

describe('certificates through the job queue (pg-boss)', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  beforeAll(async () => {
    t = await startApp({ JOBS_ENABLED: 'true' });
    admin = await signedIn(t, (await createUser(t.db, { roles: [Role.ADMIN] })).email);
  });
  afterAll(() => t.close());

  it('issues every eligible participant as a background batch whose progress can be polled', async () => {
    const f = await createRunningCohort(t.db, { participants: 5 });
    await makeEligible(t.db, f, f.enrolmentIds.slice(0, 4));
    const before = await counter(t.db);

    const batch = (await admin.ok<{ issueCertificates: BatchRow }>(ISSUE_MANY, { input: { cohortId: f.cohortId } })).issueCertificates;
    expect(batch).toMatchObject({ total: 4, done: 0, failed: 0 });
    expect(['queued', 'running', 'finished']).toContain(batch.state);
    const poll = async () => {
      const b = (await admin.ok<{ certificateBatch: BatchRow }>(BATCH, { id: batch.id })).certificateBatch;
      return { state: b.state, done: b.done, failed: b.failed };
    };
    await eventually(poll, { state: 'finished', done: 4, failed: 0 }, 30_000);

    const [job] = await t.db.query(`SELECT state, data FROM pgboss.job WHERE name = 'certificates-issue-batch'`);
    expect(job.data).toEqual({ batchId: batch.id });
    const numbers: { number: string }[] = await t.db.query(`SELECT number FROM certificates WHERE cohort_id = $1 ORDER BY number`, [f.cohortId]);
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
    await makeEligible(t.db, f, f.enrolmentIds, { exceptSessionIds: [lastSession] });
    const certificates = async (enrolmentId: string) => (await t.db.query(`SELECT number, issued_by FROM certificates WHERE enrolment_id = $1`, [enrolmentId])).length;
    const record = (enrolmentId: string) =>
      trainerClient.ok(RECORD_ATTENDANCE, { input: { cohortId: f.cohortId, entries: [{ sessionId: lastSession, enrolmentId, status: 'PRESENT' }] } });

    // Off: completing the last module queues nothing.
    await record(f.enrolmentIds[1]);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'certificates-auto-issue'`))[0].n).toBe(0);

    await admin.ok(AUTO, { id: f.cohortId, on: true });
    await record(f.enrolmentIds[0]);
    await eventually(() => certificates(f.enrolmentIds[0]), 1, 15_000);
    const [row] = await t.db.query(`SELECT issued_by, state FROM certificates WHERE enrolment_id = $1`, [f.enrolmentIds[0]]);
    expect(row).toEqual({ issued_by: null, state: 'valid' });
    expect((await t.db.query(`SELECT state FROM enrolments WHERE id = $1`, [f.enrolmentIds[0]]))[0].state).toBe('completed');
    const mail = await waitForMail(t.db, await emailOf(t.db, f.participantIds[0]), { subject: /Zertifikat/ });
    expect(mail.text).toContain('automatisch ausgestellt');
    const [audit] = await t.db.query(`SELECT actor_id, after FROM audit_events WHERE action = 'certificate.issued' AND subject_user_id = $1`, [f.participantIds[0]]);
    expect(audit).toMatchObject({ actor_id: null, after: { automatic: true } });
    // The participant whose last module completed while it was off is still without one.
    expect(await certificates(f.enrolmentIds[1])).toBe(0);
    expect((await admin.error(AUTO, { id: randomUUID(), on: true })).code).toBe('COHORT_NOT_FOUND');
  }, 60_000);
});
