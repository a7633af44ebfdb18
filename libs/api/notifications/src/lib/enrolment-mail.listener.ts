import { Inject, Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionalEvent } from '@koko/api/core/database';
import {
  EnrolmentAppliedEvent,
  EnrolmentEvents,
  EnrolmentStateChangedEvent,
  EnrolmentStateName,
  ExistingAccountAppliedEvent,
} from '@koko/shared';
import { MAIL_RECIPIENTS, MailRecipientSource, reachable } from './mail-recipients';
import { OutboxService } from './outbox.service';
import { MAIL_PROGRAMME_TEXTS, nameIn, ProgrammeTextSource } from './programme-texts';
import { EnrolmentTemplateName } from './templates/enrolment';

/** The mail for each state an enrolment can be moved to; none for 'completed' (the certificate tells). */
const STATE_TEMPLATE: Partial<Record<EnrolmentStateName, EnrolmentTemplateName>> = {
  admitted: 'enrolment-admitted',
  waitlisted: 'enrolment-waitlisted',
  declined: 'enrolment-declined',
  withdrawn: 'enrolment-withdrawn',
};

export function stateChangeTemplate(event: Pick<EnrolmentStateChangedEvent, 'to' | 'movedUp'>): EnrolmentTemplateName | null {
  if (event.to === 'admitted' && event.movedUp) return 'enrolment-moved-up';
  return STATE_TEMPLATE[event.to] ?? null;
}

/**
 * Turns application and enrolment events into mails, in the same transaction as the change. The
 * events name the participant by id; address, name and language are read once per event.
 */
@Injectable()
export class EnrolmentMailListener {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(MAIL_RECIPIENTS) private readonly people: MailRecipientSource,
    @Inject(MAIL_PROGRAMME_TEXTS) private readonly programme: ProgrammeTextSource,
  ) {}

  @OnEvent(EnrolmentEvents.Applied, { suppressErrors: false })
  async onApplied({ payload, manager }: TransactionalEvent<EnrolmentAppliedEvent>): Promise<void> {
    const participant = reachable(await this.people.recipients([payload.userId], manager), payload.userId);
    if (!participant) return;
    await this.outbox.enqueue(manager, {
      to: participant.email,
      locale: participant.locale,
      template: 'application-received',
      context: { displayName: participant.displayName, cohortName: await this.cohortName(payload.cohortId, participant.locale, manager), setPasswordUrl: payload.setPassword?.url ?? null, expiresAt: payload.setPassword?.expiresAt ?? null },
    });
  }

  @OnEvent(EnrolmentEvents.ExistingAccountApplied, { suppressErrors: false })
  async onExistingAccountApplied({ payload, manager }: TransactionalEvent<ExistingAccountAppliedEvent>): Promise<void> {
    const owner = reachable(await this.people.recipients([payload.userId], manager), payload.userId);
    if (!owner) return;
    await this.outbox.enqueue(manager, {
      to: owner.email,
      locale: owner.locale,
      template: 'application-existing-account',
      context: { displayName: owner.displayName, cohortName: await this.cohortName(payload.cohortId, owner.locale, manager), signInUrl: payload.signInUrl },
    });
  }

  @OnEvent(EnrolmentEvents.StateChanged, { suppressErrors: false })
  async onStateChanged({ payload, manager }: TransactionalEvent<EnrolmentStateChangedEvent>): Promise<void> {
    const template = stateChangeTemplate(payload);
    if (!template) return;
    const participant = reachable(await this.people.recipients([payload.userId], manager), payload.userId);
    if (!participant) return;
    await this.outbox.enqueue(manager, {
      to: participant.email,
      locale: participant.locale,
      template,
      context: {
        displayName: participant.displayName,
        cohortName: await this.cohortName(payload.cohortId, participant.locale, manager),
        dashboardUrl: payload.dashboardUrl,
        message: payload.message,
        // A participant who withdrew themselves gets their own reason back, not "a message from the team".
        bySelf: payload.actorId !== null && payload.actorId === payload.userId,
      },
    });
  }

  /** The cohort's name in the recipient's language. */
  private async cohortName(cohortId: string, locale: 'de' | 'en', manager: TransactionalEvent<unknown>['manager']): Promise<string> {
    return nameIn((await this.programme.programmeTexts({ cohortIds: [cohortId] }, manager)).cohorts, cohortId, locale);
  }
}
