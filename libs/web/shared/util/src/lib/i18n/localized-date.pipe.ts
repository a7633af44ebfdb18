import { inject, Pipe, type PipeTransform } from '@angular/core';
import { I18nService } from './i18n.service';

/** Formats a date with `Intl` in the current UI language. */
@Pipe({ name: 'localDate', pure: false })
export class LocalizedDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | number | Date | null | undefined, style: 'date' | 'dateTime' = 'date'): string {
    return this.i18n.formatDate(
      value,
      style === 'dateTime' ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
    );
  }
}
