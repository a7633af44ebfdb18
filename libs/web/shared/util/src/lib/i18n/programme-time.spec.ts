import { TestBed } from '@angular/core/testing';
import { I18nService } from './i18n.service';
import { calendarDayInstant, DEVICE_TIME_ZONE, deviceClockDiffers, showsTimeOfDay } from './programme-time';

function i18nOn(deviceZone: string): I18nService {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({ providers: [{ provide: DEVICE_TIME_ZONE, useValue: deviceZone }] });
  return TestBed.inject(I18nService);
}

/** Intl puts thin and no-break spaces into dates and ranges; compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

// 08:00 UTC on 3 March 2026 is 09:00 in Berlin and 03:00 in New York.
const NINE_IN_BERLIN = '2026-03-03T08:00:00.000Z';

describe('times on the programme clock', () => {
  beforeEach(() => localStorage.clear());

  it('shows a 09:00 Berlin session as 09:00 on a device in New York, labelled', () => {
    const i18n = i18nOn('America/New_York');
    expect(plain(i18n.formatDate(NINE_IN_BERLIN, { timeStyle: 'short' }))).toBe('09:00 (Berliner Zeit)');
    expect(plain(i18n.formatDate(NINE_IN_BERLIN, { dateStyle: 'long', timeStyle: 'short' }))).toBe('3. März 2026 um 09:00 (Berliner Zeit)');
    i18n.setLocale('en');
    expect(plain(i18n.formatDate(NINE_IN_BERLIN, { timeStyle: 'short' }))).toBe('09:00 (Berlin time)');
  });

  it('labels nothing on a device whose clock agrees with Berlin, and no date without a time', () => {
    for (const zone of ['Europe/Berlin', 'Europe/Paris']) {
      expect(i18nOn(zone).formatDate(NINE_IN_BERLIN, { timeStyle: 'short' })).toBe('09:00');
    }
    expect(i18nOn('America/New_York').formatDate(NINE_IN_BERLIN, { dateStyle: 'long' })).toBe('3. März 2026');
  });

  it('writes the day of a late evening in Berlin, not the device day', () => {
    // 23:30 UTC on 2 March is 00:30 on 3 March in Berlin, still 2 March in New York.
    expect(i18nOn('America/New_York').formatDate('2026-03-02T23:30:00Z', { dateStyle: 'medium' })).toBe('03.03.2026');
  });

  it('labels a range once, at its end', () => {
    const text = plain(i18nOn('Asia/Tokyo').formatDateRange(NINE_IN_BERLIN, '2026-03-03T15:00:00Z', { hour: '2-digit', minute: '2-digit' }));
    expect(text).toBe('09:00–16:00 Uhr (Berliner Zeit)');
  });

  it('leaves the label out on request and offers it on its own', () => {
    const i18n = i18nOn('America/New_York');
    expect(i18n.formatDate(NINE_IN_BERLIN, { timeStyle: 'short' }, { zoneLabel: false })).toBe('09:00');
    expect(i18n.programmeZoneNote(NINE_IN_BERLIN)).toBe('(Berliner Zeit)');
    expect(i18nOn('Europe/Berlin').programmeZoneNote(NINE_IN_BERLIN)).toBe('');
  });

  it('keeps an explicit other zone unlabelled', () => {
    expect(i18nOn('America/New_York').formatDate(NINE_IN_BERLIN, { timeStyle: 'short', timeZone: 'UTC' })).toBe('08:00');
  });

  it('compares the clocks at the instant: London differs from Berlin, Paris agrees, an unknown zone is not compared', () => {
    expect(deviceClockDiffers('Europe/London', new Date(NINE_IN_BERLIN))).toBe(true);
    expect(deviceClockDiffers('Europe/Paris', new Date('2026-07-01T08:00:00Z'))).toBe(false);
    expect(deviceClockDiffers('Not/AZone', new Date(NINE_IN_BERLIN))).toBe(false);
  });

  it('reads calendar days as that day on Berlin clock from any device zone', () => {
    expect(calendarDayInstant('2026-03-01')?.toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(calendarDayInstant('2026-02-30')).toBeNull();
    expect(calendarDayInstant('01.03.2026')).toBeNull();
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York']) {
      expect(i18nOn(zone).formatDate(calendarDayInstant('2026-03-01'), { dateStyle: 'long' })).toBe('1. März 2026');
    }
  });

  it('knows which options print a time of day', () => {
    expect(showsTimeOfDay({ timeStyle: 'short' })).toBe(true);
    expect(showsTimeOfDay({ hour: '2-digit' })).toBe(true);
    expect(showsTimeOfDay({ dateStyle: 'long' })).toBe(false);
  });
});
