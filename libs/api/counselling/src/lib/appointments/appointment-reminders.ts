import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@koko/api/core/jobs';
import { CounsellingAppointmentsService } from './appointments.service';

/** pg-boss job name: hourly, once cluster-wide. */
export const COUNSELLING_APPOINTMENT_REMINDER_JOB = 'counselling-appointment-reminders';

/** The day-before reminder of counselling appointments. */
@Injectable()
export class CounsellingAppointmentReminders implements OnModuleInit {
  private readonly logger = new Logger('CounsellingAppointmentReminders');

  constructor(
    private readonly jobs: JobsService,
    private readonly appointments: CounsellingAppointmentsService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.schedule(COUNSELLING_APPOINTMENT_REMINDER_JOB, '20 * * * *', async () => {
      const sent = await this.appointments.sendDueReminders();
      if (sent.length) this.logger.log(`Counselling appointment reminders sent: ${sent.length}`);
    });
  }
}
