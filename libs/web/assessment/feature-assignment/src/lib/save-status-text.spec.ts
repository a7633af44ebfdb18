import { TestBed } from '@angular/core/testing';
import { I18nService } from '@koko/web/shared/util';
import { saveStatusText } from './save-status-text';

describe('saveStatusText', () => {
  beforeEach(() => localStorage.clear());

  it('says when the draft was saved, today with the time only', () => {
    const i18n = TestBed.inject(I18nService);
    const now = new Date(2026, 2, 10, 15, 0);
    expect(saveStatusText({ kind: 'saved', at: new Date(2026, 2, 10, 14, 32).toISOString() }, null, i18n, now)).toBe('Entwurf gespeichert um 14:32');
    expect(saveStatusText({ kind: 'saved', at: new Date(2026, 2, 9, 14, 32).toISOString() }, null, i18n, now)).toBe('Entwurf gespeichert am 09.03.2026 um 14:32');
    expect(saveStatusText({ kind: 'saving' }, null, i18n, now)).toBe('Wird gespeichert …');
    expect(saveStatusText({ kind: 'idle' }, new Date(2026, 2, 9, 8, 5).toISOString(), i18n, now)).toBe('Entwurf zuletzt gespeichert am 09.03.2026 um 08:05');
    expect(saveStatusText({ kind: 'error', message: 'Der Server ist nicht erreichbar.' }, null, i18n, now)).toContain('Der Server ist nicht erreichbar.');
  });

  it('speaks English', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLocale('en');
    const now = new Date(2026, 2, 10, 15, 0);
    expect(saveStatusText({ kind: 'saved', at: new Date(2026, 2, 10, 14, 32).toISOString() }, null, i18n, now)).toBe('Draft saved at 14:32');
  });
});
