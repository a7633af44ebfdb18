import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { AreaTexts } from './area-text-keys';
import { AREA_TEXTS, type TextArea, textAreaOf } from './area-texts';
import { de, type TranslationKey } from './dictionary-de';
import { en } from './dictionary-en';
import { registeredTexts } from './text-registry';
import { DEFAULT_UI_LOCALE, isUiLocale, LOCALE_STORAGE_KEY, type UiLocale } from './ui-locale';
import { DEVICE_TIME_ZONE, deviceClockDiffers, PROGRAMME_TIME_ZONE, showsTimeOfDay } from './programme-time';

/** `zoneLabel: false` leaves out "(Berliner Zeit)", for a time that is part of a longer phrase labelled once. */
export interface FormatDateOptions {
  zoneLabel?: boolean;
}

export type TranslationParams = Record<string, string | number>;

/**
 * Runtime translation: current UI language as a signal, persisted locally and reflected in `<html lang>`.
 * The always-loaded texts are part of the first bundle; an area's texts load with its pages
 * (`withTexts` on the routes) and, as a safety net, the first time one of its keys is asked for.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<UiLocale>(this.readStoredLocale());
  /** Every text loaded so far, per language. */
  private readonly texts = signal<Record<UiLocale, AreaTexts>>({
    de: { ...de, ...registeredTexts.de },
    en: { ...en, ...registeredTexts.en },
  });
  /** Loads started or done, by "<language>:<area>". */
  private readonly loads = new Map<string, Promise<void>>();
  /** The zone of the viewer's device; times are shown in Berlin's and labelled when this one differs. */
  readonly deviceTimeZone = inject(DEVICE_TIME_ZONE);

  /** Current UI language. */
  readonly locale = this.state.asReadonly();
  /** The texts of the current language loaded so far. */
  readonly dictionary = computed(() => this.texts()[this.state()]);

  constructor() {
    this.applyToDocument(this.state());
  }

  setLocale(locale: UiLocale): void {
    if (!isUiLocale(locale)) return;
    this.state.set(locale);
    // The areas already shown in the other language follow; until they arrive their keys fall back to German.
    this.loadAreas(this.loadedAreas(), locale).catch(() => undefined);
    try {
      this.document.defaultView?.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this page view.
    }
    this.applyToDocument(locale);
  }

  /**
   * Translates a key; `{name}` placeholders are replaced from `params`. `locale` asks for another
   * language than the UI's (e.g. a preview of what an English reader sees).
   */
  t(key: TranslationKey, params?: TranslationParams, locale?: UiLocale): string {
    const language = locale ?? this.state();
    const texts = this.texts();
    let template = texts[language][key];
    if (template === undefined) {
      // Not loaded yet (a page whose route did not name this area): load it; the signal re-renders.
      const area = textAreaOf(key);
      if (area) this.loadAreas([area], language).catch(() => undefined);
      template = texts.de[key] ?? key;
    }
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
    );
  }

  /**
   * Formats an instant (or a calendar day from `calendarDayInstant`) in the UI language on the
   * programme's clock (Europe/Berlin) unless `options.timeZone` says otherwise. A time of day gets
   * "(Berliner Zeit)" / "(Berlin time)" when the device's clock shows another time.
   */
  formatDate(
    value: string | number | Date | null | undefined,
    options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
    format: FormatDateOptions = {},
  ): string {
    const date = toDate(value);
    if (!date) return '';
    const zoned = { ...options, timeZone: options.timeZone ?? PROGRAMME_TIME_ZONE };
    return new Intl.DateTimeFormat(this.intlLocale(), zoned).format(date) + this.zoneSuffix([date], zoned, format);
  }

  /** A span such as "Di., 3. März 2026, 09:00–16:00 (Berliner Zeit)", on the programme's clock; one label at the end. */
  formatDateRange(
    start: string | number | Date | null | undefined,
    end: string | number | Date | null | undefined,
    options: Intl.DateTimeFormatOptions,
    format: FormatDateOptions = {},
  ): string {
    const from = toDate(start);
    const to = toDate(end);
    if (!from) return '';
    const zoned = { ...options, timeZone: options.timeZone ?? PROGRAMME_TIME_ZONE };
    const formatter = new Intl.DateTimeFormat(this.intlLocale(), zoned);
    const text = to && to > from ? formatter.formatRange(from, to) : formatter.format(from);
    return text + this.zoneSuffix(to ? [from, to] : [from], zoned, format);
  }

  /** " (Berliner Zeit)" when a time of day on Berlin's clock is shown to a device elsewhere, else "". */
  private zoneSuffix(instants: Date[], options: Intl.DateTimeFormatOptions, format: FormatDateOptions): string {
    if (format.zoneLabel === false || options.timeZone !== PROGRAMME_TIME_ZONE || !showsTimeOfDay(options)) return '';
    return instants.some((instant) => deviceClockDiffers(this.deviceTimeZone, instant)) ? ` ${this.t('common.programmeTimeZone')}` : '';
  }

  /** The label alone, for a page that shows several times and explains the zone once; "" when not needed. */
  programmeZoneNote(instant: string | Date | null | undefined): string {
    const date = toDate(instant) ?? new Date();
    return deviceClockDiffers(this.deviceTimeZone, date) ? this.t('common.programmeTimeZone') : '';
  }

  /** Loads the texts of `areas` in `locale` (default: the current language); resolves when they are there. */
  loadAreas(areas: readonly TextArea[], locale: UiLocale = this.state()): Promise<void> {
    return Promise.all(areas.map((area) => this.loadArea(area, locale))).then(() => undefined);
  }

  private loadArea(area: TextArea, locale: UiLocale): Promise<void> {
    const id = `${locale}:${area}`;
    let load = this.loads.get(id);
    if (!load) {
      load = AREA_TEXTS[area][locale]().then((texts) => this.texts.update((all) => ({ ...all, [locale]: { ...all[locale], ...texts } })));
      // A failed load (network) may be tried again by the next page.
      load.catch(() => this.loads.delete(id));
      this.loads.set(id, load);
    }
    return load;
  }

  private loadedAreas(): TextArea[] {
    return [...new Set([...this.loads.keys()].map((id) => id.slice(id.indexOf(':') + 1) as TextArea))];
  }

  formatNumber(value: number | null | undefined, options?: Intl.NumberFormatOptions): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '';
    return new Intl.NumberFormat(this.intlLocale(), options).format(value);
  }

  /** BCP 47 tag for Intl formatting. */
  intlLocale(): string {
    return this.state() === 'de' ? 'de-DE' : 'en-GB';
  }

  /** The visitor's own choice; else, on a first visit, the browser's language as the server read it from Accept-Language; else German. */
  private readStoredLocale(): UiLocale {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LOCALE_STORAGE_KEY);
      if (isUiLocale(stored)) return stored;
    } catch {
      // ignore
    }
    const browser = this.document.documentElement.getAttribute('data-browser-locale');
    return isUiLocale(browser) ? browser : DEFAULT_UI_LOCALE;
  }

  private applyToDocument(locale: UiLocale): void {
    this.document.documentElement.lang = locale;
  }
}

function toDate(value: string | number | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
