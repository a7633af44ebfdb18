import { effect, inject, Injectable, type Provider } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, type MatDateFormats, NativeDateAdapter } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { I18nService } from '@koko/web/shared/util';

const NUMERIC_DAY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Material's date and time pickers in the UI language: "05.03.2031" and "14:30" in German,
 * "05/03/2031" and "14:30" in English; typed days are read day first (never the US order).
 */
export const KOKO_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: null, timeInput: null },
  display: {
    dateInput: { year: 'numeric', month: '2-digit', day: '2-digit' },
    timeInput: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    monthYearLabel: { year: 'numeric', month: 'short' },
    dateA11yLabel: { year: 'numeric', month: 'long', day: 'numeric' },
    monthYearA11yLabel: { year: 'numeric', month: 'long' },
    timeOptionLabel: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  },
};

@Injectable()
export class KokoDateAdapter extends NativeDateAdapter {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => this.setLocale(this.i18n.intlLocale()));
  }

  /** Monday first, as in Germany and the UK. */
  override getFirstDayOfWeek(): number {
    return 1;
  }

  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value !== 'string') return super.parse(value, parseFormat);
    const text = value.trim();
    if (!text) return null;
    const numeric = NUMERIC_DAY.exec(text);
    const iso = ISO_DAY.exec(text);
    const [day, month, year] = numeric
      ? [Number(numeric[1]), Number(numeric[2]), Number(numeric[3].length === 2 ? `20${numeric[3]}` : numeric[3])]
      : iso
        ? [Number(iso[3]), Number(iso[2]), Number(iso[1])]
        : [NaN, NaN, NaN];
    if (!Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > 31) return this.invalid();
    const date = new Date(year, month - 1, day);
    return date.getMonth() === month - 1 ? date : this.invalid();
  }
}

/** Labels of the date picker from the dictionaries; follows language changes. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => {
      this.i18n.locale();
      this.calendarLabel = this.i18n.t('datepicker.calendar');
      this.openCalendarLabel = this.i18n.t('datepicker.open');
      this.closeCalendarLabel = this.i18n.t('datepicker.close');
      this.prevMonthLabel = this.i18n.t('datepicker.prevMonth');
      this.nextMonthLabel = this.i18n.t('datepicker.nextMonth');
      this.prevYearLabel = this.i18n.t('datepicker.prevYear');
      this.nextYearLabel = this.i18n.t('datepicker.nextYear');
      this.prevMultiYearLabel = this.i18n.t('datepicker.prevYears');
      this.nextMultiYearLabel = this.i18n.t('datepicker.nextYears');
      this.switchToMonthViewLabel = this.i18n.t('datepicker.chooseDate');
      this.switchToMultiYearViewLabel = this.i18n.t('datepicker.chooseMonthYear');
      this.changes.next();
    });
  }
}

/**
 * The adapter, formats and labels of date and time fields, for the `providers` of each component that
 * shows one (so Material's date picker loads only with these pages, not with the first page).
 */
export function provideKokoDates(): Provider[] {
  return [
    { provide: DateAdapter, useClass: KokoDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: KOKO_DATE_FORMATS },
    { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
  ];
}
