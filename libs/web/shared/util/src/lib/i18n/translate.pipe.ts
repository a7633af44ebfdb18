import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { TranslationKey } from './dictionary-de';
import { I18nService, type TranslationParams } from './i18n.service';

/**
 * `{{ 'signIn.heading' | t }}`. Impure so it re-evaluates when the locale signal changes;
 * the signal read inside also marks OnPush views dirty in zoneless mode.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
