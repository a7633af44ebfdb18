import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { berlinDay } from '@koko/api/catalogue';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Certificate, CertificateState, RevocationReason } from '../certificate.entity';
import { CertificateErrorCode, CertificateException } from '../certificates.exception';
import { CERTIFICATE_NUMBER, normaliseName } from '../issuing/certificate-number';
import { sqlOne } from '@koko/api/core/database';
import { ForeignDocumentView, VerifiableDocuments, VerifiedDocumentKind } from '@koko/api/core/documents';
import { CredentialCheck, CredentialVerifier } from '@koko/api/credentials';

/** What anyone may learn about a certificate: its state, name, programme and issue date, nothing more. */
export interface PublicCertificateView {
  kind: VerifiedDocumentKind;
  state: CertificateState;
  number: string;
  printedName: string;
  programmeTitle: string;
  issuedOn: string;
  revokedOn: string | null;
  revocationReason: RevocationReason | null;
  supersededByCode: string | null;
  verificationCode: string;
  eventTitle: string | null;
  eventDate: string | null;
}

const CODE = /^[A-Za-z0-9_-]{22,64}$/;

@Injectable()
export class VerificationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly documents: VerifiableDocuments,
    private readonly credentials: CredentialVerifier,
  ) {}

  /** A digital credential (Open Badges 3.0 JSON) handed in: signature, issuer, revocation status, dates. */
  async byCredential(json: string, client: string): Promise<CredentialCheck> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      if (error instanceof SyntaxError) throw new CertificateException(CertificateErrorCode.NOT_A_CREDENTIAL);
      throw error;
    }
    if (!CredentialVerifier.looksLikeCredential(parsed)) throw new CertificateException(CertificateErrorCode.NOT_A_CREDENTIAL);
    await this.throttle(client);
    return this.credentials.check(parsed);
  }

  /** By the code of the verification URL / QR code; null when unknown. */
  async byCode(code: string, client: string): Promise<PublicCertificateView | null> {
    if (!CODE.test(code)) throw new CertificateException(CertificateErrorCode.CODE_MALFORMED);
    await this.throttle(client);
    const certificate = await this.db.manager.findOneBy(Certificate, { verificationCode: code });
    if (certificate) return this.view(certificate);
    return this.firstOf((source) => source.byCode(code));
  }

  /** By number plus surname (as printed, case and accents ignored); null when they do not match. */
  async byNumber(number: string, surname: string, client: string): Promise<PublicCertificateView | null> {
    await this.throttle(client);
    const normalised = number.trim().toUpperCase();
    if (!CERTIFICATE_NUMBER.test(normalised)) {
      const source = this.documents.all.find((s) => s.numberPattern.test(normalised));
      const found = source ? await source.byNumber(normalised) : null;
      return found && surnameMatches(found.printedName, surname) ? asPublic(found) : null;
    }
    const certificate = await this.db.manager.findOneBy(Certificate, { number: normalised });
    if (!certificate || !surnameMatches(certificate.printedName, surname)) return null;
    return this.view(certificate);
  }

  /** Is this file an unaltered original? Compared by SHA-256 with every issued PDF. */
  async byFile(file: Buffer, client: string): Promise<{ original: boolean; certificate: PublicCertificateView | null }> {
    if (file.subarray(0, 5).toString('latin1') !== '%PDF-') throw new CertificateException(CertificateErrorCode.NOT_A_PDF);
    await this.throttle(client);
    const sha256 = createHash('sha256').update(file).digest('hex');
    const certificate = await this.db.manager.findOneBy(Certificate, { sha256 });
    const found = certificate ? await this.view(certificate) : await this.firstOf((source) => source.bySha256(sha256));
    return { original: !!found, certificate: found };
  }

  private async firstOf(lookup: (source: VerifiableDocuments['all'][number]) => Promise<ForeignDocumentView | null>): Promise<PublicCertificateView | null> {
    for (const source of this.documents.all) {
      const found = await lookup(source);
      if (found) return asPublic(found);
    }
    return null;
  }

  private async view(c: Certificate): Promise<PublicCertificateView> {
    const successor = c.supersededById ? await this.db.manager.findOneBy(Certificate, { id: c.supersededById }) : null;
    return {
      kind: VerifiedDocumentKind.CERTIFICATE,
      state: c.state,
      number: c.number,
      printedName: c.printedName,
      programmeTitle: c.document.programmeTitle,
      issuedOn: c.document.issuedOn,
      revokedOn: c.revokedAt ? berlinDay(c.revokedAt) : null,
      revocationReason: c.revocationReason,
      supersededByCode: successor?.verificationCode ?? null,
      verificationCode: c.verificationCode,
      eventTitle: null,
      eventDate: null,
    };
  }

  /** Public lookups per client address and minute, counted in PostgreSQL so every instance agrees. */
  private async throttle(client: string): Promise<void> {
    const { hits } = await sqlOne<{ hits: number }>(
      this.db,
      `INSERT INTO request_throttle (key, window_start, hits) VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN request_throttle.window_start = date_trunc('minute', now()) THEN request_throttle.hits + 1 ELSE 1 END,
         window_start = date_trunc('minute', now())
       RETURNING hits`,
      [`verify:${client}`],
    );
    if (hits > this.config.certificates.verifyPerMinute) throw new CertificateException(CertificateErrorCode.TOO_MANY_LOOKUPS);
  }
}

/** Documents of other domains are never revoked or superseded. */
function asPublic(found: ForeignDocumentView): PublicCertificateView {
  return { ...found, state: CertificateState.VALID, revokedOn: null, revocationReason: null, supersededByCode: null };
}

/** The surname as typed matches the printed name (case, accents and spacing ignored). */
function surnameMatches(printedName: string, surname: string): boolean {
  const printed = normaliseName(printedName);
  const given = normaliseName(surname);
  return given.length >= 2 && (printed === given || printed.endsWith(` ${given}`) || printed.split(' ').includes(given));
}
