import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A file for download, built on request.' })
export class ExportFile {
  @Field() filename!: string;
  @Field() contentType!: string;
  @Field({ description: 'The file’s text, or base64 when `base64` is true. CSV is UTF-8 with BOM and ";" separated, as German Excel expects.' }) content!: string;
  @Field({ description: 'True for binary files (XLSX): `content` is base64.' }) base64!: boolean;
}

type Cell = string | number | boolean | Date | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  // A cell starting with = + - @ would run as a formula in Excel (CSV injection).
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV that opens correctly in German Excel: BOM, semicolons, CRLF, quoted where needed. */
export function excelCsv(filename: string, header: string[], rows: Cell[][]): ExportFile {
  const lines = [header, ...rows].map((r) => r.map(cell).join(';'));
  return { filename, contentType: 'text/csv;charset=utf-8', content: `\uFEFF${lines.join('\r\n')}\r\n`, base64: false };
}
