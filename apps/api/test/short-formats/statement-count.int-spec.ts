import { countStatements, createMunicipality, GraphQLClient, TestApp } from '@koko/api/testing';
import { ShortFormatsHarness, tag } from './support';

const ORGANISER_LIST = `query($id: ID!) { shortFormatRegistrations(shortFormatId: $id) {
  id name email state waitingPosition accessibilityNeeds municipalityName organisation checkedInAt checkedInVia } }`;
const DETAIL = `query($id: ID!) { shortFormat(id: $id) { id title availability counts { registered confirmed waiting offered pending cancelled checkedIn noShows } topic { title } } }`;
const ADMIN_LIST = `query($search: String) { adminShortFormats(search: $search, limit: 50) { total items { id title state counts { confirmed waiting checkedIn } topic { title } } } }`;
const CALENDAR = `query($month: String) { shortFormatCalendar(month: $month, limit: 50) { total items { id title availability registrationWindow topic { title titleEn } } } }`;

/** The same number of SQL statements for an event with 5 registrations and one with 500 (DataLoaders, no N+1). */
describe('short formats: statement counts', () => {
  let h: ShortFormatsHarness;
  let t: TestApp, admin: GraphQLClient, anonymous: GraphQLClient;
  beforeAll(async () => {
    h = await ShortFormatsHarness.start();
    ({ t, admin, anonymous } = h);
  });
  afterAll(() => h.close());

  /** `n` registrations straight into the table: a third of the places, then waiting, some cancelled, every fifth checked in; three municipalities. */
  async function withRegistrations(n: number, month: string): Promise<{ id: string; title: string }> {
    const title = `Zählung ${n} ${tag()}`;
    const id = await h.published({ title, capacity: Math.ceil(n / 3), startsAt: `${month}-15T08:00:00.000Z`, endsAt: `${month}-15T10:00:00.000Z`, registrationOpensAt: new Date().toISOString(), registrationClosesAt: `${month}-15T08:00:00.000Z` });
    const municipalities = await Promise.all([1, 2, 3].map(() => createMunicipality(t.db)));
    await t.db.query(
      `INSERT INTO short_format_registrations (short_format_id, name, email, municipality_id, organisation, state, token, check_in_code, check_in_token, confirmed_at, queue_no, checked_in_at, checked_in_via, accessibility_needs)
       SELECT $1, 'Person ' || i, 'p' || i || '.' || $5 || '@example.org',
              CASE WHEN i % 4 = 0 THEN NULL ELSE ($2::uuid[])[1 + i % 3] END, CASE WHEN i % 4 = 0 THEN 'Verein ' || i END,
              s.state, translate(rtrim(encode(gen_random_bytes(32), 'base64'), '='), '+/', '-_'), lpad(i::text, 6, '0'),
              translate(rtrim(encode(gen_random_bytes(32), 'base64'), '='), '+/', '-_'), now(), nextval('short_format_queue_seq'),
              CASE WHEN s.state = 'confirmed' AND i % 5 = 0 THEN now() END, CASE WHEN s.state = 'confirmed' AND i % 5 = 0 THEN 'list' END,
              CASE WHEN i % 10 = 0 THEN 'Rollstuhlplatz' END
         FROM generate_series(1, $3::int) AS i
         CROSS JOIN LATERAL (SELECT CASE WHEN i <= $4::int THEN 'confirmed' WHEN i % 7 = 0 THEN 'cancelled' ELSE 'waiting' END AS state) s`,
      [id, municipalities.map((m) => m.id), n, Math.ceil(n / 3), tag()],
    );
    return { id, title };
  }

  it('lists registrations, counts, the admin list and the calendar with as many statements for 5 registrations as for 500', async () => {
    const small = await withRegistrations(5, '2032-03');
    const large = await withRegistrations(500, '2032-04');
    const list = (id: string) => async () => {
      const rows = (await admin.ok<{ shortFormatRegistrations: { waitingPosition: number | null; municipalityName: string | null }[] }>(ORGANISER_LIST, { id })).shortFormatRegistrations;
      expect(rows.filter((r) => r.municipalityName).length).toBeGreaterThan(0);
      return rows.length;
    };
    const [a, b] = [await countStatements(t.db, list(small.id)), await countStatements(t.db, list(large.id))];
    expect(b.statements).toEqual(a.statements);
    expect(a.count).toBeLessThanOrEqual(6);
    // The list really holds 500, with waiting positions 1…n.
    const rows = (await admin.ok<{ shortFormatRegistrations: { waitingPosition: number | null }[] }>(ORGANISER_LIST, { id: large.id })).shortFormatRegistrations;
    expect(rows).toHaveLength(500);
    const positions = rows.map((r) => r.waitingPosition).filter((p): p is number => p !== null);
    expect(positions).toEqual(positions.map((_, i) => i + 1));

    const [c, d] = [await countStatements(t.db, () => admin.ok(DETAIL, { id: small.id })), await countStatements(t.db, () => admin.ok(DETAIL, { id: large.id }))];
    expect(d.statements).toEqual(c.statements);
    const counts = (await admin.ok<{ shortFormat: { counts: { confirmed: number; checkedIn: number } } }>(DETAIL, { id: large.id })).shortFormat.counts;
    expect(counts).toMatchObject({ confirmed: 167, checkedIn: 33 });

    const [e, f] = [await countStatements(t.db, () => admin.ok(ADMIN_LIST, { search: small.title })), await countStatements(t.db, () => admin.ok(ADMIN_LIST, { search: large.title }))];
    expect(f.statements).toEqual(e.statements);
    const [g, k] = [await countStatements(t.db, () => anonymous.ok(CALENDAR, { month: '2032-03' })), await countStatements(t.db, () => anonymous.ok(CALENDAR, { month: '2032-04' }))];
    expect(k.statements).toEqual(g.statements);
    expect(g.count).toBeLessThanOrEqual(6);
  });
});
