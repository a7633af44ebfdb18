export * from './lib/counselling.module';
export { CounsellingService } from './lib/counselling.service';
export { CounsellingErrorCode } from './lib/counselling.exception';
export * from './lib/counselling.entity';
export { CounsellingAppointmentsService } from './lib/appointments/appointments.service';
export { COUNSELLING_APPOINTMENT_REMINDER_JOB } from './lib/appointments/appointment-reminders';
export { CounsellingAppointmentRow } from './lib/appointments/appointment.entity';
export { CounsellingAcuteEscalation, COUNSELLING_ESCALATION_JOB } from './lib/escalation/acute-escalation';
export { addWorkingHours } from './lib/escalation/working-hours';
