import { Locale, pickLocale } from '@koko/shared';
import type { Request } from 'express';

/**
 * The language answers are written in: the signed-in user's choice, else the browser's
 * Accept-Language (the web app sends its current UI language), else German.
 */
export function requestLocale(req: Request | undefined): Locale {
  const user = (req as (Request & { user?: { locale?: Locale } }) | undefined)?.user;
  if (user?.locale) return user.locale;
  return pickLocale(req?.headers['accept-language']);
}
