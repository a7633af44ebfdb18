import type { TestApp } from '@koko/api/testing';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export type Json = Record<string, unknown>;

export interface IndependentResult {
  verified: boolean;
  signature: boolean;
  errors: string[];
  status: { purpose: string; set: boolean }[] | null;
}

const VERIFIER = join(__dirname, 'independent-verifier.mjs');

/**
 * Verifies in a separate Node process with none of the app's code, given what it would have fetched;
 * `now` for credentials issued under a test clock.
 */
export function verifyIndependently(credential: Json, documents: Record<string, Json>, now?: Date): IndependentResult {
  const run = spawnSync(process.execPath, [VERIFIER], { input: JSON.stringify({ credential, documents, now: now?.toISOString() }), encoding: 'utf8', cwd: join(__dirname, '..', '..', '..', '..') });
  if (run.status !== 0) throw new Error(`verifier failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as IndependentResult;
}

/** What a verifier fetches: the DID document from https://campus.test/.well-known/did.json and status list 1. */
export async function publishedCredentialDocuments(t: TestApp): Promise<Record<string, Json>> {
  const did = await t.http().get('/.well-known/did.json').expect(200);
  const list = await t.http().get('/api/credentials/status/1').expect(200);
  expect(list.headers['content-type']).toMatch(/^application\/vc\+ld\+json/);
  return { 'https://campus.test/.well-known/did.json': did.body as Json, 'http://campus.test/api/credentials/status/1': JSON.parse(list.text) as Json };
}
