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

/**
 * The language content is shown in: the language the page is in (the web app sends its current UI
 * language as Accept-Language, also right after a switch), else the signed-in user's choice, else German.
 */
export function displayLocale(req: Request | undefined): Locale {
  const header = req?.headers['accept-language'];
  if (header) return pickLocale(header);
  const user = (req as (Request & { user?: { locale?: Locale } }) | undefined)?.user;
  return user?.locale ?? pickLocale(undefined);
}
