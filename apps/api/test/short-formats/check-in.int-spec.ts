import { auditTrail, GraphQLClient, shortFormatRegistrationOf, TestApp, waitForMail } from '@koko/api/testing';
import { EventsClock } from '@koko/api/events';
import { CHECK_IN, HOUR, ShortFormatsHarness, tag } from './support';

describe('short formats: check-in (controlled clock)', () => {
  let h: ShortFormatsHarness;
  let t: TestApp, admin: GraphQLClient, anonymous: GraphQLClient, clock: EventsClock;
  beforeAll(async () => {
    h = await ShortFormatsHarness.start();
    ({ t, admin, anonymous, clock } = h);
  });
  afterAll(() => h.close());
  afterEach(() => jest.restoreAllMocks());

  const UNDO = `mutation($input: UndoCheckInInput!) { undoShortFormatCheckIn(input: $input) { id checkedInAt } }`;
  const SELF = `mutation($input: RegistrationTokenInput!) { selfCheckInShortFormat(input: $input) { state checkedInAt selfCheckInOpen } }`;
  const LINK = `query($input: RegistrationTokenInput!) { shortFormatRegistration(input: $input) { state checkedInAt selfCheckInOpen checkInQrUrl checkInCode } }`;
  type CheckIn = { alreadyCheckedInAt: string | null; registration: { id: string; email: string; checkedInAt: string | null; checkedInVia: string | null } };
  const rowOf = (email: string, id: string) => shortFormatRegistrationOf(t.db, email, id);

  it('organisers check in by list, short code and QR code from an hour before the start; a repeat says when the first was; undo is logged', async () => {
    const start = new Date('2031-07-01T08:00:00Z');
    const before = new Date(start.getTime() - 3 * HOUR);
    jest.spyOn(clock, 'now').mockReturnValue(before);
    const id = await h.published({ capacity: 2, format: 'HYBRID', address: 'Rathaus Kleve, Minoritenplatz 1' }, before, 3);
    const [a, b, c] = ['a', 'b', 'c'].map((p) => `${p}.${tag()}@example.org`);
    for (const p of [a, b, c]) await h.confirmAnonymously(id, p);
    const [ra, rb, rc] = await Promise.all([a, b, c].map((p) => rowOf(p, id)));

    // The confirmation mail carries the short code and the QR code (an image of the random token only).
    const mail = await waitForMail(t.db, a, { subject: /^Ihr Platz ist bestätigt/ });
    expect(mail.text).toContain(ra.check_in_code);
    const qrUrl = /src="(https?:\/\/[^"]+\.png)"/.exec(mail.html)?.[1] ?? '';
    expect(qrUrl).toContain(`/api/short-formats/check-in/${ra.check_in_token}.png`);
    const qr = await t.http().get(new URL(qrUrl).pathname);
    expect(qr.status).toBe(200);
    expect(qr.headers['content-type']).toBe('image/png');
    expect(mail.html).not.toContain(a);

    // Two hours before the start: too early.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() - 2 * HOUR));
    expect((await admin.error(CHECK_IN, { input: { shortFormatId: id, code: ra.check_in_code } })).code).toBe('CHECK_IN_NOT_OPEN');

    const first = new Date(start.getTime() - 30 * 60_000);
    jest.spyOn(clock, 'now').mockReturnValue(first);
    const typed = `${ra.check_in_code.slice(0, 3).toLowerCase()} ${ra.check_in_code.slice(3)}`;
    const byCode = (await admin.ok<{ checkInShortFormatRegistration: CheckIn }>(CHECK_IN, { input: { shortFormatId: id, code: typed } })).checkInShortFormatRegistration;
    expect(byCode).toMatchObject({ alreadyCheckedInAt: null, registration: { email: a, checkedInAt: first.toISOString(), checkedInVia: 'CODE' } });
    jest.spyOn(clock, 'now').mockReturnValue(new Date(first.getTime() + 5 * 60_000));
    const again = (await admin.ok<{ checkInShortFormatRegistration: CheckIn }>(CHECK_IN, { input: { shortFormatId: id, registrationId: ra.id } })).checkInShortFormatRegistration;
    expect(again.alreadyCheckedInAt).toBe(first.toISOString());
    expect(again.registration.checkedInVia).toBe('CODE');

    const byQr = (await admin.ok<{ checkInShortFormatRegistration: CheckIn }>(CHECK_IN, { input: { shortFormatId: id, qrToken: rb.check_in_token } })).checkInShortFormatRegistration;
    expect(byQr.registration).toMatchObject({ email: b, checkedInVia: 'QR' });
    // C is on the waiting list; an unknown code is refused; so is a code of another event.
    expect((await admin.error(CHECK_IN, { input: { shortFormatId: id, registrationId: rc.id } })).code).toBe('CHECK_IN_NOT_CONFIRMED');
    expect((await admin.error(CHECK_IN, { input: { shortFormatId: id, code: 'ZZZZZZ' } })).code).toBe('CHECK_IN_NOT_FOUND');
    const other = await h.published({}, before, 3);
    expect((await admin.error(CHECK_IN, { input: { shortFormatId: other, code: ra.check_in_code } })).code).toBe('CHECK_IN_NOT_FOUND');

    const undone = (await admin.ok<{ undoShortFormatCheckIn: { checkedInAt: string | null } }>(UNDO, { input: { registrationId: rb.id, reason: 'Falsche Person angeklickt' } }))
      .undoShortFormatCheckIn;
    expect(undone.checkedInAt).toBeNull();
    const trail = await auditTrail(t.db, { entityId: rb.id });
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['short-format-registration.checked-in', 'short-format-registration.check-in-undone']));
    const undo = trail.find((e) => e.action === 'short-format-registration.check-in-undone')!;
    expect(undo.before).toMatchObject({ via: 'qr' });
    expect(undo.after).toMatchObject({ reason: 'Falsche Person angeklickt' });
    const detail = (await admin.ok<{ shortFormat: { counts: { checkedIn: number } } }>(`query($id: ID!) { shortFormat(id: $id) { counts { checkedIn } } }`, { id })).shortFormat;
    expect(detail.counts.checkedIn).toBe(1);
  });

  it('online: a confirmed registrant checks in through the personal link from 15 minutes before the start until the end', async () => {
    const start = new Date('2031-08-01T08:00:00Z');
    const early = new Date(start.getTime() - 20 * 60_000);
    jest.spyOn(clock, 'now').mockReturnValue(early);
    const id = await h.published({ capacity: 1 }, early, 20 / 60);
    const [a, b] = ['a', 'b'].map((p) => `${p}.${tag()}@example.org`);
    for (const p of [a, b]) await h.confirmAnonymously(id, p);
    const [ta, tb] = await Promise.all([a, b].map((p) => h.tokenOf(p, id)));
    const link = async (token: string) =>
      (await anonymous.ok<{ shortFormatRegistration: { selfCheckInOpen: boolean; checkedInAt: string | null; checkInQrUrl: string | null } }>(LINK, { input: { token } }))
        .shortFormatRegistration;

    expect(await link(ta)).toMatchObject({ selfCheckInOpen: false, checkedInAt: null, checkInQrUrl: null });
    expect((await anonymous.error(SELF, { input: { token: ta } })).code).toBe('CHECK_IN_NOT_OPEN');

    const at = new Date(start.getTime() - 10 * 60_000);
    jest.spyOn(clock, 'now').mockReturnValue(at);
    expect((await link(ta)).selfCheckInOpen).toBe(true);
    expect((await anonymous.ok<{ selfCheckInShortFormat: { checkedInAt: string; selfCheckInOpen: boolean } }>(SELF, { input: { token: ta } })).selfCheckInShortFormat).toMatchObject({
      checkedInAt: at.toISOString(),
      selfCheckInOpen: false,
    });
    // Repeating it is harmless; B is on the waiting list.
    expect((await anonymous.ok<{ selfCheckInShortFormat: { checkedInAt: string } }>(SELF, { input: { token: ta } })).selfCheckInShortFormat.checkedInAt).toBe(at.toISOString());
    expect((await anonymous.error(SELF, { input: { token: tb } })).code).toBe('CHECK_IN_NOT_CONFIRMED');
    const list = (await admin.ok<{ shortFormatRegistrations: { email: string; checkedInVia: string | null }[] }>(
      `query($id: ID!) { shortFormatRegistrations(shortFormatId: $id) { email checkedInVia } }`,
      { id },
    )).shortFormatRegistrations;
    expect(list.find((r) => r.email === a)?.checkedInVia).toBe('SELF');

    // After the end the link no longer checks in (organisers can still correct).
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() + 3 * HOUR));
    const undo = `mutation($input: UndoCheckInInput!) { undoShortFormatCheckIn(input: $input) { id } }`;
    const { id: aId } = await shortFormatRegistrationOf(t.db, a);
    await admin.ok(undo, { input: { registrationId: aId } });
    expect((await anonymous.error(SELF, { input: { token: ta } })).code).toBe('CHECK_IN_NOT_OPEN');
    expect((await admin.ok<{ checkInShortFormatRegistration: CheckIn }>(CHECK_IN, { input: { shortFormatId: id, registrationId: aId } })).checkInShortFormatRegistration.registration.checkedInVia).toBe('LIST');
  });
});
