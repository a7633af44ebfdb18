import { Inject, Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionalEvent } from '@koko/api/core/database';
import {
  CounsellingAppointmentEvent,
  CounsellingAssignedEvent,
  CounsellingEscalatedEvent,
  CounsellingEvents,
  CounsellingExistingAccountEvent,
  CounsellingMessagePostedEvent,
  CounsellingRequestFacts,
  CounsellingRequestFiledEvent,
  CounsellingStatusChangedEvent,
} from '@koko/shared';
import { EntityManager } from 'typeorm';
import { MAIL_RECIPIENTS, MailRecipientSource, reachable } from './mail-recipients';
import { OutboxService } from './outbox.service';
import { COUNSELLING_STATUS_LABELS } from './templates/counselling';
import { APPOINTMENT_FORMAT_LABELS } from './templates/counselling-appointments';
import { MailAttachment } from './mail-outbox.entity';
import type { TemplateName } from './templates';

/**
 * Counselling mails in each recipient's language, in the transaction of the change: the
 * acknowledgement (at once, also for an acute crisis) and the team's notice, assignments, status
 * changes and new messages. A confidential note's mail reaches only those the event names (advisors).
 */
@Injectable()
export class CounsellingMailListener {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(MAIL_RECIPIENTS) private readonly people: MailRecipientSource,
  ) {}

  @OnEvent(CounsellingEvents.RequestFiled, { suppressErrors: false })
  async onFiled({ payload, manager }: TransactionalEvent<CounsellingRequestFiledEvent>): Promise<void> {
    const acute = payload.urgency === 'acute';
    await this.send(manager, [payload.requesterId], 'counselling-received', payload, { acute, setPasswordUrl: payload.setPassword?.url ?? null });
    await this.outbox.enqueue(manager, {
      to: payload.teamEmail,
      locale: 'de',
      template: 'counselling-team',
      context: { topicTitle: payload.topicTitle, municipalityName: payload.municipalityName, requestUrl: payload.requestUrl, acute },
    });
  }

  /** The public form with the address of an existing account: its owner is told to sign in (nothing was stored). */
  @OnEvent(CounsellingEvents.ExistingAccountRequested, { suppressErrors: false })
  async onExistingAccount({ payload, manager }: TransactionalEvent<CounsellingExistingAccountEvent>): Promise<void> {
    const owner = reachable(await this.people.recipients([payload.userId], manager), payload.userId);
    if (!owner) return;
    await this.outbox.enqueue(manager, { to: owner.email, locale: owner.locale, template: 'counselling-existing-account', context: { displayName: owner.displayName, signInUrl: payload.signInUrl } });
  }

  @OnEvent(CounsellingEvents.Assigned, { suppressErrors: false })
  async onAssigned({ payload, manager }: TransactionalEvent<CounsellingAssignedEvent>): Promise<void> {
    await this.send(manager, payload.advisorIds, 'counselling-assigned', payload, {});
  }

  @OnEvent(CounsellingEvents.StatusChanged, { suppressErrors: false })
  async onStatusChanged({ payload, manager }: TransactionalEvent<CounsellingStatusChangedEvent>): Promise<void> {
    await this.send(manager, [payload.requesterId], 'counselling-status', payload, (locale) => ({
      statusLabel: COUNSELLING_STATUS_LABELS[locale][payload.status],
      closed: payload.status === 'closed',
      declined: payload.status === 'declined',
    }));
  }

  @OnEvent(CounsellingEvents.MessagePosted, { suppressErrors: false })
  async onMessage({ payload, manager }: TransactionalEvent<CounsellingMessagePostedEvent>): Promise<void> {
    await this.send(manager, payload.recipientIds, 'counselling-message', payload, { confidential: payload.confidential });
  }

  /** Requester and advisors, each in their language, with the .ics in that language attached. */
  @OnEvent(CounsellingEvents.Appointment, { suppressErrors: false })
  async onAppointment({ payload, manager }: TransactionalEvent<CounsellingAppointmentEvent>): Promise<void> {
    await this.send(
      manager,
      [...new Set(payload.recipientIds)],
      'counselling-appointment',
      payload,
      (locale) => ({
        planned: payload.kind === 'planned',
        changed: payload.kind === 'changed',
        cancelled: payload.kind === 'cancelled',
        reminder: payload.kind === 'reminder',
        startsAt: payload.startsAt,
        endsAt: payload.endsAt,
        formatLabel: APPOINTMENT_FORMAT_LABELS[locale][payload.format],
        online: payload.format === 'online',
        onSite: payload.format === 'on_site',
        location: payload.location ?? '',
      }),
      (locale) => [
        {
          filename: locale === 'en' ? 'counselling-appointment.ics' : 'beratungstermin.ics',
          contentType: `text/calendar; method=${payload.icsMethod}; charset=utf-8`,
          content: payload.ics[locale],
        },
      ],
    );
  }

  /** Every admin and advisor in their language, and the team address (German). */
  @OnEvent(CounsellingEvents.Escalated, { suppressErrors: false })
  async onEscalated({ payload, manager }: TransactionalEvent<CounsellingEscalatedEvent>): Promise<void> {
    const extra = { filedAt: payload.filedAt, workingHours: payload.workingHours };
    await this.send(manager, payload.recipientIds, 'counselling-escalation', payload, extra);
    await this.outbox.enqueue(manager, {
      to: payload.teamEmail,
      locale: 'de',
      template: 'counselling-escalation',
      context: { displayName: 'Programmteam', topicTitle: payload.topicTitle, municipalityName: payload.municipalityName, requestUrl: payload.requestUrl, ...extra },
    });
  }

  private async send(
    manager: EntityManager,
    ids: readonly string[],
    template: TemplateName,
    facts: CounsellingRequestFacts,
    extra: Record<string, unknown> | ((locale: 'de' | 'en') => Record<string, unknown>),
    attachments: (locale: 'de' | 'en') => MailAttachment[] = () => [],
  ): Promise<void> {
    if (!ids.length) return;
    const recipients = await this.people.recipients(ids, manager);
    for (const id of ids) {
      const person = reachable(recipients, id);
      if (!person || !person.active) continue;
      await this.outbox.enqueue(manager, {
        to: person.email,
        locale: person.locale,
        template,
        context: {
          displayName: person.displayName,
          topicTitle: person.locale === 'en' ? facts.topicTitleEn : facts.topicTitle,
          municipalityName: facts.municipalityName,
          requestUrl: facts.requestUrl,
          ...(typeof extra === 'function' ? extra(person.locale) : extra),
        },
        attachments: attachments(person.locale),
      });
    }
  }
}
