import { Inject, Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionalEvent } from '@koko/api/core/database';
import { EvaluationEvents, SurveyMailEvent } from '@koko/shared';
import { MAIL_RECIPIENTS, MailRecipientSource, reachable } from './mail-recipients';
import { OutboxService } from './outbox.service';

/**
 * Survey invitations and the reminder, in each recipient's language, in the transaction that
 * stores the links' tokens. Nobody without an address (anonymised) and no deactivated account gets one.
 */
@Injectable()
export class EvaluationMailListener {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(MAIL_RECIPIENTS) private readonly people: MailRecipientSource,
  ) {}

  @OnEvent(EvaluationEvents.SurveyMail, { suppressErrors: false })
  async onSurveyMail({ payload, manager }: TransactionalEvent<SurveyMailEvent>): Promise<void> {
    const people = await this.people.recipients(
      payload.recipients.map((r) => r.userId),
      manager,
    );
    for (const { userId, answerUrl } of payload.recipients) {
      const person = reachable(people, userId);
      if (!person?.active) continue;
      await this.outbox.enqueue(manager, {
        to: person.email,
        locale: person.locale,
        template: payload.kind === 'invitation' ? 'survey-invitation' : 'survey-reminder',
        context: { displayName: person.displayName, title: person.locale === 'en' ? payload.titleEn : payload.title, closesAt: payload.closesAt, minGroup: payload.minGroup, answerUrl },
      });
    }
  }
}
