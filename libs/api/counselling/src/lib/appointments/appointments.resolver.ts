import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Roles } from '@koko/api/core/auth';
import { Role } from '@koko/shared';
import { ChangeCounsellingAppointmentInput, CounsellingAppointment, PlanCounsellingAppointmentInput } from './appointment.dto';
import { CounsellingAppointmentsService } from './appointments.service';

/** Appointments on a counselling request: its advisors and admins plan them, everyone on the request sees them. */
@Resolver(() => CounsellingAppointment)
export class CounsellingAppointmentsResolver {
  constructor(private readonly appointments: CounsellingAppointmentsService) {}

  @Roles(Role.PARTICIPANT, Role.ADMIN, Role.ADVISOR)
  @Query(() => [CounsellingAppointment], { name: 'counsellingAppointments', description: 'The appointments of a request, earliest first (cancelled ones say so).' })
  list(@CurrentUser() viewer: AuthUser, @Args('requestId', { type: () => ID }, ParseUUIDPipe) requestId: string): Promise<CounsellingAppointment[]> {
    return this.appointments.list(viewer, requestId);
  }

  @Roles(Role.ADMIN, Role.ADVISOR)
  @Mutation(() => CounsellingAppointment, { name: 'planCounsellingAppointment', description: 'Plans an appointment; requester and advisors get a mail with an .ics.' })
  plan(@CurrentUser() actor: AuthUser, @Args('input') input: PlanCounsellingAppointmentInput): Promise<CounsellingAppointment> {
    return this.appointments.plan(actor, input);
  }

  @Roles(Role.ADMIN, Role.ADVISOR)
  @Mutation(() => CounsellingAppointment, { name: 'changeCounsellingAppointment', description: 'Moves or changes an appointment; the .ics replaces the calendar entry.' })
  change(@CurrentUser() actor: AuthUser, @Args('input') input: ChangeCounsellingAppointmentInput): Promise<CounsellingAppointment> {
    return this.appointments.change(actor, input);
  }

  @Roles(Role.ADMIN, Role.ADVISOR)
  @Mutation(() => CounsellingAppointment, { name: 'cancelCounsellingAppointment', description: 'Cancels an appointment; the .ics removes the calendar entry.' })
  cancel(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<CounsellingAppointment> {
    return this.appointments.cancel(actor, id);
  }
}
