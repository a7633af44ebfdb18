import { TestBed } from '@angular/core/testing';
import { DateAdapter, MAT_DATE_FORMATS } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { I18nService } from '@koko/web/shared/util';
import { KOKO_DATE_FORMATS, provideKokoDates } from './koko-date-adapter';

describe('date and time pickers in the UI language', () => {
  let adapter: DateAdapter<Date>;
  let i18n: I18nService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideKokoDates()] });
    adapter = TestBed.inject<DateAdapter<Date>>(DateAdapter);
    i18n = TestBed.inject(I18nService);
    TestBed.tick();
  });

  it('shows and reads German days as dd.MM.yyyy and times on the 24-hour clock', () => {
    const formats = TestBed.inject(MAT_DATE_FORMATS);
    expect(formats).toBe(KOKO_DATE_FORMATS);
    expect(adapter.format(new Date(2031, 2, 5), formats.display.dateInput)).toBe('05.03.2031');
    expect(adapter.format(new Date(2031, 2, 5, 14, 30), formats.display.timeInput)).toBe('14:30');
    expect(adapter.format(new Date(2031, 2, 5, 9, 0), formats.display.timeInput)).toBe('09:00');
    const parsed = adapter.parse('5.3.2031', null);
    expect([parsed?.getFullYear(), parsed?.getMonth(), parsed?.getDate()]).toEqual([2031, 2, 5]);
    expect(adapter.parse('05.03.31', null)?.getFullYear()).toBe(2031);
    expect(adapter.parse('2031-03-05', null)?.getDate()).toBe(5);
    expect(adapter.getFirstDayOfWeek()).toBe(1);
  });

  it('refuses what is not a day instead of guessing (no US month-first order)', () => {
    for (const text of ['31.02.2031', '13/13/2031', 'morgen', '03/31/2031']) {
      const parsed = adapter.parse(text, null);
      expect(parsed && adapter.isValid(parsed)).toBeFalsy();
    }
    expect(adapter.parse('', null)).toBeNull();
  });

  it('follows a change of language, with day-first English', () => {
    i18n.setLocale('en');
    TestBed.tick();
    expect(adapter.format(new Date(2031, 2, 5), KOKO_DATE_FORMATS.display.dateInput)).toBe('05/03/2031');
    expect(adapter.format(new Date(2031, 2, 5, 14, 30), KOKO_DATE_FORMATS.display.timeInput)).toBe('14:30');
    expect(adapter.parse('05/03/2031', null)?.getMonth()).toBe(2);
  });

  it('labels the calendar in German', () => {
    const intl = TestBed.inject(MatDatepickerIntl);
    TestBed.tick();
    expect(intl.openCalendarLabel).toBe('Kalender öffnen');
    expect(intl.nextMonthLabel).toBe('Nächster Monat');
    i18n.setLocale('en');
    TestBed.tick();
    expect(intl.openCalendarLabel).toBe('Open calendar');
  });
});
