import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Roles } from '@koko/api/core/auth';
import { Role } from '@koko/shared';
import { AttendanceRecord } from './attendance-record.entity';
import { AttendanceSheet, RecordAttendanceInput } from './attendance.dto';
import { AttendanceService } from './attendance.service';

@Resolver(() => AttendanceSheet)
export class AttendanceResolver {
  constructor(private readonly attendance: AttendanceService) {}

  @Roles(Role.ADMIN, Role.TRAINER)
  @Query(() => AttendanceSheet, { name: 'attendanceSheet', description: 'Admins and the cohort’s trainers.' })
  sheet(@CurrentUser() viewer: AuthUser, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<AttendanceSheet> {
    return this.attendance.sheet(viewer, cohortId);
  }

  @Roles(Role.ADMIN, Role.TRAINER)
  @Mutation(() => [AttendanceRecord], { name: 'recordAttendance', description: 'Saves grid cells; a null status clears one.' })
  record(@CurrentUser() viewer: AuthUser, @Args('input') input: RecordAttendanceInput): Promise<AttendanceRecord[]> {
    return this.attendance.record(viewer, input);
  }
}
