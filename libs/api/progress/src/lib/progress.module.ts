import { DynamicModule, Module, ModuleMetadata, Provider } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@koko/api/catalogue';
import { EnrolmentModule } from '@koko/api/enrolment';
import { IdentityModule } from '@koko/api/identity';
import { AttendanceRecord } from './attendance/attendance-record.entity';
import { AttendanceResolver } from './attendance/attendance.resolver';
import { AttendanceService } from './attendance/attendance.service';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarResolver } from './calendar/calendar.resolver';
import { CalendarService } from './calendar/calendar.service';
import { ASSIGNMENT_STATES, NoAssignmentsYet } from './progress/assignment-states';
import { EnrolmentProgressFieldResolver, ProgressResolver } from './progress/progress.resolver';
import { ProgressService } from './progress/progress.service';
import { PersonalDataModule } from '@koko/api/core/database';
import { ProgressPersonalData } from './progress-personal-data';
import { CalendarAnonymiseListener } from './calendar/calendar-anonymise.listener';

/** Attendance, module progress derived from it, the participant's dashboard, the trainer's matrix, calendars. */
@Module({
  imports: [TypeOrmModule.forFeature([AttendanceRecord]), CatalogueModule, EnrolmentModule, IdentityModule, PersonalDataModule],
  controllers: [CalendarController],
  providers: [
    ProgressPersonalData,
    AttendanceService,
    AttendanceResolver,
    ProgressService,
    ProgressResolver,
    EnrolmentProgressFieldResolver,
    CalendarService,
    CalendarResolver,
    CalendarAnonymiseListener,
    { provide: ASSIGNMENT_STATES, useClass: NoAssignmentsYet },
  ],
  exports: [ProgressService],
})
export class ProgressModule {
  /** The app hands in where assignment states come from (the assessment domain), as for the session store. */
  static forRoot(options: { imports: ModuleMetadata['imports']; assignmentStates: Provider }): DynamicModule {
    // Global, so later domains (certificates) use this configured instance rather than a second one.
    return { module: ProgressModule, global: true, imports: options.imports, providers: [options.assignmentStates], exports: [ProgressService, ASSIGNMENT_STATES] };
  }
}
