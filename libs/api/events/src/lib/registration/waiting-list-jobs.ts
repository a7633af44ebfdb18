import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@koko/api/core/jobs';
import { RegistrationService } from './registration.service';

/** pg-boss job name (queue names allow letters, digits, - and _). */
export const WAITING_LIST_JOB = 'short-format-waiting-list';

/**
 * Every five minutes: unconfirmed registrations past their time expire, offers nobody took lapse
 * and pass to the next in line, even when nobody touches the event (once cluster-wide, via pg-boss).
 */
@Injectable()
export class WaitingListJobs implements OnModuleInit {
  private readonly logger = new Logger('ShortFormats');

  constructor(
    private readonly jobs: JobsService,
    private readonly registrations: RegistrationService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.schedule(WAITING_LIST_JOB, '*/5 * * * *', async () => {
      const events = await this.registrations.sweep();
      if (events) this.logger.log(`Waiting lists moved on: ${events} event(s)`);
    });
  }
}
