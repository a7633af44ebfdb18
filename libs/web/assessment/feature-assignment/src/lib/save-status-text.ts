import type { SaveStatus } from '@koko/web/assessment/data-access';
import { type I18nService, PROGRAMME_TIME_ZONE } from '@koko/web/shared/util';

/** The same day on the programme's clock (the clock the time is shown on). */
function sameDay(a: Date, b: Date): boolean {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: PROGRAMME_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  return day.format(a) === day.format(b);
}

/**
 * The line under the editor: "Entwurf gespeichert um 14:32", "Wird gespeichert …", the error, or –
 * before anything was typed – when the draft was last saved.
 */
export function saveStatusText(status: SaveStatus, lastSavedAt: string | null, i18n: Pick<I18nService, 't' | 'formatDate'>, now = new Date()): string {
  switch (status.kind) {
    case 'pending':
      return i18n.t('assessment.save.pending');
    case 'saving':
      return i18n.t('assessment.save.saving');
    case 'error':
      return i18n.t('assessment.save.failed', { message: status.message });
    case 'saved': {
      const at = new Date(status.at);
      const time = i18n.formatDate(at, { hour: '2-digit', minute: '2-digit' });
      return sameDay(at, now) ? i18n.t('assessment.save.savedAt', { time }) : i18n.t('assessment.save.savedOn', { date: i18n.formatDate(at, { dateStyle: 'medium' }), time });
    }
    case 'idle': {
      if (!lastSavedAt) return i18n.t('assessment.save.idle');
      const at = new Date(lastSavedAt);
      return i18n.t('assessment.save.lastSaved', { date: i18n.formatDate(at, { dateStyle: 'medium' }), time: i18n.formatDate(at, { hour: '2-digit', minute: '2-digit' }) });
    }
  }
}
