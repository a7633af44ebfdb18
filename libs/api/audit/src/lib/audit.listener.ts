import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionalEvent } from '@koko/api/core/database';
import {
  AssessmentEvents,
  AttendanceChangedEvent,
  AttendanceEvents,
  CertificateDownloadedEvent,
  CertificateEvents,
  CertificateIssuedEvent,
  CertificateReissuedEvent,
  CertificateRevokedEvent,
  BarrierReportEvents,
  BarrierReportReceivedEvent,
  BarrierReportStatusChangedEvent,
  ClaimTakenOverEvent,
  ContentEvents,
  ContentPageUpdatedEvent,
  EnrolmentAppliedEvent,
  EnrolmentEvents,
  EnrolmentStateChangedEvent,
  ExtensionGrantedEvent,
  FeedbackReleasedEvent,
  ShortFormatAuditedEvent,
  EvaluationAuditedEvent,
  CounsellingAuditedEvent,
  AccompanimentAuditedEvent,
  AccompanimentEvents,
  CounsellingEvents,
  EvaluationEvents,
  ShortFormatEvents,
  IdentityEvents,
  UserAnonymisedEvent,
} from '@koko/shared';
import { AuditService } from './audit.service';

/**
 * Writes the audit trail from domain events, in the transaction of the change: if the entry
 * cannot be written, the change does not happen either (errors are not suppressed).
 */
@Injectable()
export class AuditListener {
  constructor(private readonly audit: AuditService) {}

  @OnEvent(EnrolmentEvents.Applied, { suppressErrors: false })
  async onApplied({ payload, manager }: TransactionalEvent<EnrolmentAppliedEvent>): Promise<void> {
    await this.audit.append(manager, {
      actorId: payload.actorId,
      action: 'enrolment.applied',
      entityType: 'enrolment',
      entityId: payload.enrolmentId,
      cohortId: payload.cohortId,
      subjectUserId: payload.userId,
      before: null,
      after: payload.after,
    });
  }

  @OnEvent(EnrolmentEvents.StateChanged, { suppressErrors: false })
  async onStateChanged({ payload, manager }: TransactionalEvent<EnrolmentStateChangedEvent>): Promise<void> {
    await this.audit.append(manager, {
      actorId: payload.actorId,
      action: 'enrolment.state-changed',
      entityType: 'enrolment',
      entityId: payload.enrolmentId,
      cohortId: payload.cohortId,
      subjectUserId: payload.userId,
      before: { state: payload.from },
      // movedUp explains an admission without an actor.
      after: { state: payload.to, message: payload.message, ...(payload.movedUp ? { movedUp: true } : {}) },
    });
  }

  @OnEvent(ShortFormatEvents.Audited, { suppressErrors: false })
  async onShortFormat({ payload, manager }: TransactionalEvent<ShortFormatAuditedEvent>): Promise<void> {
    await this.audit.append(manager, { ...payload, cohortId: null });
  }

  /** What staff do with questionnaires, surveys and research exports; never who answered what. */
  @OnEvent(EvaluationEvents.Audited, { suppressErrors: false })
  async onEvaluation({ payload, manager }: TransactionalEvent<EvaluationAuditedEvent>): Promise<void> {
    await this.audit.append(manager, { ...payload, subjectUserId: null, before: null });
  }

  /** Counselling requests: filed, assigned, moved on; the requester is the subject. */
  @OnEvent(CounsellingEvents.Audited, { suppressErrors: false })
  async onCounselling({ payload, manager }: TransactionalEvent<CounsellingAuditedEvent>): Promise<void> {
    await this.audit.append(manager, { ...payload, cohortId: null });
  }

  /** Accompaniment: development paths of the Kommunen (milestones, evidence) and their advisors. */
  @OnEvent(AccompanimentEvents.Audited, { suppressErrors: false })
  async onAccompaniment({ payload, manager }: TransactionalEvent<AccompanimentAuditedEvent>): Promise<void> {
    await this.audit.append(manager, { ...payload, cohortId: null });
  }

