export * from './lib/events.module';
export * from './lib/short-format.entity';
export { Registration, RegistrationState } from './lib/registration/registration.entity';
export { ShortFormatService } from './lib/short-format.service';
export { RegistrationService } from './lib/registration/registration.service';
export { EventsClock } from './lib/events-clock';
export { AttendanceConfirmationService, ATTENDANCE_CONFIRMATIONS_JOB } from './lib/attendance/attendance-confirmation.service';
export { ShortFormatReminders, SHORT_FORMAT_REMINDER_JOB } from './lib/reminders/short-format-reminders';
export type { SentShortFormatReminder } from './lib/reminders/short-format-reminders';
