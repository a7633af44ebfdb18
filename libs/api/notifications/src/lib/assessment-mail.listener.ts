import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionalEvent } from '@koko/api/core/database';
import { AssessmentEvents, AttemptSubmittedEvent, ExtensionGrantedEvent, FeedbackReleasedEvent, ReminderDueEvent, SubmissionDigestDueEvent, Verdict } from '@koko/shared';
import { OutboxService } from './outbox.service';
import { AssessmentTemplateName } from './templates/assessment';

/** A revision request has its own mail (it asks for work); passed and failed share one. */
export function verdictTemplate(verdict: FeedbackReleasedEvent['verdict']): AssessmentTemplateName {
  return verdict === Verdict.REVISION_REQUESTED ? 'revision-requested' : 'feedback-released';
}

/** Trainers who want a mail per submission; the others get the daily digest. */
export function immediateRecipients(event: Pick<AttemptSubmittedEvent, 'trainers'>): AttemptSubmittedEvent['trainers'] {
  return event.trainers.filter((t) => t.mode === 'immediate');
}

/** Turns transfer-assignment events into mails, in the same transaction as the change. */
@Injectable()
export class AssessmentMailListener {
  constructor(private readonly outbox: OutboxService) {}

  @OnEvent(AssessmentEvents.Submitted, { suppressErrors: false })
  async onSubmitted({ payload, manager }: TransactionalEvent<AttemptSubmittedEvent>): Promise<void> {
    for (const trainer of immediateRecipients(payload)) {
      await this.outbox.enqueue(manager, {
        to: trainer.email,
        locale: trainer.locale,
        template: 'submission-received',
        context: {
          displayName: trainer.displayName,
          participantName: payload.participantName,
          cohortName: payload.cohortName,
          modulePosition: payload.modulePosition,
          moduleTitle: payload.moduleTitle,
          attemptNo: payload.attemptNo,
          late: payload.late,
          submittedAt: payload.submittedAt,
          gradingUrl: payload.gradingUrl,
        },
      });
    }
  }

  @OnEvent(AssessmentEvents.FeedbackReleased, { suppressErrors: false })
  async onFeedbackReleased({ payload, manager }: TransactionalEvent<FeedbackReleasedEvent>): Promise<void> {
    await this.outbox.enqueue(manager, {
      to: payload.participantEmail,
      locale: payload.participantLocale,
      template: verdictTemplate(payload.verdict),
      context: {
        displayName: payload.participantName,
        cohortName: payload.cohortName,
        modulePosition: payload.modulePosition,
        moduleTitle: payload.moduleTitle,
        attemptNo: payload.attemptNo,
        passed: payload.verdict === Verdict.PASSED,
        nextAttemptNo: payload.nextAttemptNo,
        revisionDueAt: payload.revisionDueAt,
        assignmentUrl: payload.assignmentUrl,
      },
    });
  }

  @OnEvent(AssessmentEvents.ExtensionGranted, { suppressErrors: false })
  async onExtensionGranted({ payload, manager }: TransactionalEvent<ExtensionGrantedEvent>): Promise<void> {
    await this.outbox.enqueue(manager, {
      to: payload.participantEmail,
      locale: payload.participantLocale,
      template: 'extension-granted',
      context: {
        displayName: payload.participantName,
        moduleTitle: payload.moduleTitle,
        dueAt: payload.dueAt,
        previousDueAt: payload.previousDueAt,
        reason: payload.reason,
        assignmentUrl: payload.assignmentUrl,
      },
    });
  }

  @OnEvent(AssessmentEvents.ReminderDue, { suppressErrors: false })
  async onReminderDue({ payload, manager }: TransactionalEvent<ReminderDueEvent>): Promise<void> {
    await this.outbox.enqueue(manager, {
      to: payload.participantEmail,
      locale: payload.participantLocale,
      template: 'deadline-reminder',
      context: {
        displayName: payload.participantName,
        cohortName: payload.cohortName,
        modulePosition: payload.modulePosition,
        moduleTitle: payload.moduleTitle,
        kind: payload.kind,
        lastCall: payload.kind === '1d',
        dueAt: payload.dueAt,
        extended: payload.extended,
        assignmentUrl: payload.assignmentUrl,
      },
    });
  }

  @OnEvent(AssessmentEvents.SubmissionDigestDue, { suppressErrors: false })
  async onSubmissionDigestDue({ payload, manager }: TransactionalEvent<SubmissionDigestDueEvent>): Promise<void> {
    if (!payload.submissions.length) return;
    await this.outbox.enqueue(manager, {
      to: payload.trainerEmail,
      locale: payload.trainerLocale,
      template: 'submission-digest',
      context: {
        displayName: payload.trainerName,
        count: payload.submissions.length,
        one: payload.submissions.length === 1,
        submissions: payload.submissions,
        queueUrl: payload.queueUrl,
      },
    });
  }
}
