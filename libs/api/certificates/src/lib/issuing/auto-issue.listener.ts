import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { TransactionalEvent } from '@koko/api/core/database';
import { AssessmentEvents, AttendanceChangedEvent, AttendanceEvents, FeedbackReleasedEvent } from '@koko/shared';
import { CertificateBatchesService } from './certificate-batches.service';

/**
 * Auto-issue fires the moment the last module completes: a passed verdict or an attendance change
 * queues an eligibility check in the same transaction (so it runs only if that change commits).
 */
@Injectable()
export class AutoIssueListener {
  constructor(private readonly batches: CertificateBatchesService) {}

  @OnEvent(AssessmentEvents.FeedbackReleased, { suppressErrors: false })
  async onVerdict({ payload, manager }: TransactionalEvent<FeedbackReleasedEvent>): Promise<void> {
    if (payload.verdict === 'passed') await this.batches.queueAutoIssue(manager, payload.enrolmentId);
  }

  @OnEvent(AttendanceEvents.Changed, { suppressErrors: false })
  async onAttendance({ payload, manager }: TransactionalEvent<AttendanceChangedEvent>): Promise<void> {
    await this.batches.queueAutoIssue(manager, payload.enrolmentId);
  }
}
