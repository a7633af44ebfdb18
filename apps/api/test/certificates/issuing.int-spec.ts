import { auditTrail, certificateRows, completeModules, createRunningCohort, createUser, enrolmentStateOf, eventually, GraphQLClient, programmeModuleAt, TestApp, updateProgrammeModule, updateUser, waitForMail } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { BATCH, BatchRow, berlinYear, certificateHelpers, CertificateRow, COHORT_CERTIFICATES, counter, download, emailOf, expectOneFilePerCertificate, ISSUE, ISSUE_MANY, MINE, NUMBER, sha256, signedIn, startCertificatesApp } from './support';

describe('certificates', () => {
  let t: TestApp, admin: GraphQLClient, anonymous: GraphQLClient;
  beforeAll(async () => ({ t, admin, anonymous } = await startCertificatesApp()));
  afterAll(() => t.close());
  const { issue, verify, cohortWith } = certificateHelpers(() => ({ t, admin, anonymous }));

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

      expect(await enrolmentStateOf(t.db, f.enrolmentIds[0])).toBe('completed');
      const [stored] = await certificateRows(t.db, { id: c.id });
      expect(stored.document['verificationUrl']).toBe(`http://campus.test/verify/${c.verificationCode}`);

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
      await completeModules(t.db, f, f.enrolmentIds, { exceptModule: 4 });
      const before = await counter(t.db);

      const de = await admin.error(ISSUE, { id: f.enrolmentIds[0] });
      expect(de).toMatchObject({ code: 'NOT_ELIGIBLE', message: 'Teilnehmer:in 001 hat noch nicht alle fünf Module abgeschlossen; ein Zertifikat kann noch nicht ausgestellt werden.' });
      // Messages follow the caller's language.
      const adminEn = await signedIn(t, (await createUser(t.db, { roles: [Role.ADMIN], locale: Locale.EN })).email, 'en');
      expect((await adminEn.error(ISSUE, { id: f.enrolmentIds[0] })).message).toBe('Teilnehmer:in 001 has not completed all five modules yet; no certificate can be issued.');

      expect(await counter(t.db)).toBe(before);
      expect(await certificateRows(t.db, { enrolmentId: f.enrolmentIds[0] })).toEqual([]);
      expect(await enrolmentStateOf(t.db, f.enrolmentIds[0])).toBe('admitted');
      expect(await auditTrail(t.db, { action: 'certificate.issued', cohortId: f.cohortId })).toEqual([]);
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
      expect((await certificateRows(t.db, { enrolmentId: f.enrolmentIds[0] })).map((r) => r.number)).toEqual([number]);
      expect(await counter(t.db)).toBe(before + 1);
      expect(await auditTrail(t.db, { action: 'certificate.issued', cohortId: f.cohortId })).toHaveLength(1);
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
      const rows = await certificateRows(t.db, { cohortId: f.cohortId });
      expect({ numbers: new Set(rows.map((r) => r.number)).size, enrolments: new Set(rows.map((r) => r.enrolmentId)).size }).toEqual({ numbers: 50, enrolments: 50 });
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
      expect(await certificateRows(t.db, { cohortId: f.cohortId, state: 'valid' })).toHaveLength(2);
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

      const module = await programmeModuleAt(t.db, 2);
      await updateUser(t.db, f.participantIds[0], { certificateName: 'Ganz Anders', displayName: 'Ganz Anders' });
      await updateProgrammeModule(t.db, module.id, { title: 'Ein umbenanntes Modul', workloadHours: module.workloadHours + 5 });
      try {
        const later = (await download(holder.agent, c.downloadUrl)).body;
        expect(sha256(later)).toBe(c.sha256);
        expect(Buffer.compare(later, first)).toBe(0);
        expect((await verify(c.verificationCode))?.printedName).toBe('Teilnehmer:in 1');
      } finally {
        await updateProgrammeModule(t.db, module.id, { title: module.title, workloadHours: module.workloadHours });
      }
    });
  });
});
