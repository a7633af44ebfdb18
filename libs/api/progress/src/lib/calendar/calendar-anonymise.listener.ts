import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { sqlRun, TransactionalEvent } from '@koko/api/core/database';
import { IdentityEvents, UserAnonymisedEvent } from '@koko/shared';

/** Anonymisation: the personal calendar feed's secret token goes, so the old subscription URL stops answering. */
@Injectable()
export class CalendarAnonymiseListener {
  @OnEvent(IdentityEvents.UserAnonymised, { suppressErrors: false })
  async onAnonymised({ payload, manager }: TransactionalEvent<UserAnonymisedEvent>): Promise<void> {
    await sqlRun(manager, `DELETE FROM calendar_subscriptions WHERE user_id = $1`, [payload.userId]);
  }
}
