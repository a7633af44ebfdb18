import { TestBed } from '@angular/core/testing';
import { DEVICE_TIME_ZONE, I18nService } from '@koko/web/shared/util';
import { formatDay, formatDayRange, formatSessionTime, parseDay } from './enrolment-format';

function i18n(locale: 'de-DE' | 'en-GB', deviceZone = 'Europe/Berlin'): I18nService {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({ providers: [{ provide: DEVICE_TIME_ZONE, useValue: deviceZone }] });
  const service = TestBed.inject(I18nService);
  service.setLocale(locale === 'de-DE' ? 'de' : 'en');
  return service;
}

/** Intl puts thin and no-break spaces around range dashes; compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('enrolment date formatting', () => {
  it('parses calendar days and rejects anything else', () => {
    expect(parseDay('2027-01-24')?.toISOString()).toBe('2027-01-24T00:00:00.000Z');
    expect(parseDay('24.01.2027')).toBeNull();
    expect(parseDay(null)).toBeNull();
  });

  it('shows a calendar day as that day whatever the time zone', () => {
    expect(formatDay(i18n('de-DE'), '2027-01-01')).toBe('1. Januar 2027');
    expect(formatDay(i18n('en-GB'), '2027-01-01')).toBe('1 January 2027');
    expect(formatDay(i18n('de-DE'), '')).toBe('');
  });

  it('formats a range of days in the UI language', () => {
    expect(plain(formatDayRange(i18n('de-DE'), '2027-01-24', '2027-09-21'))).toBe('24. Januar – 21. September 2027');
    expect(plain(formatDayRange(i18n('en-GB'), '2027-01-24', '2027-09-21'))).toBe('24 January – 21 September 2027');
  });

  it('shows session times in German time', () => {
    // 08:00–15:00 UTC is 09:00–16:00 in Berlin in winter.
    expect(plain(formatSessionTime(i18n('de-DE'), '2027-01-25T08:00:00.000Z', '2027-01-25T15:00:00.000Z'))).toBe('Mo., 25. Januar 2027, 09:00–16:00 Uhr');
    expect(formatSessionTime(i18n('de-DE'), 'nonsense', '2027-01-25T15:00:00.000Z')).toBe('');
    // On a device in New York the same session reads the same, labelled.
    expect(plain(formatSessionTime(i18n('de-DE', 'America/New_York'), '2027-01-25T08:00:00.000Z', '2027-01-25T15:00:00.000Z'))).toBe(
      'Mo., 25. Januar 2027, 09:00–16:00 Uhr (Berliner Zeit)',
    );
  });
});
