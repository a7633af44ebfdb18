import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionalEvent } from '@koko/api/core/database';
import { DataExportReadyEvent, IdentityEvents, InvitationCreatedEvent, PasswordResetRequestedEvent, UserAnonymisedEvent } from '@koko/shared';
import { OutboxService } from './outbox.service';

/** Turns identity events into mails, in the same transaction as the event's cause. */
@Injectable()
export class IdentityMailListener {
  constructor(private readonly outbox: OutboxService) {}

  @OnEvent(IdentityEvents.InvitationCreated, { suppressErrors: false })
  async onInvitation({ payload, manager }: TransactionalEvent<InvitationCreatedEvent>): Promise<void> {
    await this.outbox.enqueue(manager, {
      to: payload.email,
      locale: payload.locale,
      template: 'invitation',
      context: { invitedByName: payload.invitedByName, acceptUrl: payload.acceptUrl, expiresAt: payload.expiresAt },
    });
  }

  @OnEvent(IdentityEvents.PasswordResetRequested, { suppressErrors: false })
  async onPasswordReset({ payload, manager }: TransactionalEvent<PasswordResetRequestedEvent>): Promise<void> {
    await this.outbox.enqueue(manager, {
      to: payload.email,
      locale: payload.locale,
      template: 'password-reset',
      context: { displayName: payload.displayName, resetUrl: payload.resetUrl, expiresAt: payload.expiresAt },
    });
  }

  /** The final confirmation of a deleted account goes to the address it had until now. */
  @OnEvent(IdentityEvents.UserAnonymised, { suppressErrors: false })
  async onAnonymised({ payload, manager }: TransactionalEvent<UserAnonymisedEvent>): Promise<void> {
    if (!payload.formerEmail) return;
    await this.outbox.enqueue(manager, {
      to: payload.formerEmail,
      locale: payload.locale,
      template: 'account-deleted',
      context: { formerName: payload.formerName, selfService: payload.selfService },
    });
  }

  @OnEvent(IdentityEvents.DataExportReady, { suppressErrors: false })
  async onDataExportReady({ payload, manager }: TransactionalEvent<DataExportReadyEvent>): Promise<void> {
    await this.outbox.enqueue(manager, {
      to: payload.email,
      locale: payload.locale,
      template: 'data-export-ready',
      context: { displayName: payload.displayName, pageUrl: payload.pageUrl, expiresAt: payload.expiresAt },
    });
  }
}
