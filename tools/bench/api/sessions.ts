/**
 * Signed-in benchmark clients: a session row per account and the cookie the API would set for it
 * (HS256 JWT naming the session, signed with the server's JWT_SECRET), so the benchmark needs no
 * password hashing and every request carries the same kind of cookie a browser sends.
 */
import { sign } from 'jsonwebtoken';
import type { Client } from 'pg';
import type { BenchRole } from './scenarios';

export async function sessionCookie(db: Client, userId: string, jwtSecret: string, idleMinutes = 30): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO user_sessions (user_id, last_seen_at, expires_at, user_agent, ip_address)
     VALUES ($1, now(), now() + interval '12 hours', 'koko-bench', '127.0.0.1') RETURNING id`,
    [userId],
  );
  const token = sign({ sub: userId, sid: rows[0].id }, jwtSecret, { algorithm: 'HS256', expiresIn: idleMinutes * 60 });
  return `koko_session=${token}`;
}

/** A cookie for every role the scenarios use (anonymous: none). */
export async function benchCookies(
  db: Client,
  f: { participantId: string; smallParticipantId: string; maxParticipantId: string; trainerId: string; adminId: string },
  jwtSecret: string,
  idleMinutes = 30,
): Promise<Record<BenchRole, string>> {
  return {
    anonymous: '',
    participant: await sessionCookie(db, f.participantId, jwtSecret, idleMinutes),
    participantOf5: await sessionCookie(db, f.smallParticipantId, jwtSecret, idleMinutes),
    participantOf1000: await sessionCookie(db, f.maxParticipantId, jwtSecret, idleMinutes),
    trainer: await sessionCookie(db, f.trainerId, jwtSecret, idleMinutes),
    admin: await sessionCookie(db, f.adminId, jwtSecret, idleMinutes),
  };
}
