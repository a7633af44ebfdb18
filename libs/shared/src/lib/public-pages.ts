/**
 * The public pages whose texts the programme team edits without a deployment. The slug is also the
 * page's address in the web app (`/impressum`, …); `start` is the introduction on the start page.
 */
export const PUBLIC_PAGE_SLUGS = ['start', 'impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache', 'kontakt'] as const;

export type PublicPageSlug = (typeof PUBLIC_PAGE_SLUGS)[number];

export function isPublicPageSlug(value: unknown): value is PublicPageSlug {
  return typeof value === 'string' && (PUBLIC_PAGE_SLUGS as readonly string[]).includes(value);
}
