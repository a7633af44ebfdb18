import { createUser, GraphQLClient, TestApp } from '@koko/api/testing';
import { popplerAttachments } from '@koko/api/core/documents/testing';
import { Role } from '@koko/shared';
import { type Json, publishedCredentialDocuments, verifyIndependently } from '../support/verify-independently';
import { CERTIFICATE_FIELDS, certificateHelpers, CertificateRow, download, emailOf, sha256, signedIn, startCertificatesApp } from './support';

const REISSUE_WITH_CREDENTIAL = `mutation($id: ID!) { reissueCertificateWithCredential(certificateId: $id) { ${CERTIFICATE_FIELDS} credentialUrl } }`;
const MINE = `{ myCertificates { id number state credentialUrl supersededById reissueReason } }`;

/**
 * A certificate issued before credentials existed (no row in `credentials`) keeps verifying as it
 * did, and its holder (or an admin) can have it reissued with a credential inside a new PDF/A.
 */
describe('reissuing an earlier certificate with a credential', () => {
  let t: TestApp, admin: GraphQLClient, anonymous: GraphQLClient;
  beforeAll(async () => ({ t, admin, anonymous } = await startCertificatesApp()));
  afterAll(() => t.close());
  const { issue, verify, cohortWith } = certificateHelpers(() => ({ t, admin, anonymous }));

  /** Issued as before this change: the certificate without a credential. */
  async function earlierCertificate(enrolmentId: string): Promise<CertificateRow> {
    const certificate = await issue(enrolmentId);
    await t.db.query(`DELETE FROM credentials WHERE document_id = $1`, [certificate.id]);
    return certificate;
  }

  it('lets the holder reissue it: new number, PDF/A with a verifiable credential inside; the old PDF keeps its bytes and points to the new one', async () => {
    const f = await cohortWith(2);
    const old = await earlierCertificate(f.enrolmentIds[0]);
    const holder = await signedIn(t, await emailOf(t.db, f.participantIds[0]));
    expect((await holder.ok<{ myCertificates: Json[] }>(MINE)).myCertificates).toEqual([expect.objectContaining({ id: old.id, state: 'VALID', credentialUrl: null })]);
    expect(await verify(old.verificationCode)).toMatchObject({ state: 'VALID', number: old.number });

    const fresh = (await holder.ok<{ reissueCertificateWithCredential: CertificateRow & { credentialUrl: string } }>(REISSUE_WITH_CREDENTIAL, { id: old.id })).reissueCertificateWithCredential;
    expect(fresh).toMatchObject({ state: 'VALID', printedName: old.printedName, supersedesId: old.id, credentialUrl: `/api/certificates/${fresh.id}/credential.json` });
    expect(fresh.number).not.toBe(old.number);
    const mine = (await holder.ok<{ myCertificates: Json[] }>(MINE)).myCertificates;
    expect(mine).toContainEqual(expect.objectContaining({ id: old.id, state: 'SUPERSEDED', supersededById: fresh.id, reissueReason: 'Neuausstellung mit digitalem Nachweis auf Anfrage' }));
    expect(await verify(old.verificationCode)).toMatchObject({ state: 'SUPERSEDED', supersededByCode: fresh.verificationCode });
    expect(sha256((await download(holder.agent, old.downloadUrl).expect(200)).body as Buffer)).toBe(old.sha256);

    const pdf = (await download(holder.agent, fresh.downloadUrl).expect(200)).body as Buffer;
    const { files } = popplerAttachments(pdf);
    const embedded = JSON.parse(files[`Zertifikat-${fresh.number}.credential.json`].toString('utf8')) as Json;
    expect(verifyIndependently(embedded, await publishedCredentialDocuments(t))).toEqual({ verified: true, signature: true, errors: [], status: [{ purpose: 'revocation', set: false }] });

    // Once is enough: the new one has a credential, the old one is no longer valid.
    expect(await holder.error(REISSUE_WITH_CREDENTIAL, { id: fresh.id })).toMatchObject({ code: 'ALREADY_HAS_CREDENTIAL', message: expect.stringContaining('bereits einen digitalen Nachweis') });
    expect((await holder.error(REISSUE_WITH_CREDENTIAL, { id: old.id })).code).toBe('NOT_VALID');
  });

  it('refuses other participants and trainers as if the certificate did not exist; admins may do it for anyone', async () => {
    const f = await cohortWith(2);
    const old = await earlierCertificate(f.enrolmentIds[0]);
    const other = await signedIn(t, await emailOf(t.db, f.participantIds[1]));
    expect((await other.error(REISSUE_WITH_CREDENTIAL, { id: old.id })).code).toBe('CERTIFICATE_NOT_FOUND');
    const trainer = await signedIn(t, (await createUser(t.db, { roles: [Role.TRAINER] })).email);
    expect((await trainer.error(REISSUE_WITH_CREDENTIAL, { id: old.id })).code).toBe('CERTIFICATE_NOT_FOUND');
    expect((await anonymous.error(REISSUE_WITH_CREDENTIAL, { id: old.id })).code).toBe('UNAUTHENTICATED');
    expect((await admin.error(REISSUE_WITH_CREDENTIAL, { id: 'kein-uuid' })).code).toBe('BAD_USER_INPUT');
    expect(await verify(old.verificationCode)).toMatchObject({ state: 'VALID' });

    const fresh = (await admin.ok<{ reissueCertificateWithCredential: CertificateRow & { credentialUrl: string } }>(REISSUE_WITH_CREDENTIAL, { id: old.id })).reissueCertificateWithCredential;
    expect(fresh).toMatchObject({ state: 'VALID', supersedesId: old.id, credentialUrl: expect.stringContaining(fresh.id) });
  });
});
