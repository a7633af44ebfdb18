import { TestBed } from '@angular/core/testing';
import { DEVICE_TIME_ZONE, I18nService } from '@koko/web/shared/util';
import { saveStatusText } from './save-status-text';

function i18nOn(deviceZone = 'Europe/Berlin'): I18nService {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({ providers: [{ provide: DEVICE_TIME_ZONE, useValue: deviceZone }] });
  return TestBed.inject(I18nService);
}

// Instants in UTC; Berlin is one hour ahead in March 2026 (before the clock change).
const NOW = new Date('2026-03-10T14:00:00Z');

describe('saveStatusText', () => {
  beforeEach(() => localStorage.clear());

  it('says when the draft was saved, today with the time only', () => {
    const i18n = i18nOn();
    expect(saveStatusText({ kind: 'saved', at: '2026-03-10T13:32:00Z' }, null, i18n, NOW)).toBe('Entwurf gespeichert um 14:32');
    expect(saveStatusText({ kind: 'saved', at: '2026-03-09T13:32:00Z' }, null, i18n, NOW)).toBe('Entwurf gespeichert am 09.03.2026 um 14:32');
    expect(saveStatusText({ kind: 'saving' }, null, i18n, NOW)).toBe('Wird gespeichert …');
    expect(saveStatusText({ kind: 'idle' }, '2026-03-09T07:05:00Z', i18n, NOW)).toBe('Entwurf zuletzt gespeichert am 09.03.2026 um 08:05');
    expect(saveStatusText({ kind: 'error', message: 'Der Server ist nicht erreichbar.' }, null, i18n, NOW)).toContain('Der Server ist nicht erreichbar.');
  });

  it('counts days and shows times on Berlin clock on a device in New York, labelled', () => {
    const i18n = i18nOn('America/New_York');
    // 23:30 UTC on 9 March is 00:30 on 10 March in Berlin: today there, yesterday in New York.
    expect(saveStatusText({ kind: 'saved', at: '2026-03-09T23:30:00Z' }, null, i18n, NOW)).toBe('Entwurf gespeichert um 00:30 (Berliner Zeit)');
  });

  it('speaks English', () => {
    const i18n = i18nOn();
    i18n.setLocale('en');
    expect(saveStatusText({ kind: 'saved', at: '2026-03-10T13:32:00Z' }, null, i18n, NOW)).toBe('Draft saved at 14:32');
  });
});
