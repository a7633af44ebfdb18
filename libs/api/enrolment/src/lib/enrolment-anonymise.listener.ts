import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { sqlRun, TransactionalEvent } from '@koko/api/core/database';
import { IdentityEvents, UserAnonymisedEvent } from '@koko/shared';

/** Anonymisation: the application texts go; the enrolment (state, cohort, municipality) stays for statistics. */
@Injectable()
export class EnrolmentAnonymiseListener {
  @OnEvent(IdentityEvents.UserAnonymised, { suppressErrors: false })
  async onAnonymised({ payload, manager }: TransactionalEvent<UserAnonymisedEvent>): Promise<void> {
    await sqlRun(manager, `UPDATE enrolments SET motivation = '', job_role = '–', decision_message = NULL WHERE user_id = $1`, [payload.userId]);
  }
}
