import { createHash } from 'node:crypto';
import type { JsonObject } from './linked-data';

export const VC_CONTEXT_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** Defines `1EdTechJsonSchemaValidator2019`, the credentialSchema type OB 3.0 asks for. */
export const OB_EXTENSIONS_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
export const OB_ACHIEVEMENT_CREDENTIAL_SCHEMA = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

/** Hochschule Niederrhein issues every credential (did:web of this portal's host). */
export const ISSUER_NAME = 'Hochschule Niederrhein';
export const ISSUER_URL = 'https://www.hs-niederrhein.de';
/**
 * The issuer's image: the seal of our documents (IssuerImageController), not a copied logo. Credentials
 * issued before it point at the portal's favicon, which stays served.
 */
export const ISSUER_IMAGE_PATH = '/api/credentials/issuer.svg';

export interface AchievementCredentialInput {
  /** The credential's own id (a UUID; the credential says `urn:uuid:…`). */
  id: string;
  issuerDid: string;
  publicUrl: string;
  /** A stable slug of what was achieved, e.g. "konfliktmanagerin". */
  achievementKey: string;
  achievementName: string;
  achievementDescription: string;
  criteriaNarrative: string;
  /** OB 3.0 achievementType, e.g. "Certificate". */
  achievementType: string;
  /** The document's number (KOKO-2026-000001), printed on the PDF too. */
  documentNumber: string;
  /** The public verification page of the printed document. */
  verificationUrl: string;
  holderEmail: string;
  printedName: string;
  validFrom: Date;
  /** Salt of the e-mail hash (random per credential, so hashes cannot be compared across credentials). */
  salt: string;
  status: { listUrl: string; index: number };
}

/** `sha256$<hex>` of the normalised address plus salt, as OB 3.0's IdentityObject defines it. */
export function emailIdentityHash(email: string, salt: string): string {
  return `sha256$${createHash('sha256').update(email.trim().toLowerCase() + salt).digest('hex')}`;
}

/** Seconds precision, as VC examples and most wallets expect (no milliseconds). */
export function vcDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An unsigned OpenBadgeCredential (VC Data Model 2.0 + OB 3.0.3). */
export function openBadgeCredential(input: AchievementCredentialInput): JsonObject {
  return {
    '@context': [VC_CONTEXT_V2, OB_CONTEXT, OB_EXTENSIONS_CONTEXT],
    id: `urn:uuid:${input.id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${input.achievementName} – ${input.documentNumber}`,
    description: `${input.achievementDescription} Prüfbar unter ${input.verificationUrl}`,
    issuer: {
      id: input.issuerDid,
      type: ['Profile'],
      name: ISSUER_NAME,
      url: ISSUER_URL,
      image: { id: `${input.publicUrl}${ISSUER_IMAGE_PATH}`, type: 'Image', caption: ISSUER_NAME },
    },
    validFrom: vcDate(input.validFrom),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityHash: emailIdentityHash(input.holderEmail, input.salt),
          identityType: 'emailAddress',
          hashed: true,
          salt: input.salt,
        },
      ],
      name: input.printedName,
      achievement: {
        id: `${input.publicUrl}/achievements/${input.achievementKey}`,
        type: ['Achievement'],
        achievementType: input.achievementType,
        name: input.achievementName,
        description: input.achievementDescription,
        criteria: { narrative: input.criteriaNarrative },
        creator: { id: input.issuerDid, type: ['Profile'], name: ISSUER_NAME, url: ISSUER_URL },
        inLanguage: 'de',
      },
    },
    credentialStatus: {
      id: `${input.status.listUrl}#${input.status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(input.status.index),
      statusListCredential: input.status.listUrl,
    },
    credentialSchema: [{ id: OB_ACHIEVEMENT_CREDENTIAL_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
  };
}
