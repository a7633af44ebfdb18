import { RetentionService } from '@koko/api/core/jobs';
import { createMunicipality, createUser, eventually, GraphQLClient, TestApp } from '@koko/api/testing';
import { EventsClock } from '@koko/api/events';
import { Role } from '@koko/shared';
import { CHECK_IN, HELD, HOUR, REGISTER, ShortFormatsHarness, tag } from './support';

const DAY = 24 * HOUR;

/** docs/privacy.md, short formats: a non-default period shows it is read from the configuration; the clock is controlled. */
describe('short formats: retention of registrations (controlled clock)', () => {
  let h: ShortFormatsHarness;
  let t: TestApp, admin: GraphQLClient, clock: EventsClock, retention: RetentionService;
  beforeAll(async () => {
    h = await ShortFormatsHarness.start({ RETENTION_SHORT_FORMAT_REGISTRATION_DAYS: '30' });
    ({ t, admin, clock } = h);
    retention = t.app.get(RetentionService, { strict: false });
  });
  afterAll(() => h.close());
  afterEach(() => jest.restoreAllMocks());

  type Row = { email: string; name: string; organisation: string | null; municipality_id: string | null; accessibility_needs: string | null; anonymised_at: string | null; state: string; checked_in_at: string | null };
  const row = async (id: string) => ((await t.db.query(`SELECT * FROM short_format_registrations WHERE id = $1`, [id])) as Row[])[0];
  const idOf = async (email: string) => ((await t.db.query(`SELECT id FROM short_format_registrations WHERE email = $1`, [email])) as { id: string }[])[0].id;

  it('deletes accessibility needs once the event is over and anonymises registrations without an account after the configured days, keeping attendance, counts and the confirmation', async () => {
    const start = new Date('2031-05-05T08:00:00Z');
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() - 2 * HOUR));
    const id = await h.published({ capacity: 10, title: `Aufbewahrung ${tag()}` }, new Date(start.getTime() - 2 * HOUR), 2);
    const municipality = await createMunicipality(t.db);
    const [attended, absent] = ['da', 'fort'].map((p) => `${p}.${tag()}@example.org`);
    await h.confirmAnonymously(id, attended, { name: 'Dora Dabei', accessibilityNeeds: 'Rollstuhlplatz', municipalityId: municipality.id, organisation: null });
    await h.confirmAnonymously(id, absent, { name: 'Fritz Fort', accessibilityNeeds: 'Gebärdensprache' });
    const member = await createUser(t.db);
    const memberClient = t.client();
    await memberClient.signIn(member.email, member.password);
    await memberClient.ok(REGISTER, { input: { shortFormatId: id, name: member.displayName, email: member.email, municipalityId: null, organisation: 'Stadt Kleve', accessibilityNeeds: 'Induktionsschleife', locale: 'DE' } });
    const [attendedId, absentId, memberId] = [await idOf(attended), await idOf(absent), await idOf(member.email)];
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() - 10 * 60_000));
    await admin.ok(CHECK_IN, { input: { shortFormatId: id, registrationId: attendedId } });
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() + 3 * HOUR));
    await admin.ok(HELD, { id });
    const confirmation = async () => ((await t.db.query(`SELECT number, printed_name FROM short_format_attendance_confirmations WHERE registration_id = $1`, [attendedId])) as { number: string; printed_name: string }[])[0];
    await eventually(async () => !!(await confirmation()), true, 30_000);
    const issued = await confirmation();
    expect(issued.printed_name).toBe('Dora Dabei');
    const counts = `query($id: ID!) { shortFormat(id: $id) { counts { registered confirmed checkedIn } } }`;
    const before = (await admin.ok<{ shortFormat: { counts: unknown } }>(counts, { id })).shortFormat.counts;

    // During the event nothing goes.
    const during = new Date(start.getTime() + HOUR);
    expect(await retention.run(during)).toMatchObject({ 'events.accessibility-needs': 0, 'events.registrations-without-account': 0 });
    // The night after: the accessibility needs of all three go, nothing else.
    const nightAfter = new Date(start.getTime() + DAY);
    expect((await retention.run(nightAfter))['events.accessibility-needs']).toBe(3);
    expect((await row(attendedId)).accessibility_needs).toBeNull();
    expect((await row(memberId)).accessibility_needs).toBeNull();
    expect((await row(absentId)).name).toBe('Fritz Fort');
    // 29 days after the end: still kept (period 30).
    expect((await retention.run(new Date(start.getTime() + 2 * HOUR + 29 * DAY)))['events.registrations-without-account']).toBe(0);
    // 31 days after: both registrations without an account are anonymised, the member's stays.
    expect((await retention.run(new Date(start.getTime() + 2 * HOUR + 31 * DAY)))['events.registrations-without-account']).toBe(2);
    expect(await row(attendedId)).toMatchObject({ name: '', email: `anonymisiert-${attendedId}@anonymised.invalid`, organisation: null, municipality_id: municipality.id, state: 'confirmed' });
    expect((await row(attendedId)).checked_in_at).not.toBeNull();
    expect((await row(attendedId)).anonymised_at).not.toBeNull();
    expect(await row(absentId)).toMatchObject({ name: '', email: `anonymisiert-${absentId}@anonymised.invalid`, organisation: '' });
    expect(await row(memberId)).toMatchObject({ email: member.email, anonymised_at: null });
    const dump = JSON.stringify(await t.db.query(`SELECT * FROM short_format_registrations WHERE short_format_id = $1`, [id]));
    for (const gone of ['Dora Dabei', 'Fritz Fort', attended, absent, 'Verein Miteinander', 'Rollstuhlplatz']) expect(dump).not.toContain(gone);
    // The counts stay, the Teilnahmebescheinigung stays verifiable; a second run changes nothing. (The runs
    // at the controlled clock also ended every session of today: an organiser signs in again.)
    const organiser = await createUser(t.db, { roles: [Role.ADMIN] });
    const again = t.client();
    await again.signIn(organiser.email, organiser.password);
    expect((await again.ok<{ shortFormat: { counts: unknown } }>(counts, { id })).shortFormat.counts).toEqual(before);
    expect(await confirmation()).toEqual(issued);
    const found = await h.anonymous.ok<{ findCertificate: { number: string } | null }>(`query($input: FindCertificateInput!) { findCertificate(input: $input) { number } }`, {
      input: { number: issued.number, surname: 'Dabei' },
    });
    expect(found.findCertificate?.number).toBe(issued.number);
    expect((await retention.run(new Date(start.getTime() + 40 * DAY)))['events.registrations-without-account']).toBe(0);
  });
});
