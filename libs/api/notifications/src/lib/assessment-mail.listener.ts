import { Inject, Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionalEvent } from '@koko/api/core/database';
import { AssessmentEvents, AttemptSubmittedEvent, ExtensionGrantedEvent, FeedbackReleasedEvent, ReminderDueEvent, SubmissionDigestDueEvent, Verdict } from '@koko/shared';
import { MAIL_RECIPIENTS, MailRecipientSource, reachable } from './mail-recipients';
import { OutboxService } from './outbox.service';
import { MAIL_PROGRAMME_TEXTS, nameIn, ProgrammeTexts, ProgrammeTextSource } from './programme-texts';
import { AssessmentTemplateName } from './templates/assessment';

/** A revision request has its own mail (it asks for work); passed and failed share one. */
export function verdictTemplate(verdict: FeedbackReleasedEvent['verdict']): AssessmentTemplateName {
  return verdict === Verdict.REVISION_REQUESTED ? 'revision-requested' : 'feedback-released';
}

/** Trainers who want a mail per submission; the others get the daily digest. */
export function immediateRecipients(event: Pick<AttemptSubmittedEvent, 'trainers'>): AttemptSubmittedEvent['trainers'] {
  return event.trainers.filter((t) => t.mode === 'immediate');
}

/**
 * Turns transfer-assignment events into mails, in the same transaction as the change. The people
 * written to (and named) are loaded once per event; an anonymised account gets no mail.
 */
@Injectable()
export class AssessmentMailListener {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(MAIL_RECIPIENTS) private readonly people: MailRecipientSource,
    @Inject(MAIL_PROGRAMME_TEXTS) private readonly programme: ProgrammeTextSource,
  ) {}

  @OnEvent(AssessmentEvents.Submitted, { suppressErrors: false })
  async onSubmitted({ payload, manager }: TransactionalEvent<AttemptSubmittedEvent>): Promise<void> {
    const trainers = immediateRecipients(payload);
    if (!trainers.length) return;
    const people = await this.people.recipients([payload.participantId, ...trainers.map((t) => t.id)], manager);
    const participantName = people.get(payload.participantId)?.displayName ?? '';
    const texts = await this.texts(payload, manager);
    for (const { id } of trainers) {
      const trainer = reachable(people, id);
      if (!trainer?.active) continue;
      await this.outbox.enqueue(manager, {
        to: trainer.email,
        locale: trainer.locale,
        template: 'submission-received',
        context: {
          displayName: trainer.displayName,
          participantName,
          cohortName: nameIn(texts.cohorts, payload.cohortId, trainer.locale),
          modulePosition: payload.modulePosition,
          moduleTitle: nameIn(texts.modules, payload.moduleId, trainer.locale),
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
    const participant = await this.participant(payload.participantId, manager);
    if (!participant) return;
    const texts = await this.texts(payload, manager);
    await this.outbox.enqueue(manager, {
      to: participant.email,
      locale: participant.locale,
      template: verdictTemplate(payload.verdict),
      context: {
        displayName: participant.displayName,
        cohortName: nameIn(texts.cohorts, payload.cohortId, participant.locale),
        modulePosition: payload.modulePosition,
        moduleTitle: nameIn(texts.modules, payload.moduleId, participant.locale),
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
    const participant = await this.participant(payload.participantId, manager);
    if (!participant) return;
    const texts = await this.texts({ moduleId: payload.moduleId }, manager);
    await this.outbox.enqueue(manager, {
      to: participant.email,
      locale: participant.locale,
      template: 'extension-granted',
      context: {
        displayName: participant.displayName,
        moduleTitle: nameIn(texts.modules, payload.moduleId, participant.locale),
        dueAt: payload.dueAt,
        previousDueAt: payload.previousDueAt,
        reason: payload.reason,
        assignmentUrl: payload.assignmentUrl,
      },
    });
  }

  @OnEvent(AssessmentEvents.ReminderDue, { suppressErrors: false })
  async onReminderDue({ payload, manager }: TransactionalEvent<ReminderDueEvent>): Promise<void> {
    const participant = await this.participant(payload.participantId, manager);
    if (!participant?.active) return;
    const texts = await this.texts(payload, manager);
    await this.outbox.enqueue(manager, {
      to: participant.email,
      locale: participant.locale,
      template: 'deadline-reminder',
      context: {
        displayName: participant.displayName,
        cohortName: nameIn(texts.cohorts, payload.cohortId, participant.locale),
        modulePosition: payload.modulePosition,
        moduleTitle: nameIn(texts.modules, payload.moduleId, participant.locale),
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
    const people = await this.people.recipients([payload.trainerId, ...payload.submissions.map((s) => s.participantId)], manager);
    const trainer = reachable(people, payload.trainerId);
    if (!trainer?.active) return;
    const texts = await this.programme.programmeTexts(
      { cohortIds: payload.submissions.map((s) => s.cohortId), moduleIds: payload.submissions.map((s) => s.moduleId) },
      manager,
    );
    await this.outbox.enqueue(manager, {
      to: trainer.email,
      locale: trainer.locale,
      template: 'submission-digest',
      context: {
        displayName: trainer.displayName,
        count: payload.submissions.length,
        one: payload.submissions.length === 1,
        submissions: payload.submissions.map(({ participantId, cohortId, moduleId, ...s }) => ({
          ...s,
          participantName: people.get(participantId)?.displayName ?? '',
          cohortName: nameIn(texts.cohorts, cohortId, trainer.locale),
          moduleTitle: nameIn(texts.modules, moduleId, trainer.locale),
        })),
        queueUrl: payload.queueUrl,
      },
    });
  }

  private async participant(id: string, manager: TransactionalEvent<unknown>['manager']) {
    return reachable(await this.people.recipients([id], manager), id);
  }

  /** The names of the event's cohort and module, in both languages. */
  private texts(ids: { cohortId?: string; moduleId: string }, manager: TransactionalEvent<unknown>['manager']): Promise<ProgrammeTexts> {
    return this.programme.programmeTexts({ cohortIds: ids.cohortId ? [ids.cohortId] : [], moduleIds: [ids.moduleId] }, manager);
  }
}
