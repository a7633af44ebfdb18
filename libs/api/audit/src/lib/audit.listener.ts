import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionalEvent } from '@koko/api/core/database';
import {
  AssessmentEvents,
  AttendanceChangedEvent,
  AttendanceEvents,
  ClaimTakenOverEvent,
  EnrolmentAppliedEvent,
  EnrolmentEvents,
  EnrolmentStateChangedEvent,
  ExtensionGrantedEvent,
  FeedbackReleasedEvent,
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
}
