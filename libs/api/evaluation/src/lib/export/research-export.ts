import { ChoiceOption, ItemKind, scalePoints } from '../questionnaire.entity';

/** What the research export needs of an item. */
export interface ExportItem {
  code: string;
  kind: ItemKind;
  text: string;
  textEn: string;
  lowLabel: string | null;
  highLabel: string | null;
  allowNoAnswer: boolean;
  options: ChoiceOption[];
}

/** One anonymous response: wave, pre/post code and the answers by item code. */
export interface ExportResponse {
  wave: string;
  code: string | null;
  answers: Map<string, { value: number | null; choices: number[] | null; text: string | null; noAnswer: boolean }>;
}

/** "keine Angabe" in numeric columns; declared as a user-missing value in the syntax. */
export const NO_ANSWER_CODE = -9;
const TEXT_WIDTH = 5000;

/** One column of an export: its name, labels (SPSS, R, codebook) and how a row fills it. */
export interface ExportColumn<R = ExportResponse> {
  name: string;
  label: string;
  labelEn: string;
  numeric: boolean;
  /** Value labels (numeric columns). */
  values: Array<[number, string]>;
  missing: boolean;
  /** SPSS text width, when not the default for free text. */
  width?: number;
  cell: (r: R) => string | number | null;
}

/** The wave and code columns of a raw export. */
export function responseColumns(): ExportColumn[] {
  return [
    { name: 'wave', label: 'Befragungszeitpunkt (pre, post, module)', labelEn: 'Wave (pre, post, module)', numeric: false, values: [], missing: false, width: 6, cell: (r) => r.wave },
    { name: 'code', label: 'Selbst generierter Code (Vorher/Nachher)', labelEn: 'Self-generated code (pre/post)', numeric: false, values: [], missing: false, width: 6, cell: (r) => r.code },
  ];
}

/** The columns of the items, in questionnaire order (a multiple choice gives one 0/1 column per option). */
export function itemColumns(items: ExportItem[]): ExportColumn[] {
  const columns: ExportColumn[] = [];
  for (const item of items) {
    const answer = (r: ExportResponse) => r.answers.get(item.code);
    const withNoAnswer = (values: Array<[number, string]>): Array<[number, string]> => (item.allowNoAnswer ? [...values, [NO_ANSWER_CODE, 'keine Angabe']] : values);
    const numericCell = (r: ExportResponse) => {
      const a = answer(r);
      if (!a) return null;
      return a.noAnswer ? NO_ANSWER_CODE : a.value;
    };
    const head = { name: item.code, label: item.text, labelEn: item.textEn };
    const points = scalePoints(item.kind);
    if (points) {
      const labels: Array<[number, string]> = [];
      if (item.lowLabel) labels.push([1, item.lowLabel]);
      if (item.highLabel) labels.push([points, item.highLabel]);
      columns.push({ ...head, numeric: true, values: withNoAnswer(labels), missing: item.allowNoAnswer, cell: numericCell });
    } else if (item.kind === ItemKind.SINGLE) {
      columns.push({ ...head, numeric: true, values: withNoAnswer(item.options.map((o) => [o.value, o.label])), missing: item.allowNoAnswer, cell: numericCell });
    } else if (item.kind === ItemKind.MULTIPLE) {
      for (const o of item.options) {
        columns.push({
          name: `${item.code}_${o.value}`,
          label: `${item.text}: ${o.label}`,
          labelEn: `${item.textEn}: ${o.labelEn}`,
          numeric: true,
          values: withNoAnswer([
            [0, 'nicht gewählt'],
            [1, 'gewählt'],
          ]),
          missing: item.allowNoAnswer,
          cell: (r) => {
            const a = answer(r);
            if (!a) return null;
            if (a.noAnswer) return NO_ANSWER_CODE;
            return a.choices?.includes(o.value) ? 1 : 0;
          },
        });
      }
    } else if (item.kind === ItemKind.NUMERIC) {
      columns.push({ ...head, numeric: true, values: withNoAnswer([]), missing: item.allowNoAnswer, cell: numericCell });
    } else {
      columns.push({ ...head, numeric: false, values: [], missing: false, cell: (r) => answer(r)?.text ?? null });
    }
  }
  return columns;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return `"${value.replace(/"/g, '""').replace(/\r?\n/g, ' ')}"`;
}

/** UTF-8, comma-separated, a header of column names, one line per row. */
export function csvOf<R>(columns: Array<ExportColumn<R>>, rows: R[]): string {
  const lines = [columns.map((c) => c.name).join(','), ...rows.map((r) => columns.map((c) => csvCell(c.cell(r))).join(','))];
  return `${lines.join('\n')}\n`;
}

/** The raw data: one row per response, item codes as columns. */
export function researchCsv(items: ExportItem[], responses: ExportResponse[]): string {
  return csvOf([...responseColumns(), ...itemColumns(items)], responses);
}

/** A string literal in SPSS syntax. */
function spssString(text: string): string {
  return `"${text.replace(/"/g, '""').replace(/\s+/g, ' ').slice(0, 250)}"`;
}

/**
 * SPSS syntax (also run by GNU PSPP) that reads the CSV and declares variable labels, value
 * labels and missing values; `savFile` names the .sav it writes (none when null).
 */
export function spsOf<R>(columns: Array<ExportColumn<R>>, csvFile: string, savFile: string | null): string {
  const lines: string[] = [
    '* KoKo Campus – Rohdaten einer Befragung (anonym).',
    'SET DECIMAL=DOT.',
    'GET DATA',
    '  /TYPE=TXT',
    `  /FILE=${spssString(csvFile)}`,
    "  /ENCODING='UTF8'",
    '  /ARRANGEMENT=DELIMITED',
    '  /FIRSTCASE=2',
    '  /DELCASE=LINE',
    '  /DELIMITERS=","',
    "  /QUALIFIER='\"'",
    '  /VARIABLES=',
    ...columns.map((c) => `    ${c.name} ${c.numeric ? 'F8.0' : `A${c.width ?? TEXT_WIDTH}`}`),
    '.',
    'VARIABLE LABELS',
    ...columns.map((c, i) => `  ${c.name} ${spssString(c.label)}${i === columns.length - 1 ? '.' : ''}`),
  ];
  const labelled = columns.filter((c) => c.values.length);
  if (labelled.length) {
    lines.push('VALUE LABELS');
    labelled.forEach((c, i) => {
      lines.push(`  ${i ? '/' : ''}${c.name} ${c.values.map(([v, l]) => `${v} ${spssString(l)}`).join(' ')}${i === labelled.length - 1 ? '.' : ''}`);
    });
  }
  const missing = columns.filter((c) => c.missing);
  if (missing.length) lines.push(`MISSING VALUES ${missing.map((c) => c.name).join(' ')} (${NO_ANSWER_CODE}).`);
  if (savFile) lines.push(`SAVE OUTFILE=${spssString(savFile)}.`);
  lines.push('EXECUTE.');
  return `${lines.join('\n')}\n`;
}

/** The SPSS syntax of a raw export. */
export function researchSps(items: ExportItem[], csvFile: string, savFile: string | null): string {
  return spsOf([...responseColumns(), ...itemColumns(items)], csvFile, savFile);
}
