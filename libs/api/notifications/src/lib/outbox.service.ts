import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailAttachment, MailOutbox } from './mail-outbox.entity';
import { TemplateName } from './templates';

/** Queues a mail inside the caller's transaction; the worker sends it after commit. */
@Injectable()
export class OutboxService {
  async enqueue(
    manager: EntityManager,
    mail: { to: string; locale: 'de' | 'en'; template: TemplateName; context: Record<string, unknown>; attachments?: MailAttachment[] },
  ): Promise<void> {
    await manager.insert(MailOutbox, {
      recipient: mail.to,
      locale: mail.locale,
      template: mail.template,
      context: mail.context as never,
      attachments: (mail.attachments ?? []) as never,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: new Date(),
    });
  }
}
