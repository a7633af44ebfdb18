import { CredentialsModule } from '@koko/api/credentials';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@koko/api/catalogue';
import { JobsModule, RetentionModule } from '@koko/api/core/jobs';
import { ShortFormatCalendarController } from './calendar/short-format-calendar.controller';
import { CheckInQrController } from './registration/check-in-qr.controller';
import { CheckInService } from './registration/check-in.service';
import { EventsClock } from './events-clock';
import { ShortFormatExportsService } from './exports/short-format-exports.service';
import { Registration } from './registration/registration.entity';
import { RegistrationResolver } from './registration/registration.resolver';
import { RegistrationService } from './registration/registration.service';
import { OrganiserRegistrationsService } from './registration/organiser-registrations.service';
import { WaitingListJobs } from './registration/waiting-list-jobs';
import { ShortFormatCountsService } from './short-format-loaders';
import { ShortFormat, ShortFormatTopic } from './short-format.entity';
import { ShortFormatResolver, TopicResolver } from './short-format.resolver';
import { ShortFormatService } from './short-format.service';
import { TopicService } from './topic.service';
import { PersonalDataModule } from '@koko/api/core/database';
import { EventsPersonalData } from './events-personal-data';
import { VerifiableDocumentsModule } from '@koko/api/core/documents';
import { AttendanceConfirmation } from './attendance/attendance-confirmation.entity';
import { AttendanceConfirmationFilesController } from './attendance/attendance-confirmation-files.controller';
import { AttendanceConfirmationResolver } from './attendance/attendance-confirmation.resolver';
import { AttendanceConfirmationService } from './attendance/attendance-confirmation.service';
import { MyRegistrationsResolver } from './registration/my-registrations.resolver';
import { MyRegistrationsService } from './registration/my-registrations.service';
import { ShortFormatReminders } from './reminders/short-format-reminders';
import { EventsRetention } from './events-retention';
import { EventsStoredFiles } from './events-stored-files';
import { StoredFilesModule } from '@koko/api/core/storage';
import { MunicipalityAttendance } from './registration/municipality-attendance';
import { ShortFormatAttendees } from './attendance/short-format-attendees';

/** Short formats (Vernetzung): public events, registration with double opt-in, a fair waiting list. */
@Module({
  imports: [TypeOrmModule.forFeature([ShortFormat, ShortFormatTopic, Registration, AttendanceConfirmation]), CatalogueModule, CredentialsModule, VerifiableDocumentsModule, JobsModule, RetentionModule, StoredFilesModule, PersonalDataModule],
  controllers: [ShortFormatCalendarController, CheckInQrController, AttendanceConfirmationFilesController],
  providers: [ShortFormatAttendees, EventsPersonalData, EventsRetention, EventsStoredFiles, EventsClock, ShortFormatService, TopicService, ShortFormatCountsService, RegistrationService, CheckInService, OrganiserRegistrationsService, ShortFormatExportsService, WaitingListJobs, AttendanceConfirmationService, MyRegistrationsService, MunicipalityAttendance, ShortFormatReminders, ShortFormatResolver, TopicResolver, RegistrationResolver, AttendanceConfirmationResolver, MyRegistrationsResolver],
  exports: [ShortFormatAttendees, TopicService, ShortFormatService, MunicipalityAttendance, RegistrationService, AttendanceConfirmationService, ShortFormatReminders, EventsClock],
})
export class EventsModule {}
