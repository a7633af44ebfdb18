import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionalEvent } from '@koko/api/core/database';
import { BarrierReportEvents, BarrierReportReceivedEvent } from '@koko/shared';
import { OutboxService } from './outbox.service';

/** A barrier report reaches the programme team; the sender gets an acknowledgement when they left an address. */
@Injectable()
export class BarrierMailListener {
  constructor(private readonly outbox: OutboxService) {}

  @OnEvent(BarrierReportEvents.Received, { suppressErrors: false })
  async onReceived({ payload, manager }: TransactionalEvent<BarrierReportReceivedEvent>): Promise<void> {
    const context = { pageUrl: payload.pageUrl, description: payload.description, name: payload.name, email: payload.email };
    await this.outbox.enqueue(manager, {
      to: payload.teamEmail,
      locale: 'de',
      template: 'barrier-report-team',
      context: { ...context, adminUrl: payload.adminUrl },
    });
    if (payload.email) {
      await this.outbox.enqueue(manager, { to: payload.email, locale: payload.locale, template: 'barrier-report-received', context });
    }
  }
}
