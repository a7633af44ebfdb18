import { parse } from 'csv-parse/sync';
import { KIND_LABELS, MunicipalityKind, Regierungsbezirk } from './municipality-kind';

export interface MunicipalityRow {
  key: string;
  name: string;
  kind: MunicipalityKind;
  kreisKey: string | null;
  regierungsbezirk: Regierungsbezirk;
  hasIntegrationCentre: boolean | null;
  tookPartInKoko1: boolean | null;
}

/** A problem in one line of the file, in German and English. */
export interface RowProblem {
  line: number;
  reason: string;
  reasonEn: string;
}

export type ParseResult = { ok: true; rows: MunicipalityRow[] } | { ok: false; problems: RowProblem[] };

const REQUIRED = ['key', 'name', 'kind', 'regierungsbezirk'] as const;
const BEZIRKE = new Map(Object.values(Regierungsbezirk).map((b) => [b.toLowerCase(), b]));

/** UTF-8 (with or without BOM) or, when the bytes are not valid UTF-8, Windows-1252 (German Excel). */
export function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function detectDelimiter(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function flag(value: string | undefined, line: number, column: string, problems: RowProblem[]): boolean | null {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return null;
  if (['ja', 'yes', 'true', '1', 'x'].includes(v)) return true;
  if (['nein', 'no', 'false', '0'].includes(v)) return false;
  problems.push({ line, reason: `${column}: "${value}" ist weder ja noch nein`, reasonEn: `${column}: "${value}" is neither yes nor no` });
  return null;
}

/**
 * Parses and validates a whole municipality list. Any invalid row makes the result a list of every
 * problem (with the file's line numbers), so an import is all or nothing.
 */
export function parseMunicipalityCsv(bytes: Buffer): ParseResult {
  const text = decodeCsv(bytes).replace(/^\uFEFF/, '');
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { ok: false, problems: [{ line, reason: `Die Datei ist kein gültiges CSV: ${(error as Error).message}`, reasonEn: `The file is not valid CSV: ${(error as Error).message}` }] };
  }
  if (!records.length) return { ok: false, problems: [{ line: 1, reason: 'Die Datei enthält keine Zeilen.', reasonEn: 'The file contains no rows.' }] };
  const header = Object.keys(records[0]);
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) return { ok: false, problems: [{ line: 1, reason: `Spalten fehlen: ${missing.join(', ')}`, reasonEn: `Missing columns: ${missing.join(', ')}` }] };

  const problems: RowProblem[] = [];
  const rows: MunicipalityRow[] = [];
  const seen = new Map<string, number>();
  records.forEach((r, index) => {
    const line = index + 2;
    const key = r['key'] ?? '';
    const checked = checkMunicipalityRecord(r, line);
    if (seen.has(key)) checked.problems.push({ line, reason: `key: "${key}" steht schon in Zeile ${seen.get(key)}`, reasonEn: `key: "${key}" already appears in line ${seen.get(key)}` });
    seen.set(key, line);
    problems.push(...checked.problems);
    if (!checked.problems.length && checked.row) rows.push(checked.row);
  });
  // Every Kreis a Gemeinde names must be in the file or already known; the service checks the latter.
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}

/** Checks one record (CSV row or form) and says what is wrong, in German and English. */
export function checkMunicipalityRecord(r: Record<string, string>, line: number): { problems: RowProblem[]; row?: MunicipalityRow } {
  const problems: RowProblem[] = [];
  const key = r['key'] ?? '';
  const kind = KIND_LABELS[(r['kind'] ?? '').toLowerCase()];
  const bezirk = BEZIRKE.get((r['regierungsbezirk'] ?? '').toLowerCase());
  const kreisKey = (r['kreis_key'] ?? '').trim() || null;
  if (!r['name']) problems.push({ line, reason: 'name: fehlt', reasonEn: 'name: missing' });
  if (!kind) problems.push({ line, reason: `kind: "${r['kind'] ?? ''}" ist keine bekannte Art`, reasonEn: `kind: "${r['kind'] ?? ''}" is not a known kind` });
  if (!bezirk) problems.push({ line, reason: `regierungsbezirk: "${r['regierungsbezirk'] ?? ''}" ist kein Regierungsbezirk in NRW`, reasonEn: `regierungsbezirk: "${r['regierungsbezirk'] ?? ''}" is not an administrative district of NRW` });
  if (kind === MunicipalityKind.KREIS ? !/^05\d{3}$/.test(key) : !/^05\d{6}$/.test(key)) {
    const isKreis = kind === MunicipalityKind.KREIS;
    problems.push({
      line,
      reason: `key: "${key}" ist kein ${isKreis ? '5-stelliger Kreisschlüssel' : '8-stelliger Gemeindeschlüssel'} aus NRW`,
      reasonEn: `key: "${key}" is not a ${isKreis ? '5-digit Kreis key' : '8-digit municipality key'} of NRW`,
    });
  }
  if (kind === MunicipalityKind.KREISANGEHOERIGE_GEMEINDE) {
    if (!kreisKey || !/^05\d{3}$/.test(kreisKey)) problems.push({ line, reason: 'kreis_key: eine kreisangehörige Gemeinde braucht den Schlüssel ihres Kreises', reasonEn: 'kreis_key: a municipality within a Kreis needs the key of its Kreis' });
    else if (!key.startsWith(kreisKey)) problems.push({ line, reason: `kreis_key: "${kreisKey}" passt nicht zum Gemeindeschlüssel "${key}"`, reasonEn: `kreis_key: "${kreisKey}" does not match the municipality key "${key}"` });
  } else if (kind && kreisKey) {
    problems.push({ line, reason: 'kreis_key: nur kreisangehörige Gemeinden gehören zu einem Kreis', reasonEn: 'kreis_key: only municipalities within a Kreis belong to one' });
  }
  const hasIntegrationCentre = flag(r['has_ki'] ?? r['ki'], line, 'has_ki', problems);
  const tookPartInKoko1 = flag(r['koko1'] ?? r['koko_1'], line, 'koko1', problems);
  if (problems.length || !kind || !bezirk) return { problems };
  return { problems, row: { key, name: r['name'], kind, kreisKey, regierungsbezirk: bezirk, hasIntegrationCentre, tookPartInKoko1 } };
}
