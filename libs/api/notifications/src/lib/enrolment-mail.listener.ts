import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionalEvent } from '@koko/api/core/database';
import {
  EnrolmentAppliedEvent,
  EnrolmentEvents,
  EnrolmentStateChangedEvent,
  EnrolmentStateName,
  ExistingAccountAppliedEvent,
} from '@koko/shared';
import { OutboxService } from './outbox.service';
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

/** Turns application and enrolment events into mails, in the same transaction as the change. */
@Injectable()
export class EnrolmentMailListener {
  constructor(private readonly outbox: OutboxService) {}

  @OnEvent(EnrolmentEvents.Applied, { suppressErrors: false })
  async onApplied({ payload, manager }: TransactionalEvent<EnrolmentAppliedEvent>): Promise<void> {
    await this.outbox.enqueue(manager, {
      to: payload.email,
      locale: payload.locale,
      template: 'application-received',
      context: { displayName: payload.displayName, cohortName: payload.cohortName, setPasswordUrl: payload.setPassword?.url ?? null, expiresAt: payload.setPassword?.expiresAt ?? null },
    });
  }

  @OnEvent(EnrolmentEvents.ExistingAccountApplied, { suppressErrors: false })
  async onExistingAccountApplied({ payload, manager }: TransactionalEvent<ExistingAccountAppliedEvent>): Promise<void> {
    await this.outbox.enqueue(manager, {
      to: payload.email,
      locale: payload.locale,
      template: 'application-existing-account',
      context: { displayName: payload.displayName, cohortName: payload.cohortName, signInUrl: payload.signInUrl },
    });
  }

  @OnEvent(EnrolmentEvents.StateChanged, { suppressErrors: false })
  async onStateChanged({ payload, manager }: TransactionalEvent<EnrolmentStateChangedEvent>): Promise<void> {
    const template = stateChangeTemplate(payload);
    if (!template) return;
    await this.outbox.enqueue(manager, {
      to: payload.email,
      locale: payload.locale,
      template,
      context: {
        displayName: payload.displayName,
        cohortName: payload.cohortName,
        dashboardUrl: payload.dashboardUrl,
        message: payload.message,
        // A participant who withdrew themselves gets their own reason back, not "a message from the team".
        bySelf: payload.actorId !== null && payload.actorId === payload.userId,
      },
    });
  }
}
