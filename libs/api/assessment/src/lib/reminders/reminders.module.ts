import { Module } from '@nestjs/common';
import { JobsModule } from '@koko/api/core/jobs';
import { DigestService } from './digest.service';
import { ReminderJobs } from './reminder-jobs';
import { ReminderService } from './reminder.service';

/** Deadline reminders (hourly) and the trainers' submission digest (daily), as scheduled jobs. */
@Module({
  imports: [JobsModule],
  providers: [ReminderService, DigestService, ReminderJobs],
  exports: [ReminderService, DigestService],
})
export class RemindersModule {}
