/**
 * Paths of the web app that the API links to (mails, calendar entries, certificates). The web app's
 * routes use the same constants, so a renamed page cannot leave a dead link in a mail.
 */
export const WebRoute = {
  INVITATION: 'einladung',
  PASSWORD_RESET: 'passwort-neu',
  APPLY: 'bewerben/:cohortId',
  VERIFY_CERTIFICATE: 'verify/:code',
  MY_WAY: 'mein-weg',
  ASSIGNMENT: 'mein-weg/modul/:position',
  GRADING_QUEUE: 'trainer/bewertung',
  GRADING_ATTEMPT: 'trainer/bewertung/:attemptId',
  MY_DATA: 'profil/meine-daten',
  /** Answering a survey from a mail; the one-time token follows in the fragment (`#…`), which browsers never send. */
  SURVEY_LINK: 'befragungen/link',
  COUNSELLING_REQUEST: 'beratung/anfragen/:requestId',
  /** Asking for counselling, signed in. */
  COUNSELLING_NEW: 'beratung/neu',
} as const;

export type WebRoute = (typeof WebRoute)[keyof typeof WebRoute];

/**
 * The absolute address of a page: `base` (the public URL, no trailing slash), the route with its
 * `:params` filled in (encoded), and an optional query.
 */
export function webUrl(base: string, route: WebRoute, params: Record<string, string | number> = {}, query: Record<string, string> = {}): string {
  const path = route.replace(/:(\w+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`webUrl: missing :${name} for ${route}`);
    return encodeURIComponent(String(params[name]));
  });
  const search = new URLSearchParams(query).toString();
  return `${base}/${path}${search ? `?${search}` : ''}`;
}
