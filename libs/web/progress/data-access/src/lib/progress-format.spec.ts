import { TestBed } from '@angular/core/testing';
import { DEVICE_TIME_ZONE, I18nService } from '@koko/web/shared/util';
import { dayToDate, formatDay, formatSessionDay, formatSessionTime } from './progress-format';

function i18nOn(deviceZone: string): I18nService {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({ providers: [{ provide: DEVICE_TIME_ZONE, useValue: deviceZone }] });
  return TestBed.inject(I18nService);
}

/** Intl puts thin and no-break spaces around range dashes; compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('progress formatting', () => {
  beforeEach(() => localStorage.clear());

  it('reads calendar days as that day on Berlin clock, whatever the device zone', () => {
    expect(dayToDate('2026-03-01')?.toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(dayToDate('01.03.2026')).toBeNull();
    for (const zone of ['America/New_York', 'Pacific/Kiritimati', 'Europe/Berlin']) {
      expect(formatDay('2026-03-01', i18nOn(zone))).toBe('01.03.2026');
    }
  });

  it('shows a 09:00 session as 09:00 on a device in New York, labelled with the zone', () => {
    // 08:00–15:00 UTC is 09:00–16:00 in Berlin in winter (03:00–10:00 in New York).
    const text = plain(formatSessionTime('2026-03-03T08:00:00Z', '2026-03-03T15:00:00Z', i18nOn('America/New_York')));
    expect(text).toBe('Dienstag, 3. März 2026, 09:00–16:00 Uhr (Berliner Zeit)');
    expect(formatSessionDay('2026-03-02T23:30:00Z', i18nOn('America/New_York'))).toBe('03.03.');
  });

  it('needs no label where the device clock agrees with Berlin', () => {
    for (const zone of ['Europe/Berlin', 'Europe/Paris']) {
      expect(plain(formatSessionTime('2026-03-03T08:00:00Z', '2026-03-03T15:00:00Z', i18nOn(zone)))).toBe('Dienstag, 3. März 2026, 09:00–16:00 Uhr');
    }
  });
});
