import { excelCsv } from './csv';

describe('excelCsv', () => {
  it('writes a BOM, semicolons and CRLF, and quotes what needs it', () => {
    const file = excelCsv('x.csv', ['Name', 'Notiz'], [['Łukasz Żółć', 'a;b'], ['Ağa "Çelik"', 'zwei\nZeilen']]);
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    expect(file.content.slice(1).split('\r\n')).toEqual(['Name;Notiz', 'Łukasz Żółć;"a;b"', '"Ağa ""Çelik""";"zwei\nZeilen"', '']);
  });

  it('defuses cells that Excel would run as formulas', () => {
    const file = excelCsv('x.csv', ['a'], [['=HYPERLINK("x")'], ['-1+2'], [5]]);
    expect(file.content).toContain(`"'=HYPERLINK(""x"")"`);
    expect(file.content).toContain(`'-1+2`);
    expect(file.content).toContain('\r\n5\r\n');
  });
});
