import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { CredentialsService } from './credentials.service';
import { eddsaRdfc2022, JsonObject, linkedData, offlineDocumentLoader, VerifyResult } from './linked-data';
import { CredentialKeys } from './signing-keys';
import { StatusListsService } from './status-lists.service';

/** What a check of a credential found; `verified` only when every part holds. */
export interface CredentialCheck {
  verified: boolean;
  /** The Data Integrity proof matches the content and a key of the issuer (only checked for credentials of this portal). */
  signatureValid: boolean;
  /** The issuer is this portal's did:web. */
  issuedHere: boolean;
  issuerId: string | null;
  issuerName: string | null;
  /** The status list bit: true revoked, false not revoked, null not known (no status, or not ours). */
  revoked: boolean | null;
  validFrom: string | null;
  validUntil: string | null;
  /** validUntil has passed, or validFrom lies ahead. */
  outsideValidity: boolean;
  holderName: string | null;
  achievementName: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const object = (value: unknown): JsonObject | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : null);

/**
 * Verifies a credential someone hands in (/verify): signature against this portal's DID document,
 * revocation against its own signed status list, dates. Offline like the signing: credentials of
 * other issuers are not checked (their keys would have to be fetched), only reported as foreign.
 */
@Injectable()
export class CredentialVerifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: CredentialKeys,
    private readonly credentials: CredentialsService,
    private readonly statusLists: StatusListsService,
  ) {}

  /** Is this a JSON object that claims to be a verifiable credential? */
  static looksLikeCredential(value: unknown): value is JsonObject {
    const credential = object(value);
    const types = credential?.['type'];
    return !!credential && Array.isArray(types) && types.includes('VerifiableCredential') && credential['@context'] !== undefined;
  }

  async check(credential: JsonObject, now = new Date()): Promise<CredentialCheck> {
    const issuer = credential['issuer'];
    const issuerId = text(issuer) ?? text(object(issuer)?.['id']);
    const subject = object(credential['credentialSubject']);
    const validFrom = text(credential['validFrom']);
    const validUntil = text(credential['validUntil']);
    const facts = {
      issuerId,
      issuerName: text(object(issuer)?.['name']),
      validFrom,
      validUntil,
      outsideValidity: (!!validFrom && new Date(validFrom) > now) || (!!validUntil && new Date(validUntil) < now),
      holderName: text(subject?.['name']),
      achievementName: text(object(subject?.['achievement'])?.['name']),
    };
    if (issuerId !== this.keys.did) return { ...facts, verified: false, signatureValid: false, issuedHere: false, revoked: null };

    const { vc, statusList } = linkedData();
    const hasStatus = !!credential['credentialStatus'];
    let result: VerifyResult;
    try {
      result = await vc.verifyCredential({ credential, suite: eddsaRdfc2022(), documentLoader: this.documentLoader(), checkStatus: hasStatus ? statusList.checkStatus : undefined, now });
    } catch (error) {
      // Malformed JSON-LD (unknown terms, remote contexts) is a failed check, not an outage.
      result = { verified: false, error: error as Error };
    }
    const signatureValid = result.results?.[0]?.verified === true;
    const status = result.statusResult?.verified ? result.statusResult.results?.[0]?.status : undefined;
    const revoked = typeof status === 'boolean' ? status : null;
    return {
      ...facts,
      verified: signatureValid && result.verified && (hasStatus ? revoked === false : true) && !facts.outsideValidity,
      signatureValid,
      issuedHere: true,
      revoked,
    };
  }

  /** This portal's DID document and keys (from CredentialsService) plus its status lists, read locally. */
  private documentLoader() {
    const own = this.credentials.documentLoader();
    const listPrefix = `${this.config.publicUrl}/api/credentials/status/`;
    return offlineDocumentLoader(async (url) => {
      if (url.startsWith(listPrefix) && /^\d+$/.test(url.slice(listPrefix.length))) return this.statusLists.statusListCredential(Number(url.slice(listPrefix.length)));
      try {
        return (await own(url)).document;
      } catch {
        return null;
      }
    });
  }
}
