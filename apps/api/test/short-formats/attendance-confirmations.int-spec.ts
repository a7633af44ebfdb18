import { createUser, eventually, GraphQLClient, TestApp, waitForMail } from '@koko/api/testing';
import { collapseWhitespace, pdfXmp, popplerAttachments, popplerInfo, readCertificatePdf } from '@koko/api/core/documents/testing';
import { EventsClock } from '@koko/api/events';
import { randomUUID } from 'node:crypto';
import { download, sha256 } from '../certificates/support';
import { publishedCredentialDocuments, verifyIndependently } from '../support/verify-independently';
import { CHECK_IN, HELD, HOUR, ShortFormatsHarness, tag } from './support';

const ISSUE = `mutation($id: ID!) { issueShortFormatAttendanceConfirmations(shortFormatId: $id) }`;
const LINK = `query($input: RegistrationTokenInput!) { shortFormatRegistration(input: $input) { state attendanceConfirmation { number issuedAt downloadUrl } } }`;
const PUBLIC = `kind state number printedName programmeTitle issuedOn eventTitle eventDate verificationCode`;
const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { ${PUBLIC} } }`;
const FIND = `query($input: FindCertificateInput!) { findCertificate(input: $input) { ${PUBLIC} } }`;
const VERIFY_FILE = `mutation($input: VerifyFileInput!) { verifyCertificateFile(input: $input) { original certificate { kind number printedName eventTitle } } }`;

interface ConfirmationRow {
  id: string;
  registration_id: string;
  user_id: string | null;
  number: string;
  sequence: number;
  printed_name: string;
  verification_code: string;
  sha256: string;
}

describe('short formats: Teilnahmebescheinigung', () => {
  let h: ShortFormatsHarness;
  let t: TestApp, admin: GraphQLClient, anonymous: GraphQLClient, clock: EventsClock;
  beforeAll(async () => {
    h = await ShortFormatsHarness.start();
    ({ t, admin, anonymous, clock } = h);
  });
  afterAll(() => h.close());
  afterEach(() => jest.restoreAllMocks());

  const rows = async (shortFormatId: string) =>
    (await t.db.query(`SELECT * FROM short_format_attendance_confirmations WHERE short_format_id = $1 ORDER BY sequence`, [shortFormatId])) as ConfirmationRow[];
  const registrationId = async (email: string, shortFormatId: string) =>
    ((await t.db.query(`SELECT id FROM short_format_registrations WHERE email = $1 AND short_format_id = $2`, [email, shortFormatId])) as { id: string }[])[0].id;

  /** A hybrid event on 2031-07-01 with A and B confirmed and C waiting; the clock stands half an hour before the start. */
  async function heldSoon(names: string[] = ['Łukasz Żółć', 'Anna Müller', 'Carla Warteliste']) {
    const start = new Date('2031-07-01T08:00:00Z');
    const before = new Date(start.getTime() - 3 * HOUR);
    jest.spyOn(clock, 'now').mockReturnValue(before);
    const title = `Rassismus erkennen – Handlungssicherheit ${tag()}`;
    const id = await h.published({ title, capacity: 2, format: 'HYBRID', address: 'Rathaus Kleve, Minoritenplatz 1' }, before, 3);
    const emails = names.map((_, i) => `p${i}.${tag()}@example.org`);
    for (const [i, email] of emails.entries()) await h.confirmAnonymously(id, email, { name: names[i], locale: i === 1 ? 'EN' : 'DE' });
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() - 30 * 60_000));
    return { id, title, start, emails };
  }

  it('is issued in the background when the event is marked held, only for checked-in attendees; it downloads through the personal link and verifies on /verify', async () => {
    const { id, title, start, emails } = await heldSoon();
    const [a, b, c] = emails;
    await admin.ok(CHECK_IN, { input: { shortFormatId: id, registrationId: await registrationId(a, id) } });
    // Not before the event is held.
    expect((await admin.error(ISSUE, { id })).code).toBe('EVENT_NOT_HELD');

    jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() + 3 * HOUR));
    await admin.ok(HELD, { id });
    await eventually(async () => (await rows(id)).length, 1, 30_000);
    const [row] = await rows(id);
    expect(row).toMatchObject({ registration_id: await registrationId(a, id), number: 'KOKO-TB-2031-000001', sequence: 1, printed_name: 'Łukasz Żółć', user_id: null });

    // The mail points to the personal link's page; the page offers the download.
    const mail = await waitForMail(t.db, a, { subject: /^Ihre Teilnahmebescheinigung/ });
    const tokenA = await h.tokenOf(a, id);
    expect(mail.text).toContain(`/veranstaltungen/anmeldung/${tokenA}`);
    const view = (await anonymous.ok<{ shortFormatRegistration: { attendanceConfirmation: { number: string; downloadUrl: string } | null } }>(LINK, { input: { token: tokenA } }))
      .shortFormatRegistration.attendanceConfirmation;
    expect(view).toMatchObject({ number: row.number, downloadUrl: `/api/short-formats/registrations/${tokenA}/attendance-confirmation.pdf` });

    const pdf = await download(t.http(), view!.downloadUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`Teilnahmebescheinigung-${row.number}.pdf`);
    const bytes = pdf.body as Buffer;
    expect(sha256(bytes)).toBe(row.sha256);
    const content = await readCertificatePdf(bytes);
    const text = collapseWhitespace(content.text);
    expect(content.pages).toBe(1);
    expect(content.text.split('\n')).toEqual(expect.arrayContaining(['Teilnahmebescheinigung', 'Łukasz Żółć']));
    expect(text).toContain(title);
    expect(text).toContain('Ausgestellt im Auftrag der Hochschule Niederrhein');
    expect(text).toContain(`Nr. ${row.number}`);
    expect(content.qrCodes).toEqual([`http://campus.test/verify/${row.verification_code}`]);
    // A tagged PDF/A-3b carrying its signed credential, which an independent verifier accepts offline.
    expect(popplerInfo(bytes)).toMatchObject({ Tagged: 'yes', 'PDF version': '1.7' });
    expect(pdfXmp(bytes)).toContain('<pdfaid:part>3</pdfaid:part>');
    const { list, files } = popplerAttachments(bytes);
    expect(list).toEqual([`Teilnahmebescheinigung-${row.number}.credential.json`]);
    const credential = JSON.parse(files[list[0]].toString('utf8')) as { credentialSubject: { name: string; achievement: { achievementType: string; name: string } } } & Record<string, unknown>;
    expect(credential.credentialSubject).toMatchObject({ name: 'Łukasz Żółć', achievement: { achievementType: 'CertificateOfCompletion', name: `Teilnahme: ${title}` } });
    // Under this spec's clock (2031) the signature checks; the status list's own date is then in the
    // verifier's future, which is why only the signature is asserted here (status: credentials.int-spec).
    expect(verifyIndependently(credential, await publishedCredentialDocuments(t), clock.now()).signature).toBe(true);
    const tampered = { ...credential, credentialSubject: { ...credential.credentialSubject, name: 'Mallory' } };
    expect(verifyIndependently(tampered, await publishedCredentialDocuments(t), clock.now()).signature).toBe(false);

    // B was not checked in, C waited: nothing for them.
    for (const email of [b, c]) {
      const token = await h.tokenOf(email, id);
      expect((await anonymous.ok<{ shortFormatRegistration: { attendanceConfirmation: unknown } }>(LINK, { input: { token } })).shortFormatRegistration.attendanceConfirmation).toBeNull();
      expect((await t.http().get(`/api/short-formats/registrations/${token}/attendance-confirmation.pdf`)).status).toBe(404);
    }
    expect((await t.http().get(`/api/short-formats/registrations/${'x'.repeat(43)}/attendance-confirmation.pdf`)).status).toBe(404);

    // /verify: by the QR code's code, by number and surname, by the dropped PDF.
    const byCode = (await anonymous.ok<{ verifyCertificate: Record<string, unknown> }>(VERIFY, { code: row.verification_code })).verifyCertificate;
    expect(byCode).toEqual({
      kind: 'ATTENDANCE_CONFIRMATION',
      state: 'VALID',
      number: row.number,
      printedName: 'Łukasz Żółć',
      programmeTitle: 'KoKo II – Vernetzung',
      issuedOn: '2031-07-01',
      eventTitle: title,
      eventDate: '2031-07-01',
      verificationCode: row.verification_code,
    });
    const found = (await anonymous.ok<{ findCertificate: { number: string } | null }>(FIND, { input: { number: ` ${row.number.toLowerCase()} `, surname: 'zolc' } })).findCertificate;
    expect(found?.number).toBe(row.number);
    expect((await anonymous.ok<{ findCertificate: unknown }>(FIND, { input: { number: row.number, surname: 'Müller' } })).findCertificate).toBeNull();
    expect((await anonymous.ok<{ findCertificate: unknown }>(FIND, { input: { number: 'KOKO-TB-2031-999999', surname: 'Zolc' } })).findCertificate).toBeNull();
    const original = (await anonymous.ok<{ verifyCertificateFile: unknown }>(VERIFY_FILE, { input: { fileBase64: bytes.toString('base64') } })).verifyCertificateFile;
    expect(original).toEqual({ original: true, certificate: { kind: 'ATTENDANCE_CONFIRMATION', number: row.number, printedName: 'Łukasz Żółć', eventTitle: title } });
    const altered = Buffer.concat([bytes, Buffer.from('\n% altered\n')]);
    expect((await anonymous.ok<{ verifyCertificateFile: unknown }>(VERIFY_FILE, { input: { fileBase64: altered.toString('base64') } })).verifyCertificateFile).toEqual({
      original: false,
      certificate: null,
    });

    // A late check-in (organisers correct after the event): issued on demand, once, with the next number.
    await admin.ok(CHECK_IN, { input: { shortFormatId: id, registrationId: await registrationId(b, id) } });
    expect((await admin.ok<{ issueShortFormatAttendanceConfirmations: number }>(ISSUE, { id })).issueShortFormatAttendanceConfirmations).toBe(1);
    expect((await admin.ok<{ issueShortFormatAttendanceConfirmations: number }>(ISSUE, { id })).issueShortFormatAttendanceConfirmations).toBe(0);
    expect((await rows(id)).map((r) => r.number)).toEqual(['KOKO-TB-2031-000001', 'KOKO-TB-2031-000002']);
    // B registered in English: the confirmation and its mail are English.
    await waitForMail(t.db, b, { subject: /^Your certificate of attendance/ });
    const english = await readCertificatePdf((await download(t.http(), `/api/short-formats/registrations/${await h.tokenOf(b, id)}/attendance-confirmation.pdf`)).body as Buffer);
    expect(english.text.split('\n')).toContain('Certificate of Attendance');
    const trail = (await t.db.query(`SELECT action, after FROM audit_events WHERE entity_id = $1 AND action = 'short-format-registration.attendance-confirmed'`, [await registrationId(b, id)])) as {
      after: Record<string, unknown>;
    }[];
    expect(trail).toEqual([{ action: 'short-format-registration.attendance-confirmed', after: expect.objectContaining({ number: 'KOKO-TB-2031-000002' }) }]);
    expect((await admin.error(ISSUE, { id: randomUUID() })).code).toBe('SHORT_FORMAT_NOT_FOUND');
  });

  it('parallel runs issue each confirmation once with gap-free numbers; holders with an account download theirs signed in, nobody else does', async () => {
    const { id, start, emails } = await heldSoon(['Eins Person', 'Zwei Person']);
    const holder = await createUser(t.db, {});
    const holderClient = t.client();
    await holderClient.signIn(holder.email, holder.password);
    // A signed-in user registering their own address is confirmed at once (capacity 2 + 1 waiting is fine: an organiser raises it).
    await admin.ok(`mutation($input: UpdateShortFormatInput!) { updateShortFormat(input: $input) { id } }`, {
      input: { id, ...h.input({ capacity: 5, format: 'HYBRID', address: 'Rathaus Kleve, Minoritenplatz 1' }, new Date(start.getTime() - 3 * HOUR), 3) },
    });
    await holderClient.ok(`mutation($input: RegisterInput!) { registerForShortFormat(input: $input) }`, {
      input: { shortFormatId: id, name: holder.displayName, email: holder.email, municipalityId: null, organisation: 'Stadt Kleve', locale: 'DE' },
    });
    for (const email of [...emails, holder.email]) await admin.ok(CHECK_IN, { input: { shortFormatId: id, registrationId: await registrationId(email, id) } });
    const before = ((await t.db.query(`SELECT last_number FROM short_format_confirmation_counters WHERE year = 2031`)) as { last_number: number }[])[0]?.last_number ?? 0;
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() + 3 * HOUR));
    await admin.ok(HELD, { id });
    const counts = await Promise.all([1, 2, 3].map(async () => (await admin.ok<{ issueShortFormatAttendanceConfirmations: number }>(ISSUE, { id })).issueShortFormatAttendanceConfirmations));
    await eventually(async () => (await rows(id)).length, 3, 30_000);
    // The background run and the three on-demand runs together issued exactly three.
    expect(counts.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(3);
    const issued = await rows(id);
    expect(issued.map((r) => r.sequence)).toEqual([before + 1, before + 2, before + 3]);

    const mine = issued.find((r) => r.user_id === holder.id)!;
    expect(mine).toBeDefined();
    const path = `/api/short-formats/attendance-confirmations/${mine.id}.pdf`;
    const own = await download(holderClient.agent, path);
    expect(own.status).toBe(200);
    expect(sha256(own.body as Buffer)).toBe(mine.sha256);
    expect((await download(admin.agent, path)).status).toBe(200);
    expect((await t.http().get(path)).status).toBe(401);
    const other = t.client();
    const stranger = await createUser(t.db, {});
    await other.signIn(stranger.email, stranger.password);
    expect((await other.agent.get(path)).status).toBe(404);
    const anonymousRow = issued.find((r) => r.user_id === null)!;
    expect((await holderClient.agent.get(`/api/short-formats/attendance-confirmations/${anonymousRow.id}.pdf`)).status).toBe(404);
  });
});
