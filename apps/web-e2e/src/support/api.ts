import { APIRequestContext, request } from 'playwright-core';
import { BASE_URL, DEMO_PASSWORD } from './browser';

export type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** A calendar day relative to today (UTC); callers keep margins so it holds in Berlin time too. */
export function day(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** A time `offsetDays` from now at the given UTC hour. */
export function at(offsetDays: number, hourUtc: number): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date.toISOString();
}

/** Signs one account in through the API (for arranging data); the context keeps its session cookie. */
export async function apiAs(email: string): Promise<{ gql: Gql; api: APIRequestContext }> {
  const api = await request.newContext({ baseURL: BASE_URL(), extraHTTPHeaders: { 'apollo-require-preflight': 'true' } });
  const gql: Gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await api.post('/graphql', { data: { query, variables } });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  await gql('mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email, password: DEMO_PASSWORD } });
  return { gql, api };
}
