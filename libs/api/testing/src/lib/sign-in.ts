import { sqlOne } from '@koko/api/core/database';
import { DataSource } from 'typeorm';
import { TEST_PASSWORD } from './factories';
import { GraphQLClient } from './graphql-client';
import { TestApp } from './test-app';

/** A user's e-mail address, for accounts arranged by id only (createRunningCohort's participants). */
export async function emailOf(db: DataSource, userId: string): Promise<string> {
  return (await sqlOne<{ email: string }>(db, `SELECT email FROM users WHERE id = $1`, [userId])).email;
}

/** A new client signed in as the user; without a password, with the one every test account has. */
export async function signInAs(t: TestApp, user: { email: string; password?: string }, locale: 'de' | 'en' = 'de'): Promise<GraphQLClient> {
  const client = t.client(locale);
  await client.signIn(user.email, user.password ?? TEST_PASSWORD);
  return client;
}

/** A new client signed in as the account with this id (its e-mail looked up). */
export async function signInById(t: TestApp, userId: string, locale: 'de' | 'en' = 'de'): Promise<GraphQLClient> {
  return signInAs(t, { email: await emailOf(t.db, userId) }, locale);
}
