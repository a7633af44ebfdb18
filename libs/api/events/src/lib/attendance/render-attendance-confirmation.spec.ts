import { collapseWhitespace, PDF_SPEC_TIMEOUT_MS, readCertificatePdf, sha256Hex } from '@koko/api/core/documents/testing';
import { AttendanceConfirmationData, renderAttendanceConfirmation } from './render-attendance-confirmation';
import { formatConfirmationNumber } from './attendance-confirmation.entity';

jest.setTimeout(PDF_SPEC_TIMEOUT_MS);

const data = (overrides: Partial<AttendanceConfirmationData> = {}): AttendanceConfirmationData => ({
  locale: 'de',
  number: 'KOKO-TB-2031-000123',
  verificationUrl: 'https://campus.koko.example/verify/Abc_def-0123456789abcdefghij',
  printedName: 'Łukasz Żółć',
  issuer: 'Hochschule Niederrhein',
  issuedOn: new Date('2031-07-02T09:00:00Z'),
  place: 'Krefeld',
  event: {
    title: 'Rassismus erkennen – Handlungssicherheit im Amt',
    topic: 'Rassismus und Diskriminierung',
    startsAt: new Date('2031-07-01T08:00:00Z'),
    endsAt: new Date('2031-07-01T10:30:00Z'),
    format: 'hybrid',
    address: 'Rathaus Kleve, Minoritenplatz 1',
    speakers: 'Dr. Ağa Çelik',
  },
  ...overrides,
});

describe('renderAttendanceConfirmation', () => {
  it('is a one-page PDF with name, event, facts, number and a QR code of the verification URL', async () => {
    const pdf = await renderAttendanceConfirmation(data());
    const content = await readCertificatePdf(pdf);
    const text = collapseWhitespace(content.text);
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(content.pages).toBe(1);
    expect(content.text.split('\n')).toContain('Teilnahmebescheinigung');
    expect(content.text.split('\n')).toContain('Łukasz Żółć');
    expect(text).toContain('Hochschule Niederrhein');
    expect(text).toContain('hat an folgender Veranstaltung des Programms teilgenommen: Rassismus erkennen – Handlungssicherheit im Amt');
    expect(text).toContain('Datum 1. Juli 2031');
    // Berlin summer time: 08:00Z is 10:00.
    expect(text).toContain('Zeit 10:00–12:30 Uhr');
    expect(text).toContain('Format Hybrid (Präsenz und online), Rathaus Kleve, Minoritenplatz 1');
    expect(text).toContain('Thema Rassismus und Diskriminierung');
    expect(text).toContain('Referent:innen Dr. Ağa Çelik');
    expect(text).toContain('Krefeld, den 2. Juli 2031');
    expect(text).toContain('Ausgestellt im Auftrag der Hochschule Niederrhein');
    expect(text).toContain('Nr. KOKO-TB-2031-000123');
    expect(text).toContain('Echtheit prüfen: https://campus.koko.example/verify/Abc_def-0123456789abcdefghij');
    expect(content.qrCodes).toEqual(['https://campus.koko.example/verify/Abc_def-0123456789abcdefghij']);
    expect(content.info['Subject']).toBe('KoKo II – KOKO-TB-2031-000123');
    expect(content.info['Author']).toBe('Hochschule Niederrhein');
  });

  it('speaks English to English registrants and leaves out what an online event does not have', async () => {
    const content = await readCertificatePdf(
      await renderAttendanceConfirmation(data({ locale: 'en', event: { ...data().event, format: 'online', address: null, speakers: '' } })),
    );
    const text = collapseWhitespace(content.text);
    expect(content.text.split('\n')).toContain('Certificate of Attendance');
    expect(text).toContain('attended the following event of the programme:');
    expect(text).toContain('Date 1 July 2031');
    expect(text).toContain('Format Online');
    expect(text).not.toContain('Speakers');
    expect(text).toContain('Issued on behalf of Hochschule Niederrhein');
  });

  it('gives the same bytes for the same data, other bytes for another name', async () => {
    const [a, b, c] = await Promise.all([renderAttendanceConfirmation(data()), renderAttendanceConfirmation(data()), renderAttendanceConfirmation(data({ printedName: 'Anna Müller' }))]);
    expect(sha256Hex(a)).toBe(sha256Hex(b));
    expect(sha256Hex(c)).not.toBe(sha256Hex(a));
  });

  it('refuses incomplete data', async () => {
    await expect(renderAttendanceConfirmation(data({ printedName: ' ' }))).rejects.toThrow('printedName');
  });

  it('numbers KOKO-TB-<year>-NNNNNN', () => {
    expect(formatConfirmationNumber(2031, 123)).toBe('KOKO-TB-2031-000123');
    expect(() => formatConfirmationNumber(2031, 0)).toThrow();
    expect(() => formatConfirmationNumber(2031, 1_000_000)).toThrow();
  });
});
