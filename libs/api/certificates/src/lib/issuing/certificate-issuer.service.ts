import { Inject, Injectable, Optional } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { TransactionalEvent } from '@koko/api/core/database';
import { issueWithStoredDocument, nextInYearSeries, StoreDocument } from '@koko/api/core/documents';
import { FILE_STORAGE, FileStorage } from '@koko/api/core/storage';
import { Metrics } from '@koko/api/core/metrics';
import type { Counter } from 'prom-client';
import { berlinDay, Cohort } from '@koko/api/catalogue';
import { Enrolment, EnrolmentService, EnrolmentState } from '@koko/api/enrolment';
import { UserDirectory } from '@koko/api/identity';
import { CredentialDocumentKind, CredentialsService } from '@koko/api/credentials';
import { ProgressService } from '@koko/api/progress';
import { CertificateEvents, CertificateIssuedEvent, CertificateReissuedEvent, CertificateRevokedEvent, CertificateTitle, DEFAULT_CERTIFICATE_TITLE, Locale, Role, WebRoute, webUrl } from '@koko/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Certificate, CertificateDocument, CertificateState, RevocationReason } from '../certificate.entity';
import { CertificateErrorCode, CertificateException } from '../certificates.exception';
import { certificateAchievement, certificateDocument, moduleDates } from './certificate-document';
import { formatCertificateNumber } from './certificate-number';
import { CertificateRenderer } from './certificate-renderer.service';

/** The reissue reason recorded when a certificate is reissued to get a credential. */
export const REISSUE_WITH_CREDENTIAL_REASON = 'Neuausstellung mit digitalem Nachweis auf Anfrage';


/**
 * Issues, revokes and reissues certificates. A PDF is rendered once, at issue, stored with its
 * SHA-256 and never rendered again; numbers come from a per-year counter row that is locked and
 * incremented in the issuing transaction, so they are unique and gap-free even under concurrency.
 */
