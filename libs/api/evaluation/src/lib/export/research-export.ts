import { ChoiceOption, ItemKind, scalePoints } from '../questionnaire.entity';

/** What the research export needs of an item. */
export interface ExportItem {
  code: string;
  kind: ItemKind;
  text: string;
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

interface Column {
  name: string;
  label: string;
  numeric: boolean;
  /** SPSS value labels (numeric columns). */
  values: Array<[number, string]>;
  missing: boolean;
  cell: (r: ExportResponse) => string | number | null;
}

function columnsOf(items: ExportItem[]): Column[] {
  const columns: Column[] = [
    { name: 'wave', label: 'Befragungszeitpunkt (pre, post, module)', numeric: false, values: [], missing: false, cell: (r) => r.wave },
    { name: 'code', label: 'Selbst generierter Code (Vorher/Nachher)', numeric: false, values: [], missing: false, cell: (r) => r.code },
  ];
  for (const item of items) {
    const answer = (r: ExportResponse) => r.answers.get(item.code);
    const withNoAnswer = (values: Array<[number, string]>): Array<[number, string]> => (item.allowNoAnswer ? [...values, [NO_ANSWER_CODE, 'keine Angabe']] : values);
    const numericCell = (r: ExportResponse) => {
      const a = answer(r);
      if (!a) return null;
      return a.noAnswer ? NO_ANSWER_CODE : a.value;
    };
    const points = scalePoints(item.kind);
    if (points) {
      const labels: Array<[number, string]> = [];
      if (item.lowLabel) labels.push([1, item.lowLabel]);
      if (item.highLabel) labels.push([points, item.highLabel]);
      columns.push({ name: item.code, label: item.text, numeric: true, values: withNoAnswer(labels), missing: item.allowNoAnswer, cell: numericCell });
    } else if (item.kind === ItemKind.SINGLE) {
      columns.push({ name: item.code, label: item.text, numeric: true, values: withNoAnswer(item.options.map((o) => [o.value, o.label])), missing: item.allowNoAnswer, cell: numericCell });
    } else if (item.kind === ItemKind.MULTIPLE) {
      for (const o of item.options) {
        columns.push({
          name: `${item.code}_${o.value}`,
          label: `${item.text}: ${o.label}`,
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
      columns.push({ name: item.code, label: item.text, numeric: true, values: withNoAnswer([]), missing: item.allowNoAnswer, cell: numericCell });
    } else {
      columns.push({ name: item.code, label: item.text, numeric: false, values: [], missing: false, cell: (r) => answer(r)?.text ?? null });
    }
  }
  return columns;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return `"${value.replace(/"/g, '""').replace(/\r?\n/g, ' ')}"`;
}

/** The raw data: UTF-8, comma-separated, one row per response, item codes as columns. */
export function researchCsv(items: ExportItem[], responses: ExportResponse[]): string {
  const columns = columnsOf(items);
  const lines = [columns.map((c) => c.name).join(','), ...responses.map((r) => columns.map((c) => csvCell(c.cell(r))).join(','))];
  return `${lines.join('\n')}\n`;
}

/** A string literal in SPSS syntax. */
function spssString(text: string): string {
  return `"${text.replace(/"/g, '""').replace(/\s+/g, ' ').slice(0, 250)}"`;
}

/**
 * SPSS syntax (also run by GNU PSPP) that reads the CSV and declares variable labels, value
 * labels and missing values; `savFile` names the .sav it writes (none when null).
 */
export function researchSps(items: ExportItem[], csvFile: string, savFile: string | null): string {
  const columns = columnsOf(items);
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
    ...columns.map((c) => `    ${c.name} ${c.numeric ? 'F8.0' : c.name === 'wave' ? 'A6' : c.name === 'code' ? 'A6' : `A${TEXT_WIDTH}`}`),
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
