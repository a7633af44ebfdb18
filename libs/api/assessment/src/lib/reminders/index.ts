export { RemindersModule } from './reminders.module';
export { ReminderService } from './reminder.service';
export type { ReminderKind, SentReminder } from './reminder.service';
export { DigestService } from './digest.service';
export type { SentDigest } from './digest.service';
export { REMINDER_JOB, DIGEST_JOB } from './reminder-jobs';
