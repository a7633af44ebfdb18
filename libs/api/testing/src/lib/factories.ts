import { sqlOne, sqlRows } from '@koko/api/core/database';
import { ARGON2_HASH_FOR_TESTS } from './password-hash';
import { Locale, Role } from '@koko/shared';
import { DataSource } from 'typeorm';

export const TEST_PASSWORD = 'Sicheres-Test-Passwort-42';

let counter = 0;

export interface TestUser {
  id: string;
  email: string;
  password: string;
  roles: Role[];
  displayName: string;
}

/** Inserts an account directly (the API under test is for behaviour, not for arranging data). */
export async function createUser(
  db: DataSource,
  overrides: Partial<{ email: string; roles: Role[]; active: boolean; locale: Locale; displayName: string; invited: boolean }> = {},
): Promise<TestUser> {
  counter++;
  const roles = overrides.roles ?? [Role.PARTICIPANT];
  const email = overrides.email ?? `user${counter}.${Math.random().toString(36).slice(2, 8)}@example.org`;
  const displayName = overrides.displayName ?? `Test Person ${counter}`;
  const row = await sqlOne<{ id: string }>(
    db,
    `INSERT INTO users (email, display_name, certificate_name, locale, roles, active, password_hash)
     VALUES ($1, $2, $2, $3, $4, $5, $6) RETURNING id`,
    [email, displayName, overrides.locale ?? Locale.DE, roles, overrides.active ?? true, overrides.invited ? null : await ARGON2_HASH_FOR_TESTS],
  );
  return { id: row.id, email, password: TEST_PASSWORD, roles, displayName };
}

/** Waits for the mail worker to deliver a mail to the address (captured transport). */
export async function waitForMail(
  db: DataSource,
  recipient: string,
  options: { subject?: RegExp; timeoutMs?: number } = {},
): Promise<{ subject: string; text: string; html: string }> {
  const until = Date.now() + (options.timeoutMs ?? 8000);
  while (Date.now() < until) {
    const rows = await sqlRows<{ subject: string; text: string; html: string }>(
      db,
      `SELECT subject, text, html FROM captured_mail WHERE lower(recipient) = lower($1) ORDER BY created_at DESC`,
      [recipient],
    );
    const hit = rows.find((r) => !options.subject || options.subject.test(r.subject));
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No mail to ${recipient} within the timeout`);
}

/** The mails the captured transport has delivered to these addresses (exactly as written). */
export function capturedMails(db: DataSource, recipients: string[]): Promise<{ recipient: string; subject: string; text: string; html: string }[]> {
  return sqlRows(db, `SELECT recipient, subject, text, html FROM captured_mail WHERE recipient = ANY($1) ORDER BY created_at`, [recipients]);
}

/** How many mails the captured transport has delivered to the address (exactly as written). */
export async function capturedMailCount(db: DataSource, recipient: string): Promise<number> {
  return (await sqlOne<{ n: number }>(db, `SELECT count(*)::int AS n FROM captured_mail WHERE recipient = $1`, [recipient])).n;
}

/** Pulls the token out of the first link in a mail's text. */
export function linkToken(text: string): string {
  const match = /token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`No token link in mail:\n${text}`);
  return match[1];
}

/** Polls until the value equals the expected one (for work the background worker does). */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 8000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < until) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Expected ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`);
}
