import { sanitizeDisplayName } from './display-name';

describe('sanitizeDisplayName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\System32\\cmd.exe', 'cmd.exe'],
    ['C:\\Users\\anna\\Desktop\\Transferaufgabe Modul 3.docx', 'Transferaufgabe Modul 3.docx'],
    ['/home/lukasz/Łukasz Żółć – Reflexion.pdf', 'Łukasz Żółć – Reflexion.pdf'],
    ['Nguyễn Thu Hà.odt', 'Nguyễn Thu Hà.odt'],
    ['Bericht\u0000.pdf\u0007', 'Bericht.pdf'],
    ['line\r\nbreak.pdf', 'line break.pdf'],
    ['Rechnung\u202Efdp.exe', 'Rechnungfdp.exe'],
    ['  .hidden  ', 'hidden'],
    ['trailing dots...', 'trailing dots'],
    ['tab\tseparated   name.png', 'tab separated name.png'],
    ['..', 'Datei'],
    ['../', 'Datei'],
    ['', 'Datei'],
    ['\u0000\u0001', 'Datei'],
  ])('%j → %j', (raw, expected) => {
    expect(sanitizeDisplayName(raw)).toBe(expected);
  });

  it('falls back to "Datei" without a name', () => {
    expect(sanitizeDisplayName(undefined)).toBe('Datei');
    expect(sanitizeDisplayName(null)).toBe('Datei');
  });

  it('composes decomposed umlauts (macOS sends NFD)', () => {
    expect(sanitizeDisplayName('Mu\u0308ller.pdf')).toBe('Müller.pdf');
  });

  it('shortens to 200 characters and keeps the extension', () => {
    const long = `${'Ä'.repeat(300)}.docx`;
    const name = sanitizeDisplayName(long);
    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith('Ä.docx')).toBe(true);
    expect(Array.from(sanitizeDisplayName('😀'.repeat(250)))).toHaveLength(200);
  });
});
