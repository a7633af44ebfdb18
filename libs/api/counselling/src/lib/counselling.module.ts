import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@koko/api/catalogue';
import { EventsModule } from '@koko/api/events';
import { IdentityModule } from '@koko/api/identity';
import { CounsellingAssignment, CounsellingMessageRow, CounsellingRequestRow } from './counselling.entity';
import { CounsellingThreadService } from './thread.service';
import { CounsellingResolver } from './counselling.resolver';
import { CounsellingService } from './counselling.service';
import { CounsellingPublicRequests } from './public-request.service';
import { CounsellingPersonalData } from './counselling-personal-data';
import { PersonalDataModule } from '@koko/api/core/database';
import { JobsModule } from '@koko/api/core/jobs';
import { CounsellingAppointmentRow } from './appointments/appointment.entity';
import { CounsellingAppointmentsService } from './appointments/appointments.service';
import { CounsellingAppointmentsResolver } from './appointments/appointments.resolver';
import { CounsellingRequestAppointmentsResolver } from './appointments/request-appointments.resolver';
import { CounsellingAppointmentCalendarController } from './appointments/appointment-calendar.controller';
import { CounsellingAppointmentReminders } from './appointments/appointment-reminders';
import { CounsellingAcuteEscalation } from './escalation/acute-escalation';
import { StoredFilesModule } from '@koko/api/core/storage';
import { CounsellingMessageFileRow } from './files/message-file.entity';
import { CounsellingFilesService } from './files/message-files.service';
import { CounsellingFilesController } from './files/message-files.controller';
import { CounsellingStoredFiles } from './files/counselling-stored-files';

/** Counselling (Beratung): requests from municipalities, triage, advisors accompanying them. */
@Module({
  imports: [TypeOrmModule.forFeature([CounsellingRequestRow, CounsellingAssignment, CounsellingMessageRow, CounsellingAppointmentRow, CounsellingMessageFileRow]), CatalogueModule, EventsModule, IdentityModule, PersonalDataModule, JobsModule, StoredFilesModule],
  controllers: [CounsellingAppointmentCalendarController, CounsellingFilesController],
  providers: [CounsellingService, CounsellingPublicRequests, CounsellingThreadService, CounsellingResolver, CounsellingPersonalData, CounsellingAppointmentsService, CounsellingAppointmentsResolver, CounsellingRequestAppointmentsResolver, CounsellingAppointmentReminders, CounsellingAcuteEscalation, CounsellingFilesService, CounsellingStoredFiles],
  exports: [CounsellingService, CounsellingAppointmentsService, CounsellingAcuteEscalation, CounsellingThreadService, CounsellingFilesService],
})
export class CounsellingModule {}
