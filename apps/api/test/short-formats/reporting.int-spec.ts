import { ValueType, Workbook } from 'exceljs';
import { createMunicipality, GraphQLClient, shortFormatRegistrationOf, TestApp } from '@koko/api/testing';
import { EventsClock } from '@koko/api/events';
import { CONFIRM, HOUR, ShortFormatsHarness, tag } from './support';

describe('short formats: reporting', () => {
  let h: ShortFormatsHarness;
  let t: TestApp, admin: GraphQLClient, anonymous: GraphQLClient, clock: EventsClock;
  beforeAll(async () => {
    h = await ShortFormatsHarness.start();
    ({ t, admin, anonymous, clock } = h);
  });
  afterAll(() => h.close());
  afterEach(() => jest.restoreAllMocks());

  it('counts per event, Regierungsbezirk and municipality, and exports the participant list and the statistics as German Excel CSV', async () => {
    const start = new Date('2031-09-01T08:00:00Z');
    const before = new Date(start.getTime() - 3 * HOUR);
    jest.spyOn(clock, 'now').mockReturnValue(before);
    const kleve = await createMunicipality(t.db);
    const muenster = await createMunicipality(t.db, { key: '05515000', name: 'Münster', kind: 'kreisfreie_stadt', kreisKey: null, regierungsbezirk: 'Münster' });
    const title = `Statistik ${tag()}`;
    const id = await h.published({ title, capacity: 2, format: 'HYBRID', address: 'Stadthaus, Klemensstraße 10, Münster' }, before, 3);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((p) => `${p}.${tag()}@example.org`);
    await h.register(id, a, { municipalityId: kleve.id, organisation: null, name: 'Anna Kleve' });
    await h.register(id, b, { municipalityId: muenster.id, organisation: null, name: 'Bernd Münster' });
    for (const p of [a, b]) await anonymous.ok(CONFIRM, { input: { token: await h.tokenOf(p, id) } });
    await h.confirmAnonymously(id, c);
    await h.register(id, d);
    const { id: aId } = await shortFormatRegistrationOf(t.db, a);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() - 30 * 60_000));
    await admin.ok(`mutation($input: CheckInInput!) { checkInShortFormatRegistration(input: $input) { alreadyCheckedInAt } }`, { input: { shortFormatId: id, registrationId: aId } });

    // After the end: B confirmed but absent is a no-show; D never confirmed its address but still may.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() + 3 * HOUR));
    const counts = (
      await admin.ok<{ shortFormat: { counts: Record<string, number> } }>(
        `query($id: ID!) { shortFormat(id: $id) { counts { registered confirmed waiting pending checkedIn noShows } } }`,
        { id },
      )
    ).shortFormat.counts;
    expect(counts).toEqual({ registered: 4, confirmed: 2, waiting: 1, pending: 1, checkedIn: 1, noShows: 1 });

    const list = (await admin.ok<{ shortFormatParticipantsCsv: { filename: string; content: string } }>(`query($id: ID!) { shortFormatParticipantsCsv(shortFormatId: $id) { filename content } }`, { id }))
      .shortFormatParticipantsCsv;
    expect(list.filename).toBe('teilnehmende-2031-09-01.csv');
    expect(list.content.startsWith('\uFEFFName;E-Mail;Organisation;Regierungsbezirk;Status;Wartelistenplatz;Bestätigt am;Anwesend;Eingecheckt am\r\n')).toBe(true);
    const lines = list.content.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe(`Anna Kleve;${a};Kleve;Düsseldorf;Bestätigt;;2031-09-01 07:00;ja;2031-09-01 09:30`);
    expect(lines[2]).toMatch(new RegExp(`^Bernd Münster;${b.replace('.', '\\.')};Münster;Münster;Bestätigt;;.*;nein;$`));
    expect(lines[3]).toMatch(/;Verein Miteinander e\. V\.;;Warteliste;1;/);
    expect(lines[4]).toMatch(/;Unbestätigt;;;nein;$/);

    const stats = (await admin.ok<{ shortFormatStatisticsCsv: { content: string } }>(`query($search: String) { shortFormatStatisticsCsv(search: $search) { content } }`, { search: title }))
      .shortFormatStatisticsCsv.content;
    const rows = stats.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe('Veranstaltung;Thema;Format;Beginn;Status;Plätze;Ebene;Gruppe;Angemeldet;Bestätigt;Warteliste;Anwesend;Nicht erschienen');
    const tail = rows.slice(1).map((r) => r.split(';').slice(6).join(';'));
    expect(tail).toEqual([
      'Gesamt;;4;2;1;1;1',
      'Regierungsbezirk;Andere Organisation;2;0;1;0;0',
      'Regierungsbezirk;Düsseldorf;1;1;0;1;0',
      'Regierungsbezirk;Münster;1;1;0;0;1',
      'Kommune;Andere Organisation;2;0;1;0;0',
      'Kommune;Kleve;1;1;0;1;0',
      'Kommune;Münster;1;1;0;0;1',
    ]);
    expect(rows[1].split(';').slice(0, 6)).toEqual([title, expect.any(String), 'Hybrid', '2031-09-01 10:00', 'Veröffentlicht', '2']);

    // The same two tables as XLSX: numbers are numbers, times are date cells on Berlin's clock, text stays text.
    const sheetOf = async (file: { filename: string; base64: boolean; content: string }) => {
      expect(file.base64).toBe(true);
      const workbook = new Workbook();
      await workbook.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
      return workbook.worksheets[0];
    };
    const listXlsx = (
      await admin.ok<{ shortFormatParticipantsCsv: { filename: string; base64: boolean; content: string } }>(
        `query($id: ID!) { shortFormatParticipantsCsv(shortFormatId: $id, format: XLSX) { filename base64 content } }`,
        { id },
      )
    ).shortFormatParticipantsCsv;
    expect(listXlsx.filename).toBe('teilnehmende-2031-09-01.xlsx');
    const listSheet = await sheetOf(listXlsx);
    expect(listSheet.rowCount).toBe(5);
    expect(listSheet.getRow(1).values).toEqual([undefined, 'Name', 'E-Mail', 'Organisation', 'Regierungsbezirk', 'Status', 'Wartelistenplatz', 'Bestätigt am', 'Anwesend', 'Eingecheckt am']);
    const anna = listSheet.getRow(2);
    expect([anna.getCell(1).value, anna.getCell(2).value, anna.getCell(3).value, anna.getCell(4).value, anna.getCell(5).value, anna.getCell(8).value]).toEqual([
      'Anna Kleve',
      a,
      'Kleve',
      'Düsseldorf',
      'Bestätigt',
      'ja',
    ]);
    expect(anna.getCell(7).type).toBe(ValueType.Date);
    expect(anna.getCell(7).value).toEqual(new Date('2031-09-01T07:00:00Z'));
    expect(anna.getCell(9).value).toEqual(new Date('2031-09-01T09:30:00Z'));
    expect(anna.getCell(9).numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(anna.getCell(6).value).toBeNull();
    const waitingRow = listSheet.getRow(4);
    expect(waitingRow.getCell(5).value).toBe('Warteliste');
    expect(waitingRow.getCell(6).type).toBe(ValueType.Number);
    expect(waitingRow.getCell(6).value).toBe(1);

    const statsXlsx = (
      await admin.ok<{ shortFormatStatisticsCsv: { filename: string; base64: boolean; content: string } }>(
        `query($search: String) { shortFormatStatisticsCsv(search: $search, format: XLSX) { filename base64 content } }`,
        { search: title },
      )
    ).shortFormatStatisticsCsv;
    expect(statsXlsx.filename).toBe('kurzformate-statistik.xlsx');
    const statsSheet = await sheetOf(statsXlsx);
    expect(statsSheet.rowCount).toBe(8);
    const total = statsSheet.getRow(2);
    expect([total.getCell(1).value, total.getCell(3).value, total.getCell(5).value, total.getCell(6).value, total.getCell(7).value]).toEqual([title, 'Hybrid', 'Veröffentlicht', 2, 'Gesamt']);
    expect(total.getCell(4).value).toEqual(new Date('2031-09-01T10:00:00Z'));
    expect(total.getCell(8).value).toBeNull();
    expect([9, 10, 11, 12, 13].map((c) => total.getCell(c).value)).toEqual([4, 2, 1, 1, 1]);
    expect(total.getCell(9).type).toBe(ValueType.Number);
    expect(statsSheet.getRow(4).getCell(8).value).toBe('Düsseldorf');
  });
});
