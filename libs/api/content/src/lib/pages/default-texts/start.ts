import type { DefaultPageText } from './default-page-text';

/** The start page, after the programme's own public description. */
export const START_PAGE: DefaultPageText = {
  de: {
    title: 'KoKo II – Kommunales Konfliktmanagement fördern',
    body: `Kommunen stehen vor vielfältigen Herausforderungen rund um Migration und Integration, an denen sich immer wieder Konflikte entzünden – mal schwelend, mal krisenhaft zugespitzt. **KoKo II** unterstützt Kommunen in Nordrhein-Westfalen gemeinsam mit kommunalen Schlüsselakteuren dabei, konflikttauglicher und krisenfester zu werden: Konflikte frühzeitig bemerken, konstruktiv bearbeiten und sich auf krisenhafte Ereignisse gut vorbereiten.

Der Fokus liegt auf Konflikten rund um Integration und Migration – auf solchen, die sich an diesen Themen entzünden, weil Interessen oder Wertvorstellungen aufeinanderprallen, und auf solchen, die an Integration und Migration festgemacht werden, sich aber eigentlich um anderes drehen.

Zielgruppe sind Kommunen, die bereits am Vorgängerprojekt KoKo I teilgenommen haben, und Kommunen, die neu hinzukommen.`,
  },
  en: {
    title: 'KoKo II – Promoting municipal conflict management',
    body: `Municipalities face many challenges around migration and integration, and conflicts keep arising from them – sometimes smouldering, sometimes escalating into a crisis. **KoKo II** helps municipalities in North Rhine-Westphalia, together with key local actors, to handle conflicts better and to be better prepared for crises: notice conflicts early, work on them constructively and prepare well for critical events.

The focus is on conflicts around integration and migration – those sparked by clashing interests or values, and those that are pinned on integration and migration but are really about something else.

The programme is open to municipalities that took part in the predecessor project KoKo I and to municipalities joining for the first time.`,
  },
};
