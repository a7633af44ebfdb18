import { inject, Pipe, type PipeTransform } from '@angular/core';
import { calendarDay, PROGRAMME_TIME_ZONE } from '@koko/web/catalogue/data-access';
import { I18nService } from '@koko/web/shared/util';

const STYLES = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  weekdayDate: { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' },
  time: { timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * An instant (sessions, deadlines) in the user's language, on Berlin's clock – the clock the admin typed it on.
 * `{{ session.startsAt | berlinTime: 'time' }}`
 */
@Pipe({ name: 'berlinTime', pure: false })
export class BerlinTimePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | null | undefined, style: keyof typeof STYLES = 'dateTime'): string {
    return this.i18n.formatDate(value, { ...STYLES[style], timeZone: PROGRAMME_TIME_ZONE });
  }
}

/** A calendar day (`YYYY-MM-DD`) as a local date for the `localDate` pipe: `{{ cohort.startsOn | calendarDay | localDate }}`. */
@Pipe({ name: 'calendarDay' })
export class CalendarDayPipe implements PipeTransform {
  transform(value: string | null | undefined): Date | null {
    return calendarDay(value);
  }
}

/** A number in the user's language (`1.234` / `1,234`). */
@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined): string {
    return this.i18n.formatNumber(value);
  }
}
