import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not, IsNull } from 'typeorm';
import { CredentialsService, STATUS_LIST_LENGTH } from './credentials.service';
import { IssuedCredential } from './issued-credential.entity';
import { JsonObject, linkedData } from './linked-data';
import { VC_CONTEXT_V2, vcDate } from './open-badge';

/**
 * The Bitstring Status Lists (purpose "revocation") this app serves, each as a credential signed
 * like the badges. Built from the table on request; a signed list is reused while no bit changed.
 */
@Injectable()
export class StatusListsService {
  private readonly signed = new Map<number, { revoked: string; credential: JsonObject }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly credentials: CredentialsService,
  ) {}

  /** The signed status list credential `n`, or null when no credential points to that list. */
  async statusListCredential(n: number): Promise<JsonObject | null> {
    const used = await this.db.manager.exists(IssuedCredential, { where: { statusList: n } });
    if (!used) return null;
    const revoked = await this.db.manager.find(IssuedCredential, {
      select: { statusIndex: true, revokedAt: true },
      where: { statusList: n, revokedAt: Not(IsNull()) },
      order: { statusIndex: 'ASC' },
    });
    const key = revoked.map((r) => r.statusIndex).join(',');
    const cached = this.signed.get(n);
    if (cached && cached.revoked === key) return cached.credential;

    const list = await linkedData().statusList.createList({ length: STATUS_LIST_LENGTH });
    for (const r of revoked) list.setStatus(r.statusIndex, true);
    // Valid from the latest change (or the first issue), so equal lists carry equal dates.
    const changedAt = revoked.reduce<Date | null>((latest, r) => (!latest || (r.revokedAt as Date) > latest ? (r.revokedAt as Date) : latest), null);
    const first = await this.db.manager.findOne(IssuedCredential, { select: { issuedAt: true }, where: { statusList: n }, order: { issuedAt: 'ASC' } });
    const validFrom = changedAt ?? (first as IssuedCredential).issuedAt;
    const url = this.credentials.statusListUrl(n);
    const credential = await this.credentials.sign(
      {
        '@context': [VC_CONTEXT_V2],
        id: url,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: this.credentials.issuerDid,
        validFrom: vcDate(validFrom),
        credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: await list.encode() },
      },
      validFrom,
    );
    this.signed.set(n, { revoked: key, credential });
    return credential;
  }
}
