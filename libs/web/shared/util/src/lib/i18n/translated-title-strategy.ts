import { effect, inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { de, type TranslationKey } from './dictionary-de';
import { I18nService } from './i18n.service';

/** Route `title` values are dictionary keys; the document title is "<page> – KoKo Campus" and follows the language. */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private lastKey: string | undefined;

  constructor() {
    super();
    effect(() => {
      this.i18n.locale();
      this.apply(this.lastKey);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.lastKey = this.buildTitle(snapshot);
    this.apply(this.lastKey);
  }

  private apply(key: string | undefined): void {
    const app = this.i18n.t('app.name');
    if (!key) {
      this.title.setTitle(app);
      return;
    }
    const page = key in de ? this.i18n.t(key as TranslationKey) : key;
    this.title.setTitle(`${page} – ${app}`);
  }
}
