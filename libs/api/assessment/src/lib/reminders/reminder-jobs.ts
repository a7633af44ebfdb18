import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { JobsService } from '@koko/api/core/jobs';
import { DigestService } from './digest.service';
import { ReminderService } from './reminder.service';

/** pg-boss job names (queue names allow letters, digits, - and _). */
export const REMINDER_JOB = 'assessment-deadline-reminders';
export const DIGEST_JOB = 'assessment-submission-digest';

/** Puts the reminder and digest runs on the job queue: JOBS_CRON_REMINDERS and JOBS_CRON_DIGEST, in TIME_ZONE. */
@Injectable()
export class ReminderJobs implements OnModuleInit {
  private readonly logger = new Logger('Reminders');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly reminders: ReminderService,
    private readonly digests: DigestService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.schedule(REMINDER_JOB, this.config.jobs.remindersCron, async () => {
      const sent = await this.reminders.sendDueReminders(new Date());
      if (sent.length) this.logger.log(`Deadline reminders sent: ${sent.length}`);
    });
    await this.jobs.schedule(DIGEST_JOB, this.config.jobs.digestCron, async () => {
      const sent = await this.digests.sendDigests(new Date());
      if (sent.length) this.logger.log(`Submission digests sent: ${sent.length}`);
    });
  }
}
