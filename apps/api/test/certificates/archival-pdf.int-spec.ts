import { GraphQLClient, TestApp } from '@koko/api/testing';
import { pdfXmp, popplerAttachments, popplerInfo, popplerStructure } from '@koko/api/core/documents/testing';
import { type Json, publishedCredentialDocuments, verifyIndependently } from '../support/verify-independently';
import { certificateHelpers, download, emailOf, REVOKE, sha256, signedIn, startCertificatesApp } from './support';

/**
 * What an archive and a verifier get from the issued PDF itself, read with poppler (pdfinfo,
 * pdfdetach) rather than our own code: PDF/A-3b identification, tagging, language, and the signed
 * credential inside, which an independent verifier accepts offline.
 */
describe('certificates as PDF/A-3b with the credential inside', () => {
  let t: TestApp, admin: GraphQLClient, anonymous: GraphQLClient;
  beforeAll(async () => ({ t, admin, anonymous } = await startCertificatesApp()));
  afterAll(() => t.close());
  const { issue, cohortWith } = certificateHelpers(() => ({ t, admin, anonymous }));

  it('is tagged PDF/A-3b in German with headings and the module table, and carries the credential the holder downloads', async () => {
    const f = await cohortWith(1);
    const certificate = await issue(f.enrolmentIds[0]);
    const holder = await signedIn(t, await emailOf(t.db, f.participantIds[0]));
    const pdf = (await download(holder.agent, certificate.downloadUrl).expect(200)).body as Buffer;
    // The stored bytes, exactly as issued.
    expect(sha256(pdf)).toBe(certificate.sha256);

    const info = popplerInfo(pdf);
    expect(info).toMatchObject({ Tagged: 'yes', 'PDF version': '1.7', Pages: '1', Title: 'Zertifikat Konfliktmanager:in – Teilnehmer:in 1' });
    const xmp = pdfXmp(pdf);
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('<rdf:li>de-DE</rdf:li>');
    expect(pdf.toString('latin1')).toContain('/Lang (de-DE)');
    const structure = popplerStructure(pdf);
    expect(structure).toMatch(/H1 \(block\)\n\s+"Zertifikat"/);
    expect(structure).toMatch(/H2 \(block\)\n\s+"Inhalte der Fortbildung"/);
    expect(structure.match(/^\s+TR$/gm)).toHaveLength(6);
    expect(structure).toContain('"Teilnehmer:in 1"');

    const name = `Zertifikat-${certificate.number}.credential.json`;
    const { list, files } = popplerAttachments(pdf);
    expect(list).toEqual([name]);
    const embedded = JSON.parse(files[name].toString('utf8')) as Json & { credentialSubject: Json };
    const downloaded = (await holder.agent.get(`/api/certificates/${certificate.id}/credential.json`).expect(200)).body as Json;
    expect(embedded).toEqual(downloaded);
    expect(embedded.credentialSubject.name).toBe('Teilnehmer:in 1');
    expect(verifyIndependently(embedded, await publishedCredentialDocuments(t))).toEqual({ verified: true, signature: true, errors: [], status: [{ purpose: 'revocation', set: false }] });

    // Revoked later: the PDF keeps its bytes, and the credential inside now reads revoked.
    await admin.ok(REVOKE, { input: { certificateId: certificate.id, reason: 'ISSUED_IN_ERROR' } });
    const after = (await download(admin.agent, certificate.downloadUrl).expect(200)).body as Buffer;
    expect(sha256(after)).toBe(certificate.sha256);
    expect(verifyIndependently(embedded, await publishedCredentialDocuments(t))).toMatchObject({ signature: true, status: [{ purpose: 'revocation', set: true }] });
  });
});
