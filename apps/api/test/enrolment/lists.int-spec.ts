import { ValueType, Workbook } from 'exceljs';
import { createUser, GraphQLClient, TestApp } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { CSV, day, enrolmentHelpers, EnrolmentRow, LIST, MINE, startEnrolmentApp, State, tag } from './support';

describe('applications and enrolment', () => {
  let t: TestApp, admin: GraphQLClient, kleve: string, moers: string;
  beforeAll(async () => ({ t, admin, kleve, moers } = await startEnrolmentApp()));
  afterAll(() => t.close());
  const { cohort, participant, arranged } = enrolmentHelpers(() => ({ t, admin, kleve }));

  describe('lists', () => {
    it('myEnrolments returns only the caller’s own enrolments', async () => {
      const c1 = await cohort({ startsOn: day(30) });
      const c2 = await cohort({ startsOn: day(60) });
      const { user, client } = await participant();
      const a = await arranged(c1.id, 'admitted', { user });
      const b = await arranged(c2.id, 'applied', { user, municipalityId: moers });
      await arranged(c1.id, 'admitted');
      await arranged(c2.id, 'applied');
      const mine = (await client.ok<{ myEnrolments: EnrolmentRow[] }>(MINE)).myEnrolments;
      expect(mine.map((e) => [e.id, e.state, e.cohort.name, e.municipality.name, e.participant.id])).toEqual([
        [b.id, 'APPLIED', c2.name, 'Moers', user.id],
        [a.id, 'ADMITTED', c1.name, 'Kleve', user.id],
      ]);
      const { client: nobody } = await participant();
      expect(await nobody.ok(MINE)).toEqual({ myEnrolments: [] });
      expect((await t.client().error(MINE)).code).toBe('UNAUTHENTICATED');
    });

    describe('admin list and CSV', () => {
      const search = `liste${tag()}`;
      let c1: { id: string; name: string };
      let c2: { id: string; name: string };
      const ids: Record<string, string> = {};

      beforeAll(async () => {
        c1 = await cohort({ name: `Liste A ${tag()}`, startsOn: day(30) });
        c2 = await cohort({ name: `Liste B ${tag()}`, startsOn: day(60) });
        const person = (n: string) => ({ displayName: `${n} ${search}`, email: `${n.toLowerCase()}.${search}@kreis.example` });
        ids['anna'] = (
          await arranged(c1.id, 'admitted', {
            ...person('Anna'),
            municipalityId: kleve,
            appliedAt: '2026-03-01T23:30:00Z',
            decidedAt: '2026-04-01T22:30:00Z',
            jobRole: '=HYPERLINK("http://evil.example")',
          })
        ).id;
        ids['bert'] = (await arranged(c1.id, 'applied', { ...person('Bert'), municipalityId: moers, appliedAt: '2026-03-02T08:00:00Z' })).id;
        ids['cleo'] = (await arranged(c1.id, 'waitlisted', { ...person('Cleo'), municipalityId: kleve, appliedAt: '2026-03-03T08:00:00Z' })).id;
        ids['dana'] = (await arranged(c2.id, 'applied', { ...person('Dana'), municipalityId: moers, appliedAt: '2026-03-04T08:00:00Z' })).id;
      });

      type Page = { enrolments: { total: number; limit: number; offset: number; items: Array<{ id: string; state: State; municipality: { key: string }; cohort: { id: string } }> } };
      const list = (variables: Record<string, unknown>) => admin.ok<Page>(LIST, variables).then((d) => d.enrolments);

      it('filters by cohort, state, municipality and search, and pages', async () => {
        expect((await list({ cohortId: c1.id })).items.map((e) => e.id)).toEqual([ids['anna'], ids['bert'], ids['cleo']]);
        expect((await list({ cohortId: c1.id, state: 'WAITLISTED' })).items.map((e) => e.id)).toEqual([ids['cleo']]);
        expect((await list({ search, municipalityId: moers })).items.map((e) => e.id)).toEqual([ids['bert'], ids['dana']]);
        expect((await list({ search, state: 'APPLIED' })).items.map((e) => e.id)).toEqual([ids['bert'], ids['dana']]);
        expect((await list({ search: `CLEO ${search.toUpperCase()}` })).items.map((e) => e.id)).toEqual([ids['cleo']]);
        expect((await list({ search: `dana.${search}@` })).items.map((e) => e.id)).toEqual([ids['dana']]);
        expect((await list({ cohortId: c2.id, state: 'ADMITTED' })).total).toBe(0);
        const page = await list({ search, limit: 2, offset: 1 });
        expect(page).toMatchObject({ total: 4, limit: 2, offset: 1 });
        expect(page.items.map((e) => e.id)).toEqual([ids['bert'], ids['cleo']]);
      });

      it('exports CSV for German Excel: BOM, semicolons, German header, Berlin dates, no formulas', async () => {
        const { enrolmentsCsv: file } = await admin.ok<{ enrolmentsCsv: { filename: string; contentType: string; content: string } }>(CSV, { cohortId: c1.id });
        expect(file.filename).toBe('anmeldungen.csv');
        expect(file.contentType).toBe('text/csv;charset=utf-8');
        expect(file.content.startsWith('\uFEFF')).toBe(true);
        const lines = file.content.slice(1).split('\r\n');
        expect(lines[0]).toBe('Durchgang;Name;E-Mail;Kommune;Gemeindeschlüssel;Funktion;Status;Beworben am;Entschieden am');
        expect(lines.slice(1, -1)).toEqual([
          `${c1.name};Anna ${search};anna.${search}@kreis.example;Kleve;05154036;"'=HYPERLINK(""http://evil.example"")";zugelassen;2026-03-02;2026-04-02`,
          `${c1.name};Bert ${search};bert.${search}@kreis.example;Moers;05170024;Sachgebietsleitung Integration;beworben;2026-03-02;`,
          `${c1.name};Cleo ${search};cleo.${search}@kreis.example;Kleve;05154036;Sachgebietsleitung Integration;auf der Warteliste;2026-03-03;`,
        ]);
        expect(lines[lines.length - 1]).toBe('');

        const filtered = (await admin.ok<{ enrolmentsCsv: { content: string } }>(CSV, { search, state: 'APPLIED' })).enrolmentsCsv.content;
        expect(filtered.slice(1).split('\r\n').slice(1, -1).map((l) => l.split(';')[1])).toEqual([`Bert ${search}`, `Dana ${search}`]);
        const byMunicipality = (await admin.ok<{ enrolmentsCsv: { content: string } }>(CSV, { search, municipalityId: kleve })).enrolmentsCsv.content;
        expect(byMunicipality.slice(1).split('\r\n').slice(1, -1).map((l) => l.split(';')[1])).toEqual([`Anna ${search}`, `Cleo ${search}`]);
      });

      it('exports XLSX beside the CSV: municipality keys stay text, Berlin days are dates, formulas stay text', async () => {
        const XLSX = `query($cohortId: ID) { enrolmentsCsv(cohortId: $cohortId, format: XLSX) { filename contentType content base64 } }`;
        const { enrolmentsCsv: file } = await admin.ok<{ enrolmentsCsv: { filename: string; contentType: string; content: string; base64: boolean } }>(XLSX, { cohortId: c1.id });
        expect(file).toMatchObject({ filename: 'anmeldungen.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: true });
        const workbook = new Workbook();
        await workbook.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
        const sheet = workbook.worksheets[0];
        expect(sheet.rowCount).toBe(4);
        expect(sheet.getRow(1).getCell(5).value).toBe('Gemeindeschlüssel');
        const anna = sheet.getRow(2);
        expect(anna.getCell(2).value).toBe(`Anna ${search}`);
        expect(anna.getCell(5).type).toBe(ValueType.String);
        expect(anna.getCell(5).value).toBe('05154036');
        expect(anna.getCell(6).type).toBe(ValueType.String);
        expect(anna.getCell(6).value).toBe('=HYPERLINK("http://evil.example")');
        // Applied 2026-03-01 23:30 UTC = 2 March in Berlin; decided 2026-04-01 22:30 UTC = 2 April in Berlin.
        expect(anna.getCell(8).type).toBe(ValueType.Date);
        expect((anna.getCell(8).value as Date).toISOString().slice(0, 10)).toBe('2026-03-02');
        expect((anna.getCell(9).value as Date).toISOString().slice(0, 10)).toBe('2026-04-02');
        expect(sheet.getRow(3).getCell(9).value).toBeNull();
      });

      it('exports in English for an English-speaking admin', async () => {
        const en = await createUser(t.db, { roles: [Role.ADMIN], locale: Locale.EN });
        const english = t.client('en');
        await english.signIn(en.email, en.password);
        const { enrolmentsCsv: file } = await english.ok<{ enrolmentsCsv: { filename: string; content: string } }>(CSV, { cohortId: c1.id, state: 'WAITLISTED' });
        expect(file.filename).toBe('enrolments.csv');
        expect(file.content.startsWith('\uFEFF')).toBe(true);
        const lines = file.content.slice(1).split('\r\n');
        expect(lines[0]).toBe('Cohort;Name;E-mail;Municipality;Municipality key;Role;State;Applied on;Decided on');
        expect(lines[1].split(';')[6]).toBe('waitlisted');
      });

      it('refuses everyone but admins', async () => {
        const { client } = await participant();
        expect((await client.error(LIST, {})).code).toBe('FORBIDDEN');
        expect((await client.error(CSV, {})).code).toBe('FORBIDDEN');
        const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
        const tc = t.client();
        await tc.signIn(trainer.email, trainer.password);
        expect((await tc.error(LIST, { cohortId: c1.id })).code).toBe('FORBIDDEN');
        expect((await tc.error(CSV, { cohortId: c1.id })).code).toBe('FORBIDDEN');
      });
    });
  });
});
