import { CERTIFICATE_NUMBER_PATTERN, formatCalendarDay, normalizeCertificateNumber } from './calendar-day';

describe('formatCalendarDay', () => {
  it('formats an API day in words without shifting it', () => {
    expect(formatCalendarDay('2026-03-01', 'de-DE')).toBe('1. März 2026');
    expect(formatCalendarDay('2026-03-01', 'en-GB')).toBe('1 March 2026');
  });

  it('passes through what is not a day and leaves gaps empty', () => {
    expect(formatCalendarDay('soon', 'de-DE')).toBe('soon');
    expect(formatCalendarDay(null, 'de-DE')).toBe('');
  });
});

describe('certificate numbers', () => {
  it('forgives spaces and lower case', () => {
    expect(normalizeCertificateNumber('  koko-2026-000042 ')).toBe('KOKO-2026-000042');
    expect(CERTIFICATE_NUMBER_PATTERN.test('KOKO-2026-000042')).toBe(true);
    expect(CERTIFICATE_NUMBER_PATTERN.test('KOKO-2026-42')).toBe(false);
  });
});
