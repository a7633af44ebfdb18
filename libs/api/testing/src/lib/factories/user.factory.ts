import { sqlOne, sqlRows, sqlRun } from '@koko/api/core/database';
import { Locale } from '@koko/shared';
import { DataSource } from 'typeorm';

export interface UserChanges {
  displayName: string;
  certificateName: string;
  locale: Locale;
  active: boolean;
}

/** Changes an existing account directly (for arranging; the account API is what its own tests test). */
export async function updateUser(db: DataSource, userId: string, changes: Partial<UserChanges>): Promise<void> {
  const columns: Record<keyof UserChanges, string> = { displayName: 'display_name', certificateName: 'certificate_name', locale: 'locale', active: 'active' };
  const keys = (Object.keys(columns) as (keyof UserChanges)[]).filter((k) => changes[k] !== undefined);
  if (!keys.length) return;
  const assignments = keys.map((k, i) => `${columns[k]} = $${i + 2}`).join(', ');
  await sqlRun(db, `UPDATE users SET ${assignments} WHERE id = $1`, [userId, ...keys.map((k) => changes[k])]);
}

/** Makes the user's link tokens (invitation, password reset) expired a minute ago; without a user, everyone's. */
export async function expireLinkTokens(db: DataSource, userId?: string): Promise<void> {
  await sqlRun(db, `UPDATE user_tokens SET expires_at = now() - interval '1 minute' WHERE $1::uuid IS NULL OR user_id = $1`, [userId ?? null]);
}

/** How a trainer wants to hear of new submissions (without a row: each at once). */
export async function setTrainerMailPreference(db: DataSource, trainerId: string, submissionMail: 'immediate' | 'digest'): Promise<void> {
  await sqlRun(db, `INSERT INTO trainer_mail_preferences (user_id, submission_mail) VALUES ($1, $2)`, [trainerId, submissionMail]);
}

/** When each of the user's sessions was last seen (oldest session first). */
export async function sessionsLastSeenAt(db: DataSource, userId: string): Promise<Date[]> {
  const rows = await sqlRows<{ last_seen_at: Date }>(db, `SELECT last_seen_at FROM user_sessions WHERE user_id = $1 ORDER BY created_at`, [userId]);
  return rows.map((r) => r.last_seen_at);
}

/** Makes the user's sessions last seen at the given time (to let them run idle). */
export async function setSessionsLastSeenAt(db: DataSource, userId: string, at: Date): Promise<void> {
  await sqlRun(db, `UPDATE user_sessions SET last_seen_at = $2 WHERE user_id = $1`, [userId, at]);
}

/** The account's address and names as stored. */
export function accountOf(db: DataSource, userId: string): Promise<{ email: string; displayName: string; certificateName: string | null }> {
  return sqlOne(db, `SELECT email, display_name AS "displayName", certificate_name AS "certificateName" FROM users WHERE id = $1`, [userId]);
}
