import type {
  Availability,
  RegistrationState,
  ShortFormatFormat,
  ShortFormatLanguage,
  ShortFormatState,
} from '@koko/web/shared/data-access-graphql';
import type { ShortFormatCardFragment } from '@koko/web/shared/data-access-graphql/events';
import type { TranslationKey } from '@koko/web/shared/util';

/** The topic title in the UI language. */
export function topicTitle(topic: ShortFormatCardFragment['topic'], locale: 'de' | 'en'): string {
  return locale === 'en' ? topic.titleEn : topic.title;
}

/** "YYYY-MM" of the next `count` months in Berlin time, starting with the current one. */
export function nextMonths(now: Date, count: number): string[] {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(now).split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const m = month - 1 + i;
    return `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

export const formatKey = (format: ShortFormatFormat): TranslationKey => `events.format.${format}`;
export const availabilityKey = (availability: Availability): TranslationKey => `events.availability.${availability}`;
export const shortFormatStateKey = (state: ShortFormatState): TranslationKey => `events.state.${state}`;
export const languageKey = (language: ShortFormatLanguage): TranslationKey => `events.language.${language}`;
export const linkStateKey = (state: RegistrationState): TranslationKey => `events.link.state.${state}`;

/** Where an event stands in time: registrations change only before it starts (the API's rule), join links and door codes matter until it ends. */
export type EventPhase = 'upcoming' | 'running' | 'over';

export function eventPhase(event: { startsAt: string; endsAt: string }, now: Date): EventPhase {
  if (now.getTime() < new Date(event.startsAt).getTime()) return 'upcoming';
  return now.getTime() < new Date(event.endsAt).getTime() ? 'running' : 'over';
}
