import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlOne } from '@koko/api/core/database';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { CredentialDocumentKind, IssuedCredential } from './issued-credential.entity';
import { eddsaRdfc2022, JsonObject, linkedData, offlineDocumentLoader } from './linked-data';
import { AchievementCredentialInput, openBadgeCredential } from './open-badge';
import { CredentialKeys } from './signing-keys';

/** Positions per status list: 131,072 bits (16 KB), the minimum the Bitstring Status List spec asks for privacy. */
export const STATUS_LIST_LENGTH = 131_072;

export type AchievementInput = Omit<AchievementCredentialInput, 'id' | 'issuerDid' | 'publicUrl' | 'salt' | 'status'>;

/**
 * Signs Open Badges 3.0 credentials for issued documents (Data Integrity, eddsa-rdfc-2022, key of
 * did:web of this host) and keeps them; revoking sets the credential's status list bit. Signing
 * and verifying never touch the network: contexts are bundled, our DID document is local.
 */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: CredentialKeys,
  ) {}

  get issuerDid(): string {
    return this.keys.did;
  }

  /** The URL of status list `n` (served by this app). */
  statusListUrl(n: number): string {
    return `${this.config.publicUrl}/api/credentials/status/${n}`;
  }

  /** Signs and stores the credential for a document, inside the caller's transaction. */
  async issue(m: EntityManager, document: { kind: CredentialDocumentKind; id: string }, achievement: AchievementInput): Promise<IssuedCredential> {
    const { position } = await sqlOne<{ position: number }>(m, `SELECT nextval('credential_status_positions')::integer AS position`);
    const statusList = Math.floor(position / STATUS_LIST_LENGTH) + 1;
    const statusIndex = position % STATUS_LIST_LENGTH;
    const id = randomUUID();
    const unsigned = openBadgeCredential({
      ...achievement,
      id,
      issuerDid: this.keys.did,
      publicUrl: this.config.publicUrl,
      salt: randomBytes(16).toString('hex'),
      status: { listUrl: this.statusListUrl(statusList), index: statusIndex },
    });
    const credential = await this.sign(unsigned, achievement.validFrom);
    return m.save(
      m.create(IssuedCredential, {
        id,
        documentKind: document.kind,
        documentId: document.id,
        statusList,
        statusIndex,
        verificationMethod: this.keys.signingKey.id as string,
        credential,
        issuedAt: achievement.validFrom,
        revokedAt: null,
      }),
    );
  }

  /** Sets the document's credential's status bit (if it has one), inside the caller's transaction. */
  async revoke(m: EntityManager, document: { kind: CredentialDocumentKind; id: string }, at: Date): Promise<void> {
    await m.update(IssuedCredential, { documentKind: document.kind, documentId: document.id, revokedAt: IsNull() }, { revokedAt: at });
  }

  forDocument(kind: CredentialDocumentKind, id: string): Promise<IssuedCredential | null> {
    return this.db.manager.findOneBy(IssuedCredential, { documentKind: kind, documentId: id });
  }

  /** Which of these documents have a credential. */
  async documentsWithCredential(kind: CredentialDocumentKind, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.db.manager.find(IssuedCredential, { select: { documentId: true }, where: { documentKind: kind, documentId: In([...ids]) } });
    return new Set(rows.map((r) => r.documentId));
  }

  /** A Data Integrity proof (eddsa-rdfc-2022) by the current key; `created` is the given instant. */
  async sign(unsigned: JsonObject, created: Date): Promise<JsonObject> {
    const { vc } = linkedData();
    return vc.issue({ credential: unsigned, suite: eddsaRdfc2022(this.keys.signingKey.signer(), created), documentLoader: this.documentLoader() });
  }

  /** Resolves only what this app is: bundled contexts, its own DID document and keys. */
  documentLoader() {
    return offlineDocumentLoader(async (url) => {
      const [base] = url.split('#');
      if (base !== this.keys.did) return null;
      if (url === base) return this.keys.didDocument();
      const method = this.keys.verificationMethods().find((m) => m.id === url);
      return method ? { '@context': 'https://w3id.org/security/multikey/v1', ...method } : null;
    });
  }
}
