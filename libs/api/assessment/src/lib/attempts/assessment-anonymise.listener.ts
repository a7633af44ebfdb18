import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { sqlRun, TransactionalEvent } from '@koko/api/core/database';
import { IdentityEvents, UserAnonymisedEvent } from '@koko/shared';

/**
 * Anonymisation: write-ups and the participant's files are removed; verdicts stay (they carry no
 * personal text of the participant). Stored files whose rows are gone are orphans the storage
 * clean-up removes.
 */
@Injectable()
export class AssessmentAnonymiseListener {
  @OnEvent(IdentityEvents.UserAnonymised, { suppressErrors: false })
  async onAnonymised({ payload, manager }: TransactionalEvent<UserAnonymisedEvent>): Promise<void> {
    await sqlRun(
      manager,
      `UPDATE assignment_attempts SET body = '' WHERE enrolment_id IN (SELECT id FROM enrolments WHERE user_id = $1)`,
      [payload.userId],
    );
    await sqlRun(
      manager,
      `DELETE FROM attempt_files WHERE purpose = 'submission' AND attempt_id IN (
         SELECT a.id FROM assignment_attempts a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.user_id = $1)`,
      [payload.userId],
    );
  }
}
