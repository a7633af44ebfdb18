import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MunicipalityKind, Regierungsbezirk } from './municipality-kind';
import { parseMunicipalityCsv } from './municipality-csv';

const fixture = readFileSync(join(__dirname, '..', 'data', 'nrw-municipalities.csv'));

describe('parseMunicipalityCsv', () => {
  it('reads the official NRW list: 396 municipalities and 31 Kreise', () => {
    const result = parseMunicipalityCsv(fixture);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
    expect(result.rows).toHaveLength(427);
    expect(result.rows.filter((r) => r.kind === MunicipalityKind.KREIS)).toHaveLength(31);
    expect(result.rows.filter((r) => r.kind === MunicipalityKind.KREISFREIE_STADT)).toHaveLength(22);
    expect(result.rows.find((r) => r.name === 'Kleve' && r.kind === MunicipalityKind.KREISANGEHOERIGE_GEMEINDE)).toMatchObject({
      kreisKey: '05154',
      regierungsbezirk: Regierungsbezirk.DUESSELDORF,
    });
  });

  it('reads Windows-1252 and comma-separated files from German Excel', () => {
    const text = 'key,name,kind,kreis_key,kreis_name,regierungsbezirk\r\n05515000,Münster,kreisfreie Stadt,,,Münster\r\n';
    const bytes = Buffer.from(new Uint8Array([...text].map((c) => (c === 'ü' ? 0xfc : c.charCodeAt(0)))));
    const result = parseMunicipalityCsv(bytes);
    expect(result).toEqual({
      ok: true,
      rows: [{ key: '05515000', name: 'Münster', kind: MunicipalityKind.KREISFREIE_STADT, kreisKey: null, regierungsbezirk: Regierungsbezirk.MUENSTER, hasIntegrationCentre: null, tookPartInKoko1: null }],
    });
  });

  it('reports every invalid row with its line number and imports nothing', () => {
    const csv = [
      'key;name;kind;kreis_key;kreis_name;regierungsbezirk;has_ki',
      '05154;Kleve;Kreis;;;Düsseldorf;ja',
      '0515401;Bedburg-Hau;kreisangehörige Gemeinde;05154;Kleve;Düsseldorf;',
      '05154008;Emmerich;kreisangehörige Gemeinde;05158;Kleve;Düsseldorf;',
      '05154012;Geldern;Dorf;05154;Kleve;Düsseldorf;',
      '05154016;Goch;kreisangehörige Gemeinde;05154;Kleve;Bayern;vielleicht',
      '05154;Kleve doppelt;Kreis;;;Düsseldorf;',
    ].join('\n');
    const result = parseMunicipalityCsv(Buffer.from(csv));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 6, 7]);
    expect(result.problems[0].reason).toMatch(/8-stelliger Gemeindeschlüssel/);
    expect(result.problems[1].reason).toMatch(/passt nicht/);
    expect(result.problems[3].reason).toMatch(/Regierungsbezirk/);
    expect(result.problems[5].reason).toMatch(/schon in Zeile 2/);
  });

  it('refuses a file without the required columns', () => {
    const result = parseMunicipalityCsv(Buffer.from('schluessel;name\n05154;Kleve\n'));
    expect(result).toEqual({
      ok: false,
      problems: [{ line: 1, reason: 'Spalten fehlen: key, kind, regierungsbezirk', reasonEn: 'Missing columns: key, kind, regierungsbezirk' }],
    });
  });
});
