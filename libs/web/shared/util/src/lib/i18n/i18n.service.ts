import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, signal } from '@angular/core';
import { de, type TranslationKey } from './dictionary-de';
import { en } from './dictionary-en';
import { DEFAULT_UI_LOCALE, isUiLocale, LOCALE_STORAGE_KEY, type UiLocale } from './ui-locale';

export type TranslationParams = Record<string, string | number>;

const DICTIONARIES: Record<UiLocale, Record<TranslationKey, string>> = { de, en };

/** Runtime translation: current UI language as a signal, persisted locally and reflected in `<html lang>`. */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<UiLocale>(this.readStoredLocale());

  /** Current UI language. */
  readonly locale = this.state.asReadonly();
  readonly dictionary = computed(() => DICTIONARIES[this.state()]);

  constructor() {
    this.applyToDocument(this.state());
  }

  setLocale(locale: UiLocale): void {
    if (!isUiLocale(locale)) return;
    this.state.set(locale);
    try {
      this.document.defaultView?.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this page view.
    }
    this.applyToDocument(locale);
  }

  /** Translates a key; `{name}` placeholders are replaced from `params`. */
  t(key: TranslationKey, params?: TranslationParams): string {
    const template = this.dictionary()[key] ?? de[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
    );
  }

  formatDate(value: string | number | Date | null | undefined, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    if (value === null || value === undefined || value === '') return '';
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(this.intlLocale(), options).format(date);
  }

  formatNumber(value: number | null | undefined, options?: Intl.NumberFormatOptions): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '';
    return new Intl.NumberFormat(this.intlLocale(), options).format(value);
  }

  /** BCP 47 tag for Intl formatting. */
  intlLocale(): string {
    return this.state() === 'de' ? 'de-DE' : 'en-GB';
  }

  private readStoredLocale(): UiLocale {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LOCALE_STORAGE_KEY);
      if (isUiLocale(stored)) return stored;
    } catch {
      // ignore
    }
    return DEFAULT_UI_LOCALE;
  }

  private applyToDocument(locale: UiLocale): void {
    this.document.documentElement.lang = locale;
  }
}
