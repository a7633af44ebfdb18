import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { linkedData, MultikeyPair } from './linked-data';

/** Multicodec prefixes of Ed25519 keys in Multikey form (varint 0xed, 0x1300). */
const ED25519_PUBLIC = [0xed, 0x01];
const ED25519_SECRET = [0x80, 0x26];
/** PKCS#8 DER of an Ed25519 private key, up to the 32-byte seed. */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The public key (Multikey publicKeyMultibase) belonging to an Ed25519 secretKeyMultibase. */
export function publicKeyOf(secretKeyMultibase: string): string {
  const { base58 } = linkedData();
  const bytes = base58.decode(secretKeyMultibase.slice(1));
  // Seed (32 bytes), usually followed by the public key (32 bytes), as ed25519-multikey exports it.
  if (![34, 66].includes(bytes.length) || bytes[0] !== ED25519_SECRET[0] || bytes[1] !== ED25519_SECRET[1]) {
    throw new Error('CREDENTIAL_SIGNING_KEY is not an Ed25519 Multikey secret key ("zrv…")');
  }
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, bytes.subarray(2, 34)]), format: 'der', type: 'pkcs8' });
  const publicKey = Buffer.from(createPublicKey(privateKey).export({ format: 'jwk' }).x as string, 'base64url');
  if (bytes.length === 66 && !publicKey.equals(bytes.subarray(34))) throw new Error('CREDENTIAL_SIGNING_KEY: its public half does not belong to its seed');
  return `z${base58.encode(Uint8Array.from([...ED25519_PUBLIC, ...publicKey]))}`;
}

/** `did:web` of the public host: https://campus.example:8443 → did:web:campus.example%3A8443. */
export function didWebOf(publicUrl: string): string {
  const url = new URL(publicUrl);
  const path = url.pathname.split('/').filter(Boolean).map(encodeURIComponent);
  return ['did:web', encodeURIComponent(url.host), ...path].join(':');
}

export interface VerificationMethod {
  id: string;
  type: 'Multikey';
  controller: string;
  publicKeyMultibase: string;
}

/**
 * The issuer's keys: the current signing key (from CREDENTIAL_SIGNING_KEY; outside production
 * generated on first start and kept in CREDENTIAL_KEY_FILE) and the public halves of retired keys,
 * which stay in the DID document so credentials signed with them keep verifying.
 */
@Injectable()
export class CredentialKeys implements OnModuleInit {
  private readonly logger = new Logger(CredentialKeys.name);
  readonly did: string;
  private current: MultikeyPair | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.did = didWebOf(config.publicUrl);
  }

  async onModuleInit(): Promise<void> {
    const secretKeyMultibase = this.config.credentials.signingKey ?? (await this.developmentKey());
    const publicKeyMultibase = publicKeyOf(secretKeyMultibase);
    this.current = await linkedData().multikey.from({
      type: 'Multikey',
      id: this.methodId(publicKeyMultibase),
      controller: this.did,
      publicKeyMultibase,
      secretKeyMultibase,
    });
  }

  /** The key that signs now. */
  get signingKey(): MultikeyPair {
    if (!this.current) throw new Error('CredentialKeys used before the module was initialised');
    return this.current;
  }

  /** Current key first, then the retired ones (never twice). */
  verificationMethods(): VerificationMethod[] {
    const keys = [this.signingKey.publicKeyMultibase, ...this.config.credentials.retiredPublicKeys];
    return [...new Set(keys)].map((publicKeyMultibase) => ({ id: this.methodId(publicKeyMultibase), type: 'Multikey', controller: this.did, publicKeyMultibase }));
  }

  /** The DID document served at /.well-known/did.json. */
  didDocument(): Record<string, unknown> {
    const methods = this.verificationMethods();
    return {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: this.did,
      verificationMethod: methods,
      assertionMethod: methods.map((m) => m.id),
    };
  }

  private methodId(publicKeyMultibase: string): string {
    return `${this.did}#${publicKeyMultibase}`;
  }

  /** Development and tests only (production refuses to start without CREDENTIAL_SIGNING_KEY). */
  private async developmentKey(): Promise<string> {
    const file = this.config.credentials.keyFile;
    const existing = readKeyFile(file);
    if (existing) return existing;
    const generated = (await (await linkedData().multikey.generate()).export({ publicKey: true, secretKey: true })).secretKeyMultibase as string;
    mkdirSync(dirname(file), { recursive: true });
    try {
      // 'wx': a second process starting at the same moment keeps the first one's key.
      writeFileSync(file, JSON.stringify({ secretKeyMultibase: generated }, null, 2), { flag: 'wx', mode: 0o600 });
      this.logger.warn(`Generated a credential signing key for development in ${file}; production needs CREDENTIAL_SIGNING_KEY.`);
      return generated;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return readKeyFile(file) ?? generated;
    }
  }
}

function readKeyFile(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = JSON.parse(text) as { secretKeyMultibase?: unknown };
  if (typeof parsed.secretKeyMultibase !== 'string') throw new Error(`${file} holds no secretKeyMultibase`);
  return parsed.secretKeyMultibase;
}
