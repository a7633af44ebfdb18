import { registerEnumType } from '@nestjs/graphql';
import { Workbook } from 'exceljs';
import { ExportFile, excelCsv } from './csv';

/** The file type of an export: CSV for any tool, XLSX for Excel with typed cells. */
export enum ExportFormat {
  CSV = 'csv',
  XLSX = 'xlsx',
}
registerEnumType(ExportFormat, { name: 'ExportFormat', description: 'CSV (German Excel: BOM, ";") or XLSX (typed cells: text stays text, dates are dates).' });

/** A calendar day (YYYY-MM-DD): a date cell in XLSX, the day as written in CSV. */
export class CalendarDay {
  constructor(readonly iso: string) {}
  toString(): string {
    return this.iso;
  }
}
export const calendarDay = (iso: string | null | undefined): CalendarDay | null => (iso ? new CalendarDay(iso) : null);

/** A cell: text stays text (a municipality key keeps its leading zero), numbers are numbers, instants and days are dates. */
export type ExportCell = string | number | boolean | Date | CalendarDay | null | undefined;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PROGRAMME_TIME_ZONE = 'Europe/Berlin';

/**
 * One table as CSV or XLSX. `basename` is the file name without extension. XLSX cells are typed:
 * strings are text cells (never formulas), instants are shown on Berlin's clock (Excel has no zones).
 */
export async function tableExport(format: ExportFormat, basename: string, header: string[], rows: ExportCell[][]): Promise<ExportFile> {
  if (format === ExportFormat.CSV) {
    return excelCsv(`${basename}.csv`, header, rows.map((row) => row.map((c) => (c instanceof CalendarDay ? c.iso : c))));
  }
  const workbook = new Workbook();
  workbook.creator = 'KoKo Campus';
  const sheet = workbook.addWorksheet(basename.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row.map(xlsxValue));
    row.forEach((value, i) => {
      const cell = added.getCell(i + 1);
      if (value instanceof CalendarDay) cell.numFmt = 'dd.mm.yyyy';
      else if (value instanceof Date) cell.numFmt = 'dd.mm.yyyy hh:mm';
      else if (typeof value === 'string') cell.numFmt = '@';
    });
  }
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(header[i]?.length ?? 0, ...rows.map((r) => displayLength(r[i])));
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename: `${basename}.xlsx`, contentType: XLSX_CONTENT_TYPE, content: buffer.toString('base64'), base64: true };
}

function xlsxValue(value: ExportCell): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof CalendarDay) return new Date(`${value.iso}T00:00:00Z`);
  if (value instanceof Date) return berlinWallClock(value);
  return value;
}

/** The instant's Berlin date and time as a zone-less value (what Excel shows is what Berlin's clock showed). */
function berlinWallClock(instant: Date): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: PROGRAMME_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return new Date(Date.UTC(+parts['year'], +parts['month'] - 1, +parts['day'], +parts['hour'], +parts['minute'], +parts['second']));
}

function displayLength(value: ExportCell): number {
  if (value instanceof Date) return 16;
  if (value instanceof CalendarDay) return 10;
  return value === null || value === undefined ? 0 : String(value).length;
}