  @OnEvent(AttendanceEvents.Changed, { suppressErrors: false })
  async onAttendanceChanged({ payload, manager }: TransactionalEvent<AttendanceChangedEvent>): Promise<void> {
    await this.audit.append(manager, {
      actorId: payload.actorId,
      action: 'attendance.changed',
      entityType: 'attendance',
      entityId: `${payload.sessionId}:${payload.enrolmentId}`,
      cohortId: payload.cohortId,
      subjectUserId: payload.participantId,
      before: payload.before ? { ...payload.before } : null,
      after: payload.after ? { ...payload.after } : null,
    });
  }

  @OnEvent(AssessmentEvents.FeedbackReleased, { suppressErrors: false })
  async onFeedbackReleased({ payload, manager }: TransactionalEvent<FeedbackReleasedEvent>): Promise<void> {
    await this.audit.append(manager, {
      actorId: payload.actorId,
      action: 'assessment.verdict-released',
      entityType: 'attempt',
      entityId: payload.attemptId,
      cohortId: payload.cohortId,
      subjectUserId: payload.participantId,
      // A verdict is released only on a submitted attempt.
      before: { state: 'submitted' },
      after: { state: payload.verdict, scores: payload.scores },
    });
  }

  @OnEvent(AssessmentEvents.ExtensionGranted, { suppressErrors: false })
  async onExtensionGranted({ payload, manager }: TransactionalEvent<ExtensionGrantedEvent>): Promise<void> {
    await this.audit.append(manager, {
      actorId: payload.actorId,
      action: 'assessment.extension-granted',
      // An extension belongs to one participant's assignment of one module.
      entityType: 'assignment',
      entityId: `${payload.enrolmentId}:${payload.moduleId}`,
      cohortId: payload.cohortId,
      subjectUserId: payload.participantId,
      before: { dueAt: payload.previousDueAt },
      after: { dueAt: payload.dueAt, reason: payload.reason },
    });
  }

  @OnEvent(AssessmentEvents.ClaimTakenOver, { suppressErrors: false })
  async onClaimTakenOver({ payload, manager }: TransactionalEvent<ClaimTakenOverEvent>): Promise<void> {
    await this.audit.append(manager, {
      actorId: payload.actorId,
      action: 'assessment.claim-taken-over',
      entityType: 'attempt',
      entityId: payload.attemptId,
      cohortId: payload.cohortId,
      subjectUserId: payload.participantId,
      before: { claimedBy: payload.fromUserId },
      after: { claimedBy: payload.actorId },
    });
  }

  @OnEvent(CertificateEvents.Issued, { suppressErrors: false })
  async onCertificateIssued({ payload, manager }: TransactionalEvent<CertificateIssuedEvent>): Promise<void> {
    await this.audit.append(manager, {
      // Null when it was issued automatically.
      actorId: payload.actorId,
      action: 'certificate.issued',
      entityType: 'certificate',
      entityId: payload.certificateId,
      cohortId: payload.cohortId,
      subjectUserId: payload.holderId,
      before: null,
      after: { state: 'valid', number: payload.number, printedName: payload.printedName, automatic: payload.automatic },
    });
  }

  @OnEvent(CertificateEvents.Revoked, { suppressErrors: false })
  async onCertificateRevoked({ payload, manager }: TransactionalEvent<CertificateRevokedEvent>): Promise<void> {
    await this.audit.append(manager, {
      actorId: payload.actorId,
      action: 'certificate.revoked',
      entityType: 'certificate',
      entityId: payload.certificateId,
      cohortId: payload.cohortId,
      subjectUserId: payload.holderId,
      // Only a valid certificate can be revoked.
      before: { state: 'valid' },
      after: { state: 'revoked', reason: payload.reason, note: payload.note },
    });
  }

