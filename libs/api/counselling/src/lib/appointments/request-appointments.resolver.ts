import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, groupByKey, requestLoader } from '@koko/api/core/graphql';
import { CounsellingRequest } from '../dto/counselling.model';
import { CounsellingAppointment } from './appointment.dto';
import { CounsellingAppointmentsService } from './appointments.service';

/** A request's appointments as a field: whoever may see the request sees them (one statement for all requests of a response). */
@Resolver(() => CounsellingRequest)
export class CounsellingRequestAppointmentsResolver {
  constructor(private readonly appointments: CounsellingAppointmentsService) {}

  @ResolveField(() => [CounsellingAppointment], { name: 'appointments', description: 'Earliest first; cancelled ones say so.' })
  appointmentsOf(@Parent() request: CounsellingRequest, @Context() ctx: GraphQLContext): Promise<CounsellingAppointment[]> {
    return requestLoader<string, CounsellingAppointment[]>(ctx, 'counselling.appointmentsByRequest', async (ids) =>
      groupByKey(ids, await this.appointments.ofRequests(ids), (a) => a.requestId),
    ).load(request.id);
  }
}
