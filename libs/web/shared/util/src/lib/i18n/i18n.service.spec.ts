import { Component, Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18nService } from './i18n.service';
import { TranslatePipe } from './translate.pipe';
import { LOCALE_STORAGE_KEY } from './ui-locale';
import { withTexts } from './with-texts';

@Component({
  imports: [TranslatePipe],
  template: `<h1>{{ 'signIn.heading' | t }}</h1><p>{{ 'home.greeting' | t: { name: 'Ada' } }}</p>`,
})
class HostComponent {}

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
    TestBed.resetTestingModule();
  });

  it('defaults to German and sets <html lang>', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.locale()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(i18n.t('signIn.heading')).toBe('Anmelden');
  });

  it('switches language, persists it and updates <html lang>', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLocale('en');
    expect(i18n.t('signIn.heading')).toBe('Sign in');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('on a first visit speaks the browser\'s language as the server found it in Accept-Language, until the visitor chooses', () => {
    document.documentElement.setAttribute('data-browser-locale', 'en');
    try {
      expect(TestBed.inject(I18nService).locale()).toBe('en');
      TestBed.resetTestingModule();
      localStorage.setItem(LOCALE_STORAGE_KEY, 'de');
      expect(TestBed.inject(I18nService).locale()).toBe('de');
    } finally {
      document.documentElement.removeAttribute('data-browser-locale');
    }
  });

  it('restores the stored language', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    expect(TestBed.inject(I18nService).locale()).toBe('en');
  });

  it('ignores unknown stored values', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    expect(TestBed.inject(I18nService).locale()).toBe('de');
  });

  it('interpolates parameters', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('password.tooShort', { min: 12 })).toBe('Das Passwort muss mindestens 12 Zeichen lang sein.');
  });

  it('formats dates and numbers with Intl in the current locale', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.formatNumber(1234.5)).toBe('1.234,5');
    expect(i18n.formatDate('2026-03-01T12:00:00Z', { dateStyle: 'short', timeZone: 'UTC' })).toBe('01.03.26');
    i18n.setLocale('en');
    expect(i18n.formatNumber(1234.5)).toBe('1,234.5');
    expect(i18n.formatDate(null)).toBe('');
  });

  it('t pipe re-renders when the language changes', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent).toBe('Anmelden');
    expect(el.querySelector('p')?.textContent).toBe('Willkommen, Ada!');
    TestBed.inject(I18nService).setLocale('en');
    await fixture.whenStable();
    expect(el.querySelector('h1')?.textContent).toBe('Sign in');
    expect(el.querySelector('p')?.textContent).toBe('Welcome, Ada!');
  });

  describe('area texts (this library registers none up front, as in the app)', () => {
    @Component({ imports: [TranslatePipe], template: `<p>{{ 'progress.myWay.empty' | t }}</p><span>{{ 'progress.nav.myWay' | t }}</span>` })
    class AreaHostComponent {}

    it('keeps only the always-loaded texts in the first bundle and loads an area on request, per language', async () => {
      const i18n = TestBed.inject(I18nService);
      expect(i18n.t('progress.nav.myWay')).toBe('Mein Weg');
      expect(Object.prototype.hasOwnProperty.call(i18n.dictionary(), 'progress.myWay.empty')).toBe(false);
      await i18n.loadAreas(['progress']);
      expect(i18n.t('progress.myWay.empty')).toBe('Sie sind noch in keinem Durchgang zugelassen. Sobald Sie zugelassen sind, sehen Sie hier Ihren Weg durch die fünf Module.');
      expect(Object.prototype.hasOwnProperty.call(i18n.dictionary(), 'progress.myWay.empty')).toBe(true);
      await i18n.loadAreas(['progress'], 'en');
      expect(i18n.t('progress.myWay.empty', undefined, 'en')).toBe('You have not been admitted to a cohort yet. Once you are, your path through the five modules appears here.');
    });

    it('loads a route\'s areas together with its page', async () => {
      const injector = TestBed.inject(Injector);
      const page = await runInInjectionContext(injector, withTexts(['grading'], () => Promise.resolve('page')));
      expect(page).toBe('page');
      expect(TestBed.inject(I18nService).t('grading.queue.empty')).toBe('Keine Einreichungen mit diesen Filtern.');
    });

    it('renders an area key once its texts arrive, and follows a language switch', async () => {
      const fixture = TestBed.createComponent(AreaHostComponent);
      await fixture.whenStable();
      const el = fixture.nativeElement as HTMLElement;
      expect(el.querySelector('span')?.textContent).toBe('Mein Weg');
      await TestBed.inject(I18nService).loadAreas(['progress']);
      await fixture.whenStable();
      expect(el.querySelector('p')?.textContent).toBe('Sie sind noch in keinem Durchgang zugelassen. Sobald Sie zugelassen sind, sehen Sie hier Ihren Weg durch die fünf Module.');
      TestBed.inject(I18nService).setLocale('en');
      await TestBed.inject(I18nService).loadAreas(['progress']);
      await fixture.whenStable();
      expect(el.querySelector('p')?.textContent).toBe('You have not been admitted to a cohort yet. Once you are, your path through the five modules appears here.');
      expect(el.querySelector('span')?.textContent).toBe('My path');
    });
  });
});