  /** Recorded on the new certificate; the entry names the one it replaces. */
  @OnEvent(CertificateEvents.Reissued, { suppressErrors: false })
  async onCertificateReissued({ payload, manager }: TransactionalEvent<CertificateReissuedEvent>): Promise<void> {
    await this.audit.append(manager, {
      actorId: payload.actorId,
      action: 'certificate.reissued',
      entityType: 'certificate',
      entityId: payload.certificateId,
      cohortId: payload.cohortId,
      subjectUserId: payload.holderId,
      before: { certificateId: payload.previousId, number: payload.previousNumber, printedName: payload.printedNameBefore },
      after: { number: payload.number, printedName: payload.printedNameAfter, reason: payload.reason },
    });
  }

  /**
   * An admin's download: one PDF (entity = that certificate, subject = its holder) or a cohort's ZIP
   * (entity = `cohort:<id>`, no single subject; the certificates are listed in `after`).
   */
  @OnEvent(CertificateEvents.Downloaded, { suppressErrors: false })
  async onCertificateDownloaded({ payload, manager }: TransactionalEvent<CertificateDownloadedEvent>): Promise<void> {
    const single = payload.kind === 'pdf' && payload.certificateIds.length === 1 ? payload.certificateIds[0] : null;
    await this.audit.append(manager, {
      actorId: payload.actorId,
      action: 'certificate.downloaded',
      entityType: 'certificate',
      entityId: single ?? `cohort:${payload.cohortId ?? 'none'}`,
      cohortId: payload.cohortId,
      subjectUserId: single ? payload.holderId : null,
      before: null,
      after: { kind: payload.kind, certificateIds: payload.certificateIds },
    });
  }

  @OnEvent(ContentEvents.PageUpdated, { suppressErrors: false })
  async onContentPageUpdated({ payload, manager }: TransactionalEvent<ContentPageUpdatedEvent>): Promise<void> {
    await this.audit.append(manager, {
      actorId: payload.actorId,
      action: 'content.page-updated',
      entityType: 'content-page',
      entityId: `${payload.slug}:${payload.locale}`,
      cohortId: null,
      subjectUserId: null,
      before: null,
      after: { version: payload.version, title: payload.title },
    });
  }

  @OnEvent(BarrierReportEvents.Received, { suppressErrors: false })
  async onBarrierReported({ payload, manager }: TransactionalEvent<BarrierReportReceivedEvent>): Promise<void> {
    // No contact data in the trail: it outlives the report.
    await this.audit.append(manager, {
      actorId: null,
      action: 'barrier-report.received',
      entityType: 'barrier-report',
      entityId: payload.reportId,
      cohortId: null,
      subjectUserId: null,
      before: null,
      after: { pageUrl: payload.pageUrl, answerWanted: payload.email !== null },
    });
  }

  @OnEvent(BarrierReportEvents.StatusChanged, { suppressErrors: false })
  async onBarrierReportStatusChanged({ payload, manager }: TransactionalEvent<BarrierReportStatusChangedEvent>): Promise<void> {
    await this.audit.append(manager, {
      actorId: payload.actorId,
      action: 'barrier-report.status-changed',
      entityType: 'barrier-report',
      entityId: payload.reportId,
      cohortId: null,
      subjectUserId: null,
      before: { status: payload.from },
      after: { status: payload.to },
    });
  }

  @OnEvent(IdentityEvents.UserAnonymised, { suppressErrors: false })
  async onUserAnonymised({ payload, manager }: TransactionalEvent<UserAnonymisedEvent>): Promise<void> {
    // Who asked and how; never the former name or address.
    await this.audit.append(manager, {
      actorId: payload.actorId,
      action: 'user.anonymised',
      entityType: 'user',
      entityId: payload.userId,
      cohortId: null,
      subjectUserId: payload.userId,
      before: null,
      after: { selfService: payload.selfService },
    });
  }
}
