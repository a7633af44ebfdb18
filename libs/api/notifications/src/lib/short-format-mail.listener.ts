import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionalEvent } from '@koko/api/core/database';
import { ShortFormatEvents, ShortFormatRegistrantMailEvent } from '@koko/shared';
import { OutboxService } from './outbox.service';

/** Mails to registrants of short formats, in the transaction of the change. */
@Injectable()
export class ShortFormatMailListener {
  constructor(private readonly outbox: OutboxService) {}

  @OnEvent(ShortFormatEvents.RegistrantMail, { suppressErrors: false })
  async onRegistrantMail({ payload, manager }: TransactionalEvent<ShortFormatRegistrantMailEvent>): Promise<void> {
    const { kind, email, locale, format, ...facts } = payload;
    await this.outbox.enqueue(manager, {
      to: email,
      locale,
      template: `short-format-${kind}`,
      context: { ...facts, online: format !== 'in_person' },
    });
  }
}
