import { samplePng } from '@koko/api/core/storage/testing';
import { accountOf, completeModules, createCertificate, createRunningCohort, GraphQLClient, TestApp, updateUser } from '@koko/api/testing';
import { randomBytes } from 'node:crypto';
import { startApp } from '../support/app';
import { certificateHelpers, download, FIND, PublicView, sha256, startCertificatesApp, VERIFY, VERIFY_FILE } from './support';

describe('certificates', () => {
  let t: TestApp, admin: GraphQLClient, anonymous: GraphQLClient;
  beforeAll(async () => ({ t, admin, anonymous } = await startCertificatesApp()));
  afterAll(() => t.close());
  const { issue, verify, cohortWith } = certificateHelpers(() => ({ t, admin, anonymous }));

  describe('public verification', () => {
    it('answers null for an unknown code and CODE_MALFORMED for a malformed one', async () => {
      expect(await verify(randomBytes(32).toString('base64url'))).toBeNull();
      const malformed = await anonymous.error(VERIFY, { code: 'abc!def' });
      expect(malformed).toMatchObject({ code: 'CODE_MALFORMED', message: 'Dieser Prüfcode ist ungültig. Bitte prüfen Sie die Adresse oder den QR-Code.' });
      expect((await t.client('en').error(VERIFY, { code: '../../etc/passwd' })).message).toBe('This verification code is invalid. Please check the address or the QR code.');
    });

    it('finds a certificate by number and surname, ignoring accents and case; a wrong surname finds nothing', async () => {
      const f = await createRunningCohort(t.db, { participants: 1 });
      await updateUser(t.db, f.participantIds[0], { displayName: 'Łukasz Żółć', certificateName: 'Łukasz Żółć' });
      await completeModules(t.db, f, f.enrolmentIds);
      const c = await createCertificate(t, f.enrolmentIds[0]);
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
      expect(fields).toEqual(['eventDate', 'eventTitle', 'issuedOn', 'kind', 'number', 'printedName', 'programmeTitle', 'revocationReason', 'revokedOn', 'state', 'supersededByCode', 'verificationCode']);
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
      expect(await accountOf(t.db, userId)).toEqual({ email: `anonymisiert-${userId}@anonymisiert.invalid`, displayName: 'Anonymisierte Person', certificateName: '' });

      expect(await verify(c.verificationCode)).toMatchObject({ state: 'VALID', number: c.number, printedName: 'Teilnehmer:in 1' });
      expect((await anonymous.ok<{ findCertificate: PublicView | null }>(FIND, { input: { number: c.number, surname: '1' } })).findCertificate).toBeNull();
      expect((await anonymous.ok<{ findCertificate: PublicView | null }>(FIND, { input: { number: c.number, surname: 'Teilnehmer:in 1' } })).findCertificate).toMatchObject({ number: c.number });
      // The stored PDF is untouched, and the original check still knows it.
      const pdf = (await download(admin.agent, c.downloadUrl)).body;
      expect(sha256(pdf)).toBe(c.sha256);
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
    const second = new Date().getUTCSeconds();
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
