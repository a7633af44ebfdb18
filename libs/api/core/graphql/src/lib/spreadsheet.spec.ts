import { ValueType, Workbook } from 'exceljs';
import { calendarDay, ExportFormat, tableExport, XLSX_CONTENT_TYPE } from './spreadsheet';

describe('tableExport', () => {
  const header = ['Kommune', 'Gemeindeschlüssel', 'Beworben am', 'Entschieden', 'Punkte', 'Notiz'];
  const rows = [
    ['Münster', '05515000', calendarDay('2026-03-09'), new Date('2026-03-09T23:30:00Z'), 42, '=HYPERLINK("x")'],
    ['Ağa-Stadt', '09162000', null, null, 0.5, ''],
  ];

  it('writes XLSX with typed cells: keys stay text, days and instants are dates (Berlin clock), numbers are numbers', async () => {
    const file = await tableExport(ExportFormat.XLSX, 'anmeldungen', header, rows);
    expect(file).toMatchObject({ filename: 'anmeldungen.xlsx', contentType: XLSX_CONTENT_TYPE, base64: true });

    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, ...header]);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('Münster');
    expect(row.getCell(2).type).toBe(ValueType.String);
    expect(row.getCell(2).value).toBe('05515000');
    expect(row.getCell(3).type).toBe(ValueType.Date);
    expect((row.getCell(3).value as Date).toISOString()).toBe('2026-03-09T00:00:00.000Z');
    expect(row.getCell(3).numFmt).toBe('dd.mm.yyyy');
    // 23:30 UTC is 00:30 the next day in Berlin: Excel shows Berlin's clock.
    expect(row.getCell(4).type).toBe(ValueType.Date);
    expect((row.getCell(4).value as Date).toISOString()).toBe('2026-03-10T00:30:00.000Z');
    expect(row.getCell(5).type).toBe(ValueType.Number);
    expect(row.getCell(5).value).toBe(42);
    // A formula-looking text is text, never a formula.
    expect(row.getCell(6).type).toBe(ValueType.String);
    expect(row.getCell(6).value).toBe('=HYPERLINK("x")');
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
    expect(sheet.getRow(3).getCell(5).value).toBe(0.5);
  });

  it('writes the same table as German-Excel CSV, days as YYYY-MM-DD', async () => {
    const file = await tableExport(ExportFormat.CSV, 'anmeldungen', header, rows);
    expect(file).toMatchObject({ filename: 'anmeldungen.csv', base64: false });
    expect(file.content.split('\r\n')[1]).toBe(`Münster;05515000;2026-03-09;2026-03-09T23:30:00.000Z;42;"'=HYPERLINK(""x"")"`);
  });
});