@Injectable()
export class CertificateIssuerService {
  private readonly issuedCounter: Counter<'kind' | 'mode'> | null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly progress: ProgressService,
    private readonly enrolments: EnrolmentService,
    private readonly events: EventEmitter2,
    private readonly users: UserDirectory,
    private readonly credentials: CredentialsService,
    private readonly renderer: CertificateRenderer,
    @Optional() @Inject(Metrics) metrics: Metrics | null = null,
  ) {
    this.issuedCounter = metrics?.counter('koko_certificates_issued_total', 'Certificates this instance issued (committed), by kind (first, reissue) and mode (manual, automatic)', ['kind', 'mode']) ?? null;
  }

  /** Is the enrolment's participant through all five modules (derived from progress)? */
  async eligibleEnrolmentIds(enrolments: Enrolment[], cohorts: Map<string, Cohort>): Promise<Set<string>> {
    const progress = await this.progress.forEnrolments(enrolments, cohorts);
    return new Set(progress.filter((p) => p.certificateEligible).map((p) => p.enrolmentId));
  }

  async issue(enrolmentId: string, actor: AuthUser | null, options: { automatic?: boolean } = {}): Promise<Certificate> {
    // Progress is derived on the pool's own connections, so it is read before the transaction: asked
    // inside it, each of N parallel issues would hold a connection (most waiting for the cohort lock)
    // while the lock holder waits for a second one — with N ≥ pool size, nobody ever gets one.
    const before = await this.db.manager.findOneBy(Enrolment, { id: enrolmentId });
    const cohortBefore = before ? await this.db.manager.findOneBy(Cohort, { id: before.cohortId }) : null;
    if (!before || !cohortBefore) throw new CertificateException(CertificateErrorCode.ENROLMENT_NOT_FOUND);
    const complete = (await this.eligibleEnrolmentIds([before], new Map([[cohortBefore.id, cohortBefore]]))).has(before.id);
    const issued = await issueWithStoredDocument(this.storage, (store) =>
      this.db.transaction(async (m) => {
        const peek = await m.findOneBy(Enrolment, { id: enrolmentId });
        if (!peek) throw new CertificateException(CertificateErrorCode.ENROLMENT_NOT_FOUND);
        // Lock order as everywhere: cohort, then enrolment. Parallel requests for one enrolment queue here.
        const cohort = await m.findOne(Cohort, { where: { id: peek.cohortId }, lock: { mode: 'pessimistic_write' } });
        const enrolment = await m.findOne(Enrolment, { where: { id: enrolmentId }, lock: { mode: 'pessimistic_write' } });
        if (!cohort || !enrolment) throw new CertificateException(CertificateErrorCode.ENROLMENT_NOT_FOUND);
        const existing = await m.findOneBy(Certificate, { enrolmentId, state: CertificateState.VALID });
        if (existing) throw new CertificateException(CertificateErrorCode.ALREADY_ISSUED, { number: existing.number });
        const [holder] = await this.users.byIds([enrolment.userId], m);
        if (!holder) throw new Error(`Account ${enrolment.userId} of enrolment ${enrolment.id} not found`);
        const eligible = [EnrolmentState.ADMITTED, EnrolmentState.COMPLETED].includes(enrolment.state) && complete;
        if (!eligible) throw new CertificateException(CertificateErrorCode.NOT_ELIGIBLE, { name: holder.displayName });

        const certificate = await this.create(m, store, { enrolment, cohort, printedName: holder.certificateName.trim() || holder.displayName, title: holder.certificateTitle, holderEmail: holder.email, actor, supersedes: null, reason: null });
        if (enrolment.state === EnrolmentState.ADMITTED) await this.enrolments.complete(m, enrolment.id, actor);
        const payload: CertificateIssuedEvent = {
          ...this.eventBase(certificate, actor),
          certificateTitle: certificate.document.certificateTitle,
          verificationUrl: certificate.document.verificationUrl,
          dashboardUrl: webUrl(this.config.publicUrl, WebRoute.MY_WAY),
          automatic: options.automatic ?? false,
        };
        await this.events.emitAsync(CertificateEvents.Issued, { payload, manager: m } satisfies TransactionalEvent<CertificateIssuedEvent>);
        return certificate;
      }),
    );
    this.issuedCounter?.inc({ kind: 'first', mode: options.automatic ? 'automatic' : 'manual' });
    return issued;
  }

  async revoke(actor: AuthUser, input: { certificateId: string; reason: RevocationReason; note?: string | null }): Promise<Certificate> {
    return this.db.transaction(async (m) => {
      const certificate = await m.findOne(Certificate, { where: { id: input.certificateId }, lock: { mode: 'pessimistic_write' } });
      if (!certificate) throw new CertificateException(CertificateErrorCode.CERTIFICATE_NOT_FOUND);
      if (certificate.state === CertificateState.REVOKED) throw new CertificateException(CertificateErrorCode.ALREADY_REVOKED);
      if (certificate.state !== CertificateState.VALID) throw new CertificateException(CertificateErrorCode.NOT_VALID);
      Object.assign(certificate, { state: CertificateState.REVOKED, revokedAt: new Date(), revokedBy: actor.id, revocationReason: input.reason, revocationNote: input.note?.trim() || null });
      await m.save(certificate);
      await this.credentials.revoke(m, { kind: CredentialDocumentKind.CERTIFICATE, id: certificate.id }, certificate.revokedAt as Date);
      const payload: CertificateRevokedEvent = {
        ...this.eventBase(certificate, actor),
        reason: input.reason,
        note: certificate.revocationNote,
        revokedAt: (certificate.revokedAt as Date).toISOString(),
      };
      await this.events.emitAsync(CertificateEvents.Revoked, { payload, manager: m } satisfies TransactionalEvent<CertificateRevokedEvent>);
      return certificate;
    });
  }

  /** A corrected certificate: new number and code; the old one is superseded and points to it. */
  async reissue(actor: AuthUser, input: { certificateId: string; printedName?: string | null; reason: string }): Promise<Certificate> {
    const reissued = await issueWithStoredDocument(this.storage, (store) =>
      this.db.transaction(async (m) => {
        const old = await m.findOne(Certificate, { where: { id: input.certificateId }, lock: { mode: 'pessimistic_write' } });
        if (!old) throw new CertificateException(CertificateErrorCode.CERTIFICATE_NOT_FOUND);
        if (old.state !== CertificateState.VALID || !old.enrolmentId) throw new CertificateException(CertificateErrorCode.NOT_VALID);
        const enrolment = await m.findOneByOrFail(Enrolment, { id: old.enrolmentId });
        const cohort = await m.findOneByOrFail(Cohort, { id: enrolment.cohortId });
        const printedName = input.printedName?.trim() || old.printedName;
        // A reissue prints the holder's current choice of title.
        const [holder] = await this.users.byIds([enrolment.userId], m);
        const title = holder?.certificateTitle ?? DEFAULT_CERTIFICATE_TITLE;
        const newId = randomUUID();
        // The old row first (the unique "one valid" index); the reference to the new row is checked at commit.
        Object.assign(old, { state: CertificateState.SUPERSEDED, supersededById: newId, reissueReason: input.reason.trim() });
        await m.save(old);
        // A superseded certificate's credential is revoked: only the corrected one verifies as current.
        await this.credentials.revoke(m, { kind: CredentialDocumentKind.CERTIFICATE, id: old.id }, new Date());
        const certificate = await this.create(m, store, { enrolment, cohort, printedName, title, holderEmail: holder?.email ?? null, actor, supersedes: old, reason: input.reason.trim(), id: newId });
        const payload: CertificateReissuedEvent = {
          ...this.eventBase(certificate, actor),
          previousId: old.id,
          previousNumber: old.number,
          reason: input.reason.trim(),
          printedNameBefore: old.printedName,
          printedNameAfter: printedName,
        };
        await this.events.emitAsync(CertificateEvents.Reissued, { payload, manager: m } satisfies TransactionalEvent<CertificateReissuedEvent>);
        return certificate;
      }),
    );
    this.issuedCounter?.inc({ kind: 'reissue', mode: 'manual' });
    return reissued;
  }

  /**
   * A certificate issued before credentials existed, reissued with one at the request of its holder
   * (or an admin): same printed name, a new number and a PDF/A with the credential inside; the old
   * one is superseded and points to the new one, like any reissue. Others' certificates read as not found.
   */
  async reissueWithCredential(actor: AuthUser, certificateId: string): Promise<Certificate> {
    const certificate = await this.db.manager.findOneBy(Certificate, { id: certificateId });
    if (!certificate || (certificate.userId !== actor.id && !actor.roles.includes(Role.ADMIN))) throw new CertificateException(CertificateErrorCode.CERTIFICATE_NOT_FOUND);
    if (certificate.state !== CertificateState.VALID) throw new CertificateException(CertificateErrorCode.NOT_VALID);
    if (await this.credentials.forDocument(CredentialDocumentKind.CERTIFICATE, certificate.id)) throw new CertificateException(CertificateErrorCode.ALREADY_HAS_CREDENTIAL);
    return this.reissue(actor, { certificateId, reason: REISSUE_WITH_CREDENTIAL_REASON });
  }

  private async create(
    m: EntityManager,
    store: StoreDocument,
    input: { enrolment: Enrolment; cohort: Cohort; printedName: string; title: CertificateTitle; holderEmail: string | null; actor: AuthUser | null; supersedes: Certificate | null; reason: string | null; id?: string },
  ): Promise<Certificate> {
    const issuedAt = new Date();
    const year = Number(berlinDay(issuedAt).slice(0, 4));
    const sequence = await nextInYearSeries(m, 'certificate_counters', year);
    const number = formatCertificateNumber(year, sequence);
    const verificationCode = randomBytes(32).toString('base64url');
    const document: CertificateDocument = await certificateDocument(m, this.config, {
      cohortId: input.cohort.id,
      printedName: input.printedName,
      title: input.title,
      issuedAt,
      verificationCode,
    });
    const id = input.id ?? randomUUID();
    // The credential is signed first: the PDF carries it inside (PDF/A-3 associated file).
    const credential = input.holderEmail
      ? await this.credentials.issue(m, { kind: CredentialDocumentKind.CERTIFICATE, id }, certificateAchievement(document, { number, holderEmail: input.holderEmail, issuedAt }))
      : null;
    const pdf = await this.renderer.render({
      number,
      verificationUrl: document.verificationUrl,
      printedName: document.printedName,
      issuedOn: issuedAt,
      locale: Locale.DE,
      programmeTitle: document.programmeTitle,
      certificateTitle: document.certificateTitle,
      issuer: document.issuer,
      modules: document.modules.map((mod) => ({ position: mod.position, title: mod.title, workloadHours: mod.workloadHours, completedOn: new Date(`${mod.completedOn}T12:00:00Z`), dates: moduleDates(mod.firstDay, mod.completedOn) })),
      totalWorkloadHours: document.totalWorkloadHours,
      signatories: document.signatories,
      credentialJson: credential ? `${JSON.stringify(credential.credential, null, 2)}\n` : undefined,
    });
    const file = await store(pdf);
    const certificate = await m.save(
      m.create(Certificate, {
        id,
        number,
        year,
        sequence,
        enrolmentId: input.enrolment.id,
        userId: input.enrolment.userId,
        cohortId: input.cohort.id,
        printedName: input.printedName,
        verificationCode,
        state: CertificateState.VALID,
        issuedAt,
        issuedBy: input.actor?.id ?? null,
        supersedesId: input.supersedes?.id ?? null,
        reissueReason: null,
        ...file,
        document,
      }),
    );
    return certificate;
  }

  private eventBase(certificate: Certificate, actor: AuthUser | null) {
    return {
      certificateId: certificate.id,
      number: certificate.number,
      cohortId: certificate.cohortId,
      holderId: certificate.userId,
      printedName: certificate.printedName,
      actorId: actor?.id ?? null,
    };
  }
}
