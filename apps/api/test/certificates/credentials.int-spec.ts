import { createUser, GraphQLClient, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { createHash } from 'node:crypto';
import { startApp } from '../support/app';
import { type Json, publishedCredentialDocuments, verifyIndependently } from '../support/verify-independently';
import { certificateHelpers, CertificateRow, emailOf, MINE, REISSUE, REVOKE, signedIn, startCertificatesApp } from './support';

describe('Open Badges 3.0 credentials for certificates', () => {
  let t: TestApp, admin: GraphQLClient, anonymous: GraphQLClient;
  beforeAll(async () => ({ t, admin, anonymous } = await startCertificatesApp()));
  afterAll(() => t.close());
  const { issue, cohortWith } = certificateHelpers(() => ({ t, admin, anonymous }));

  const published = () => publishedCredentialDocuments(t);

  async function holderOf(participantId: string): Promise<GraphQLClient> {
    return signedIn(t, await emailOf(t.db, participantId));
  }

  it('serves did:web of the public host with the signing key as Multikey under assertionMethod', async () => {
    const res = await t.http().get('/.well-known/did.json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/did\+json/);
    const doc = res.body as { id: string; verificationMethod: { id: string; type: string; controller: string; publicKeyMultibase: string }[]; assertionMethod: string[] };
    expect(doc.id).toBe('did:web:campus.test');
    expect(doc.verificationMethod).toHaveLength(1);
    expect(doc.verificationMethod[0]).toMatchObject({ type: 'Multikey', controller: 'did:web:campus.test' });
    expect(doc.verificationMethod[0].publicKeyMultibase).toMatch(/^z6Mk/);
    expect(doc.assertionMethod).toEqual([doc.verificationMethod[0].id]);
  });

  it('signs an OpenBadgeCredential for every issued certificate; the holder downloads it and an independent verifier accepts it offline, a tampered copy not', async () => {
    const f = await cohortWith(1);
    const certificate = await issue(f.enrolmentIds[0]);
    const holder = await holderOf(f.participantIds[0]);
    const mine = (await holder.ok<{ myCertificates: (CertificateRow & { credentialUrl: string | null })[] }>(`{ myCertificates { id number credentialUrl } }`)).myCertificates;
    expect(mine).toEqual([{ id: certificate.id, number: certificate.number, credentialUrl: `/api/certificates/${certificate.id}/credential.json` }]);

    const res = await holder.agent.get(mine[0].credentialUrl as string).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(res.headers['content-disposition']).toContain(`Zertifikat-${certificate.number}.credential.json`);
    const credential = JSON.parse(res.text) as Json & { credentialSubject: Json & { identifier: { identityHash: string; salt: string }[]; achievement: Json & { criteria: { narrative: string } } }; proof: Json; issuer: Json };

    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json']);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).toMatchObject({ id: 'did:web:campus.test', type: ['Profile'], name: 'Hochschule Niederrhein', url: 'https://www.hs-niederrhein.de' });
    // The issuer's image is the documents' seal, served by the app (not the portal's favicon).
    expect(credential.issuer.image).toEqual({ id: 'http://campus.test/api/credentials/issuer.svg', type: 'Image', caption: 'Hochschule Niederrhein' });
    const image = await t.http().get('/api/credentials/issuer.svg').buffer(true).expect(200);
    expect(image.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(image.headers['access-control-allow-origin']).toBe('*');
    expect(String(image.body)).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 100 100"[\s\S]*<title>Siegel – Hochschule Niederrhein<\/title>[\s\S]*<\/svg>\n$/);
    expect(credential.validFrom).toBe(certificate.issuedAt.replace(/\.\d{3}Z$/, 'Z'));
    expect(credential.credentialSchema).toEqual([{ id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' }]);
    expect(credential.credentialSubject).toMatchObject({ type: ['AchievementSubject'], name: 'Teilnehmer:in 1' });
    // The address only as a salted hash: a verifier who knows it can check it, nobody can read it.
    const [identity] = credential.credentialSubject.identifier;
    const email = await emailOf(t.db, f.participantIds[0]);
    expect(identity).toMatchObject({ type: 'IdentityObject', identityType: 'emailAddress', hashed: true });
    expect(identity.identityHash).toBe(`sha256$${createHash('sha256').update(email.toLowerCase() + identity.salt).digest('hex')}`);
    expect(JSON.stringify(credential)).not.toContain(email);
    expect(credential.credentialSubject.achievement).toMatchObject({ type: ['Achievement'], achievementType: 'Certificate', name: 'Konfliktmanager:in' });
    const narrative = credential.credentialSubject.achievement.criteria.narrative;
    expect(narrative).toContain('aller 5 Module');
    expect(narrative.match(/\(\d+ Stunden\)/g)).toHaveLength(5);
    expect(credential.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' });
    expect(credential.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListCredential: 'http://campus.test/api/credentials/status/1' });

    const documents = await published();
    const ok = verifyIndependently(credential, documents);
    expect(ok).toEqual({ verified: true, signature: true, errors: [], status: [{ purpose: 'revocation', set: false }] });

    const tampered = structuredClone(credential);
    tampered.credentialSubject.name = 'Mallory Mustermann';
    expect(verifyIndependently(tampered, documents)).toMatchObject({ verified: false, signature: false });
    // Signed by someone else's key: the DID document does not list it.
    const foreignKey = { ...documents['https://campus.test/.well-known/did.json'], verificationMethod: [], assertionMethod: [] };
    expect(verifyIndependently(credential, { ...documents, 'https://campus.test/.well-known/did.json': foreignKey }).verified).toBe(false);
  });

  it('gives the credential only to its holder and admins (401 without a session, 404 to others)', async () => {
    const f = await cohortWith(2);
    const certificate = await issue(f.enrolmentIds[0]);
    const url = `/api/certificates/${certificate.id}/credential.json`;
    await t.http().get(url).expect(401);
    const other = await holderOf(f.participantIds[1]);
    expect((await other.agent.get(url).expect(404)).body).toEqual({ code: 'CERTIFICATE_NOT_FOUND' });
    const trainer = await signedIn(t, (await createUser(t.db, { roles: [Role.TRAINER] })).email);
    await trainer.agent.get(url).expect(404);
    await admin.agent.get(url).expect(200);
    expect((await other.ok<{ myCertificates: unknown[] }>(MINE)).myCertificates).toEqual([]);
  });

  it('revoking or superseding a certificate sets its bit in the signed status list, and the independent verifier sees it', async () => {
    const f = await cohortWith(2);
    const [revoked, reissued] = [await issue(f.enrolmentIds[0]), await issue(f.enrolmentIds[1])];
    const download = async (id: string) => (await admin.agent.get(`/api/certificates/${id}/credential.json`).expect(200)).body as Json;
    const [first, second] = [await download(revoked.id), await download(reissued.id)];
    const before = await published();
    expect(verifyIndependently(first, before).status).toEqual([{ purpose: 'revocation', set: false }]);

    await admin.ok(REVOKE, { input: { certificateId: revoked.id, reason: 'ISSUED_IN_ERROR' } });
    const fresh = (await admin.ok<{ reissueCertificate: CertificateRow }>(REISSUE, { input: { certificateId: reissued.id, printedName: 'Neu Name', reason: 'Name korrigiert' } })).reissueCertificate;
    const after = await published();
    // Still genuinely ours (signature), but revoked.
    expect(verifyIndependently(first, after)).toMatchObject({ signature: true, status: [{ purpose: 'revocation', set: true }] });
    expect(verifyIndependently(second, after)).toMatchObject({ signature: true, status: [{ purpose: 'revocation', set: true }] });
    const corrected = await download(fresh.id);
    expect((corrected.credentialSubject as Json).name).toBe('Neu Name');
    expect(verifyIndependently(corrected, after)).toEqual({ verified: true, signature: true, errors: [], status: [{ purpose: 'revocation', set: false }] });

    // A forged status list (the bits of before, the proof of after) is refused.
    const LIST = 'http://campus.test/api/credentials/status/1';
    const [listBefore, listAfter] = [before[LIST], after[LIST]] as (Json & { credentialSubject: Json })[];
    expect(listAfter.credentialSubject.encodedList).not.toBe(listBefore.credentialSubject.encodedList);
    const forged = { ...after, [LIST]: { ...listAfter, credentialSubject: listBefore.credentialSubject } };
    expect(verifyIndependently(first, forged).verified).toBe(false);
    await t.http().get('/api/credentials/status/99').expect(404);
    await t.http().get('/api/credentials/status/abc').expect(400);
  });

  describe('verifyCredential (the /verify page)', () => {
    const VERIFY_CREDENTIAL = `mutation($input: VerifyCredentialInput!) { verifyCredential(input: $input) {
      verified signatureValid issuedHere issuerId issuerName revoked validFrom validUntil outsideValidity holderName achievementName } }`;
    const check = async (credential: unknown) =>
      (await anonymous.ok<{ verifyCredential: Json }>(VERIFY_CREDENTIAL, { input: { json: typeof credential === 'string' ? credential : JSON.stringify(credential) } })).verifyCredential;

    it('shows signature, issuer, status and dates; a revoked credential reads revoked; tampered and foreign ones fail', async () => {
      const f = await cohortWith(1);
      const certificate = await issue(f.enrolmentIds[0]);
      const credential = (await admin.agent.get(`/api/certificates/${certificate.id}/credential.json`).expect(200)).body as Json & { credentialSubject: Json };
      const expected = {
        verified: true,
        signatureValid: true,
        issuedHere: true,
        issuerId: 'did:web:campus.test',
        issuerName: 'Hochschule Niederrhein',
        revoked: false,
        validFrom: certificate.issuedAt.replace(/\.\d{3}Z$/, 'Z'),
        validUntil: null,
        outsideValidity: false,
        holderName: 'Teilnehmer:in 1',
        achievementName: 'Konfliktmanager:in',
      };
      expect(await check(credential)).toEqual(expected);

      expect(await check({ ...credential, credentialSubject: { ...credential.credentialSubject, name: 'Mallory' } })).toMatchObject({ verified: false, signatureValid: false, holderName: 'Mallory' });
      expect(await check({ ...credential, issuer: { id: 'did:web:elsewhere.example', name: 'Hochschule Niederrhein' } })).toMatchObject({ verified: false, signatureValid: false, issuedHere: false, revoked: null });

      await admin.ok(REVOKE, { input: { certificateId: certificate.id, reason: 'MISCONDUCT' } });
      expect(await check(credential)).toEqual({ ...expected, verified: false, revoked: true });
    });

    it('refuses what is not a credential with a translated message', async () => {
      for (const input of ['{"nicht": "json"', '[]', '{"type": ["Badge"]}', 'null']) {
        expect(await anonymous.error(VERIFY_CREDENTIAL, { input: { json: input } })).toMatchObject({
          code: 'NOT_A_CREDENTIAL',
          message: expect.stringContaining('kein digitaler Nachweis'),
        });
      }
      const en = t.client('en');
      expect((await en.error(VERIFY_CREDENTIAL, { input: { json: '{' } })).message).toContain('not a digital credential');
      expect((await anonymous.error(VERIFY_CREDENTIAL, { input: { json: 'x'.repeat(200_001) } })).code).toBe('BAD_USER_INPUT');
    });
  });

  it('gives the holder the values for LinkedIn and a link that pre-fills them', async () => {
    const f = await cohortWith(1);
    const certificate = await issue(f.enrolmentIds[0]);
    const holder = await holderOf(f.participantIds[0]);
    const [mine] = (await holder.ok<{ myCertificates: { linkedIn: Record<string, string | number> }[] }>(`{ myCertificates { linkedIn { name organizationName issueYear issueMonth certUrl certId addUrl } } }`)).myCertificates;
    const issued = new Date(certificate.issuedAt);
    const berlin = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: 'numeric' }).formatToParts(issued);
    expect(mine.linkedIn).toMatchObject({
      name: 'Zertifikat Konfliktmanager:in – KoKo II – Kommunales Konfliktmanagement fördern',
      organizationName: 'Hochschule Niederrhein',
      issueYear: Number(berlin.find((p) => p.type === 'year')?.value),
      issueMonth: Number(berlin.find((p) => p.type === 'month')?.value),
      certUrl: `http://campus.test/verify/${certificate.verificationCode}`,
      certId: certificate.number,
    });
    const url = new URL(String(mine.linkedIn.addUrl));
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: mine.linkedIn.name,
      organizationName: 'Hochschule Niederrhein',
      issueYear: String(mine.linkedIn.issueYear),
      issueMonth: String(mine.linkedIn.issueMonth),
      certUrl: mine.linkedIn.certUrl,
      certId: certificate.number,
    });
    await admin.ok(REVOKE, { input: { certificateId: certificate.id, reason: 'OTHER' } });
    expect((await holder.ok<{ myCertificates: { linkedIn: unknown }[] }>(`{ myCertificates { linkedIn { name } } }`)).myCertificates[0].linkedIn).toBeNull();
  });

  it('keeps a rotated key in the DID document, so credentials signed with it still verify', async () => {
    const f = await cohortWith(1);
    const certificate = await issue(f.enrolmentIds[0]);
    const credential = (await admin.agent.get(`/api/certificates/${certificate.id}/credential.json`).expect(200)).body as Json;
    const oldKey = ((await t.http().get('/.well-known/did.json')).body as { verificationMethod: { publicKeyMultibase: string }[] }).verificationMethod[0].publicKeyMultibase;

    const rotated = await startApp({
      CREDENTIAL_SIGNING_KEY: 'zrv1GFYEFE6QTAGp5KpxJ1EWKHmd7aqtDq8UdbciRm2XiCcPcE7thEAYcPTynwYtAXat7R8Udi39CAVtWDvMu4NVWGU',
      CREDENTIAL_RETIRED_KEYS: oldKey,
    });
    try {
      const did = (await rotated.http().get('/.well-known/did.json').expect(200)).body as { verificationMethod: { publicKeyMultibase: string }[]; assertionMethod: string[] };
      expect(did.verificationMethod.map((m) => m.publicKeyMultibase)).toEqual(['z6MknvgqsVRnwqf9gWpTtwvjLA2GReWW98aab5UwwySxCdFa', oldKey]);
      expect(did.assertionMethod).toHaveLength(2);
      const documents = { ...(await published()), 'https://campus.test/.well-known/did.json': did as unknown as Json };
      expect(verifyIndependently(credential, documents)).toMatchObject({ verified: true, signature: true });
    } finally {
      await rotated.close();
    }
  });
});
