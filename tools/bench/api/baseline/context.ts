/** What every baseline scenario shares: options, the request context, refusals and small helpers. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Pool } from 'pg';
import { Locale, pickLocale } from '@koko/shared';

export interface BaselineOptions {
  pool: Pool;
  jwtSecret: string;
  sessionIdleMinutes: number;
  verifyPerMinute: number;
}

export interface Viewer {
  id: string;
  roles: string[];
  locale: Locale;
}

export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  viewer: Viewer | null;
  variables: Record<string, unknown>;
  opts: BaselineOptions;
}

export class Refused extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const CODE = /^[A-Za-z0-9_-]{22,64}$/;
export const SEAT_STATES = ['admitted', 'completed'];
/** GraphQL enum values are the upper-case names of the stored values. */
export const gqlEnum = (value: string | null) => (value === null ? null : value.toUpperCase());

export const displayLocale = (ctx: Ctx): Locale => {
  const header = ctx.req.headers['accept-language'];
  if (header) return pickLocale(header);
  return ctx.viewer?.locale ?? pickLocale(undefined);
};

export const signedIn = (ctx: Ctx, ...roles: string[]): Viewer => {
  if (!ctx.viewer) throw new Refused('UNAUTHENTICATED');
  if (roles.length && !roles.some((r) => ctx.viewer?.roles.includes(r))) throw new Refused('FORBIDDEN');
  return ctx.viewer;
};


/** A scenario's answer: exactly the fields of its query in ../scenarios.ts. */
export type Handler = (ctx: Ctx) => Promise<Record<string, unknown>>;

/** The client address as the API sees it with TRUST_PROXY=loopback: X-Forwarded-For from a loopback peer. */
export function clientAddress(req: IncomingMessage): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const forwarded = req.headers['x-forwarded-for'];
  const loopback = peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1';
  if (loopback && typeof forwarded === 'string' && forwarded) return forwarded.split(',').pop()?.trim() ?? peer;
  return peer;
}

