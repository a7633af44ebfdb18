import { sqlOne } from '@koko/api/core/database';
import { createUser, GraphQLClient, signInAs, TestApp, updateUser } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp } from './support/app';

const IMPORT = `mutation($input: ImportMunicipalitiesInput!) {
  importMunicipalities(input: $input) { ok created updated unchanged problems { line message } }
}`;
const LIST = `query($search: String, $kind: MunicipalityKind, $limit: Int!) {
  municipalities(search: $search, kind: $kind, limit: $limit) { total items { key name kind kreisKey regierungsbezirk hasIntegrationCentre tookPartInKoko1 } }
}`;
const NRW = readFileSync(join(__dirname, '../../../libs/api/catalogue/src/lib/data/nrw-municipalities.csv'));

interface ImportResult {
  importMunicipalities: { ok: boolean; created: number; updated: number; unchanged: number; problems: Array<{ line: number; message: string }> };
}

describe('municipalities', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  beforeAll(async () => {
    t = await startApp();
    admin = await signInAs(t, await createUser(t.db, { roles: [Role.ADMIN] }));
  });
  afterAll(() => t.close());

  const count = async () => (await sqlOne<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM municipalities`)).n;

  it('imports the official NRW list, and importing it again changes nothing', async () => {
    const first = await admin.ok<ImportResult>(IMPORT, { input: { fileBase64: NRW.toString('base64') } });
    expect(first.importMunicipalities).toEqual({ ok: true, created: 427, updated: 0, unchanged: 0, problems: [] });
    const again = await admin.ok<ImportResult>(IMPORT, { input: { fileBase64: NRW.toString('base64') } });
    expect(again.importMunicipalities).toEqual({ ok: true, created: 0, updated: 0, unchanged: 427, problems: [] });

    const participant = await createUser(t.db);
    const client = t.client();
    await client.signIn(participant.email, participant.password);
    const found = await client.ok<{ municipalities: { total: number; items: Array<Record<string, unknown>> } }>(LIST, {
      search: 'bedburg-hau',
      limit: 10,
    });
    expect(found.municipalities.items).toEqual([
      {
        key: '05154004',
        name: 'Bedburg-Hau',
        kind: 'KREISANGEHOERIGE_GEMEINDE',
        kreisKey: '05154',
        regierungsbezirk: 'Düsseldorf',
        hasIntegrationCentre: false,
        tookPartInKoko1: false,
      },
    ]);
    const kreise = await client.ok<{ municipalities: { total: number } }>(LIST, { kind: 'KREIS', limit: 1 });
    expect(kreise.municipalities.total).toBe(31);
  });

  it('a file with any invalid row imports nothing and reports every row, in the caller’s language', async () => {
    const before = await count();
    const csv = [
      'key;name;kind;kreis_key;kreis_name;regierungsbezirk',
      '05999;Neuer Kreis;Kreis;;;Köln',
      '0599901;Zu kurz;kreisangehörige Gemeinde;05999;Neuer Kreis;Köln',
      '05998004;Ohne Kreis;kreisangehörige Gemeinde;05998;;Köln',
    ].join('\n');
    const res = await admin.ok<ImportResult>(IMPORT, { input: { fileBase64: Buffer.from(csv).toString('base64') } });
    expect(res.importMunicipalities.ok).toBe(false);
    expect(res.importMunicipalities.problems.map((p) => p.line)).toEqual([3]);
    expect(res.importMunicipalities.problems[0].message).toMatch(/8-stelliger Gemeindeschlüssel/);
    expect(await count()).toBe(before);

    const unknownKreis = [csv.split('\n')[0], '05998004;Ohne Kreis;kreisangehörige Gemeinde;05998;;Köln'].join('\n');
    const res2 = await admin.ok<ImportResult>(IMPORT, { input: { fileBase64: Buffer.from(unknownKreis).toString('base64') } });
    expect(res2.importMunicipalities.problems).toEqual([{ line: 2, message: 'kreis_key: Kreis "05998" ist unbekannt' }]);
    expect(await count()).toBe(before);

    const a2 = await createUser(t.db, { roles: [Role.ADMIN] });
    const english = await signInAs(t, a2, 'en');
    await updateUser(t.db, a2.id, { locale: Locale.EN });
    const res3 = await english.ok<ImportResult>(IMPORT, { input: { fileBase64: Buffer.from(unknownKreis).toString('base64') } });
    expect(res3.importMunicipalities.problems).toEqual([{ line: 2, message: 'kreis_key: Kreis "05998" is unknown' }]);
  });

  it('admins edit the flags; others are refused', async () => {
    const row = await sqlOne<{ id: string }>(t.db, `SELECT id FROM municipalities WHERE key = '05154036'`);
    const UPDATE = `mutation($input: UpdateMunicipalityInput!) { updateMunicipality(input: $input) { name hasIntegrationCentre tookPartInKoko1 } }`;
    const input = { id: row.id, name: 'Kleve', hasIntegrationCentre: true, tookPartInKoko1: true };
    expect(await admin.ok(UPDATE, { input })).toEqual({ updateMunicipality: { name: 'Kleve', hasIntegrationCentre: true, tookPartInKoko1: true } });
    // Re-importing the list keeps the edited flags (the file does not state them).
    const again = await admin.ok<ImportResult>(IMPORT, { input: { fileBase64: NRW.toString('base64') } });
    expect(again.importMunicipalities.unchanged).toBe(427);

    const trainer = await createUser(t.db, { roles: [Role.TRAINER] });
    const client = t.client();
    await client.signIn(trainer.email, trainer.password);
    expect((await client.error(UPDATE, { input })).code).toBe('FORBIDDEN');
    expect((await admin.error(UPDATE, { input: { ...input, id: '00000000-0000-4000-8000-000000000000' } })).code).toBe('MUNICIPALITY_NOT_FOUND');
  });
});
