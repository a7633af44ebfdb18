import { inject, Pipe, type PipeTransform } from '@angular/core';
import { I18nService } from './i18n.service';

const STYLES = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  /** As the mails write it: "2. Dezember 2026 um 11:00". */
  longDateTime: { dateStyle: 'long', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * Formats a date in the current UI language on the programme's clock (Europe/Berlin); a time of day
 * is labelled "(Berliner Zeit)" when the device's clock differs.
 */
@Pipe({ name: 'localDate', pure: false })
export class LocalizedDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | number | Date | null | undefined, style: keyof typeof STYLES = 'date'): string {
    return this.i18n.formatDate(value, STYLES[style]);
  }
}
