import { CERTIFICATE_NUMBER, formatCertificateNumber, normaliseName } from './certificate-number';

describe('certificate numbers', () => {
  it('formats year and sequence', () => {
    expect(formatCertificateNumber(2026, 42)).toBe('KOKO-2026-000042');
    expect(formatCertificateNumber(2027, 999_999)).toBe('KOKO-2027-999999');
    expect(CERTIFICATE_NUMBER.test('KOKO-2026-000042')).toBe(true);
  });

  it('refuses what cannot be printed', () => {
    expect(() => formatCertificateNumber(2026, 0)).toThrow();
    expect(() => formatCertificateNumber(2026, 1_000_000)).toThrow();
    expect(() => formatCertificateNumber(26, 1)).toThrow();
  });

  it('compares surnames without case or accents', () => {
    expect(normaliseName('Żółć')).toBe(normaliseName('zolc'));
    expect(normaliseName('Çelik')).toBe('celik');
    expect(normaliseName('  Groß ')).toBe('gross');
  });
});
