import { accountOf, certificateCounter, certificateRows, completeModules, createRunningCohort, createUser, GraphQLClient, TEST_PASSWORD, TestApp, TestUser } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Test } from 'supertest';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';

export const CERTIFICATE_FIELDS = `id number state printedName verificationCode sha256 sizeBytes issuedAt enrolmentId cohortId downloadUrl
  revokedAt revocationReason revocationNote supersedesId supersededById reissueReason`;
export const ISSUE = `mutation($id: ID!) { issueCertificate(enrolmentId: $id) { ${CERTIFICATE_FIELDS} } }`;
export const ISSUE_MANY = `mutation($input: IssueCertificatesInput!) { issueCertificates(input: $input) { id cohortId total done failed state } }`;
export const BATCH = `query($id: ID!) { certificateBatch(id: $id) { id total done failed state finishedAt } }`;
export const REVOKE = `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;
export const REISSUE = `mutation($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;
export const AUTO = `mutation($id: ID!, $on: Boolean!) { setCohortAutoIssue(cohortId: $id, enabled: $on) }`;
export const COHORT_CERTIFICATES = `query($id: ID!) { cohortCertificates(cohortId: $id) { enrolment { id } eligible current { id number } history { id number state } } }`;
export const MINE = `{ myCertificates { id number state printedName downloadUrl } }`;
export const PUBLIC_FIELDS = `state number printedName programmeTitle issuedOn revokedOn revocationReason supersededByCode verificationCode`;
export const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { ${PUBLIC_FIELDS} } }`;
export const FIND = `query($input: FindCertificateInput!) { findCertificate(input: $input) { ${PUBLIC_FIELDS} } }`;
export const VERIFY_FILE = `mutation($input: VerifyFileInput!) { verifyCertificateFile(input: $input) { original certificate { number state printedName } } }`;
export const RECORD_ATTENDANCE = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { sessionId } }`;
export const TRAIL = `query($cohortId: ID) { auditTrail(cohortId: $cohortId, limit: 100) { items { actorId action entityType entityId cohortId subjectUserId before after } } }`;

export interface CertificateRow {
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
export interface PublicView {
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
export interface BatchRow {
  id: string;
  total: number;
  done: number;
  failed: number;
  state: string;
}
export interface TrailItem {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  cohortId: string | null;
  subjectUserId: string | null;
  before: string | null;
  after: string | null;
}

export const berlinDay = (d = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(d);
export const berlinYear = () => Number(berlinDay().slice(0, 4));
export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
export const NUMBER = /^KOKO-(\d{4})-(\d{6})$/;

/** Collects a binary response body (PDF, ZIP) as a Buffer. */
export function binary(res: IncomingMessage, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
  res.on('error', (e) => callback(e, Buffer.alloc(0)));
}
export const download = (agent: { get(url: string): Test }, path: string) => agent.get(path).buffer(true).parse(binary as unknown as (res: unknown, cb: (err: Error | null, body: unknown) => void) => void);

/** The entries of a ZIP archive, read from its central directory (stored or deflated). */
export function readZip(zip: Buffer): { name: string; content: Buffer }[] {
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

export function counter(db: DataSource): Promise<number> {
  return certificateCounter(db, berlinYear());
}

/** Every file in the app's storage folder (temporary upload files included). */
export function storedFiles(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? storedFiles(path) : [path];
  });
}

/** One stored PDF per certificate row, and nothing else (a refused or failed issue leaves no file). */
export async function expectOneFilePerCertificate(t: TestApp): Promise<void> {
  expect(storedFiles(t.config.storage.dir)).toHaveLength((await certificateRows(t.db)).length);
}

export async function emailOf(db: DataSource, userId: string): Promise<string> {
  return (await accountOf(db, userId)).email;
}

export async function signedIn(t: TestApp, email: string, locale: 'de' | 'en' = 'de'): Promise<GraphQLClient> {
  const c = t.client(locale);
  await c.signIn(email, TEST_PASSWORD);
  return c;
}

export interface CertificatesWorld {
  t: TestApp;
  admin: GraphQLClient;
  adminUser: TestUser;
  anonymous: GraphQLClient;
}

export async function startCertificatesApp(): Promise<CertificatesWorld> {
  // The lookup limit is tested with its own app (verification.int-spec.ts); here it must not get in the way.
  const t = await startApp({ VERIFY_MAX_PER_MINUTE: '10000' });
  const adminUser = await createUser(t.db, { roles: [Role.ADMIN], displayName: 'Ada Admin' });
  const admin = await signedIn(t, adminUser.email);
  const anonymous = t.client();
  return { t, admin, adminUser, anonymous };
}

/** Helpers over the running app; `world` is read at call time (after beforeAll). */
export function certificateHelpers(world: () => Pick<CertificatesWorld, 't' | 'admin' | 'anonymous'>) {
  const issue = async (enrolmentId: string, client = world().admin) => (await client.ok<{ issueCertificate: CertificateRow }>(ISSUE, { id: enrolmentId })).issueCertificate;
  const verify = async (code: string) => (await world().anonymous.ok<{ verifyCertificate: PublicView | null }>(VERIFY, { code })).verifyCertificate;
  /** A cohort whose first `eligible` participants are through all five modules. */
  const cohortWith = async (participants: number, eligible = participants, extra: Partial<Parameters<typeof createRunningCohort>[1]> = {}) => {
    const { t } = world();
    const f = await createRunningCohort(t.db, { participants, ...extra });
    if (eligible) await completeModules(t.db, f, f.enrolmentIds.slice(0, eligible));
    return f;
  };
  return { issue, verify, cohortWith };
}
