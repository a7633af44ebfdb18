import { certificateRows, GraphQLClient, TestApp, waitForMail } from '@koko/api/testing';
import { randomUUID } from 'node:crypto';
import { berlinDay, certificateHelpers, CertificateRow, COHORT_CERTIFICATES, emailOf, NUMBER, REISSUE, REVOKE, signedIn, startCertificatesApp } from './support';

describe('certificates', () => {
  let t: TestApp, admin: GraphQLClient, anonymous: GraphQLClient;
  beforeAll(async () => ({ t, admin, anonymous } = await startCertificatesApp()));
  afterAll(() => t.close());
  const { issue, verify, cohortWith } = certificateHelpers(() => ({ t, admin, anonymous }));

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
      expect((await certificateRows(t.db, { id: c.id }))[0].revocationReason).toBe('requirements_not_met');
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
      expect((await certificateRows(t.db, { id: old.id }))[0]).toMatchObject({ supersededById: fresh.id, reissueReason: 'Name auf Wunsch korrigiert' });

      const mail = await waitForMail(t.db, await emailOf(t.db, f.participantIds[0]), { subject: /neu ausgestellt/ });
      expect(mail.subject).toBe(`Ihr Zertifikat wurde neu ausgestellt: ${fresh.number}`);
      expect(mail.text).toContain(old.number);
      expect(mail.text).toContain('Name auf Wunsch korrigiert');

      // The superseded one can be neither revoked nor reissued again.
      expect((await admin.error(REISSUE, { input: { certificateId: old.id, reason: 'Noch einmal' } })).code).toBe('NOT_VALID');
      expect((await admin.error(REVOKE, { input: { certificateId: old.id, reason: 'OTHER' } })).code).toBe('NOT_VALID');
    });
  });

  describe('the printed title follows the person', () => {
    const PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { certificateTitle } }`;
    const printedTitle = async (id: string) => (await certificateRows(t.db, { id }))[0].document['certificateTitle'];

    it('prints Konfliktmanager:in until the holder chooses, then their choice; a reissue prints the current choice', async () => {
      const f = await cohortWith(2);
      const email = await emailOf(t.db, f.participantIds[0]);
      const holder = await signedIn(t, email);
      const profile = (certificateTitle?: string) => holder.ok<{ updateProfile: { certificateTitle: string } }>(PROFILE, { input: { displayName: 'Eva', certificateName: 'Eva Beispiel', locale: 'DE', certificateTitle } });

      expect((await issue(f.enrolmentIds[1])).id).toBeDefined();
      expect((await certificateRows(t.db, { enrolmentId: f.enrolmentIds[1] }))[0].document['certificateTitle']).toBe('Konfliktmanager:in');

      expect((await profile('FEMININE')).updateProfile.certificateTitle).toBe('FEMININE');
      // Saving the profile without a title keeps the chosen one.
      expect((await profile()).updateProfile.certificateTitle).toBe('FEMININE');
      const first = await issue(f.enrolmentIds[0]);
      expect(await printedTitle(first.id)).toBe('Konfliktmanagerin');
      expect((await waitForMail(t.db, email, { subject: /ausgestellt/ })).subject).toBe(`Ihr Zertifikat „Konfliktmanagerin“ ist ausgestellt (${first.number})`);

      await profile('MASCULINE');
      const fresh = (await admin.ok<{ reissueCertificate: CertificateRow }>(REISSUE, { input: { certificateId: first.id, reason: 'Titel auf Wunsch geändert' } })).reissueCertificate;
      expect(await printedTitle(fresh.id)).toBe('Konfliktmanager');
      expect(await printedTitle(first.id)).toBe('Konfliktmanagerin');
      expect((await holder.error(PROFILE, { input: { displayName: 'Eva', certificateName: 'Eva Beispiel', locale: 'DE', certificateTitle: 'DOKTOR' } })).code).toBeDefined();
    });
  });

  describe('Mein Weg follows the certificate', () => {
    const MY_CERTIFICATE = `{ myProgress { enrolmentId certificateEligible certificate { status issuedAt revokedAt } } }`;
    type Mine = { myProgress: { enrolmentId: string; certificateEligible: boolean; certificate: { status: string; issuedAt: string | null; revokedAt: string | null } }[] };

    it('reads "to be issued", then "issued" (also after a reissue), then "revoked"; a participant still on the way reads "not yet"', async () => {
      const f = await cohortWith(2, 1);
      const holder = await signedIn(t, await emailOf(t.db, f.participantIds[0]));
      const other = await signedIn(t, await emailOf(t.db, f.participantIds[1]));
      const status = async (client: GraphQLClient) => (await client.ok<Mine>(MY_CERTIFICATE)).myProgress[0].certificate;

      expect(await status(other)).toEqual({ status: 'NOT_YET', issuedAt: null, revokedAt: null });
      expect(await status(holder)).toEqual({ status: 'TO_BE_ISSUED', issuedAt: null, revokedAt: null });
      const first = await issue(f.enrolmentIds[0]);
      expect(await status(holder)).toEqual({ status: 'ISSUED', issuedAt: first.issuedAt, revokedAt: null });
      const fresh = (await admin.ok<{ reissueCertificate: CertificateRow }>(REISSUE, { input: { certificateId: first.id, reason: 'Name korrigiert' } })).reissueCertificate;
      expect(await status(holder)).toEqual({ status: 'ISSUED', issuedAt: fresh.issuedAt, revokedAt: null });
      const revoked = (await admin.ok<{ revokeCertificate: CertificateRow }>(REVOKE, { input: { certificateId: fresh.id, reason: 'ISSUED_IN_ERROR' } })).revokeCertificate;
      expect(await status(holder)).toEqual({ status: 'REVOKED', issuedAt: fresh.issuedAt, revokedAt: revoked.revokedAt });
    });
  });
});
