/**
 * Signed-in benchmark clients: a session row per account and the cookie the API would set for it
 * (HS256 JWT naming the session, signed with the server's JWT_SECRET), so the benchmark needs no
 * password hashing and every request carries the same kind of cookie a browser sends.
 */
import { sign } from 'jsonwebtoken';
import type { Client } from 'pg';

export async function sessionCookie(db: Client, userId: string, jwtSecret: string, idleMinutes = 30): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO user_sessions (user_id, last_seen_at, expires_at, user_agent, ip_address)
     VALUES ($1, now(), now() + interval '12 hours', 'koko-bench', '127.0.0.1') RETURNING id`,
    [userId],
  );
  const token = sign({ sub: userId, sid: rows[0].id }, jwtSecret, { algorithm: 'HS256', expiresIn: idleMinutes * 60 });
  return `koko_session=${token}`;
}
