import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Roles } from '@koko/api/core/auth';
import { Role } from '@koko/shared';
import { AttendanceConfirmationLink, RegistrationView } from '../dto/registration.dto';
import { AttendanceConfirmationService } from './attendance-confirmation.service';

@Resolver(() => RegistrationView)
export class AttendanceConfirmationResolver {
  constructor(private readonly confirmations: AttendanceConfirmationService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => Int, {
    name: 'issueShortFormatAttendanceConfirmations',
    description: 'Organisers: issues the missing attendance confirmations of a held event now (e.g. after a late check-in); answers how many were issued.',
  })
  issue(@Args('shortFormatId', { type: () => ID }, ParseUUIDPipe) shortFormatId: string): Promise<number> {
    return this.confirmations.issueNow(shortFormatId);
  }

  @ResolveField(() => AttendanceConfirmationLink, { name: 'attendanceConfirmation', nullable: true, description: 'The Teilnahmebescheinigung, once issued.' })
  async attendanceConfirmation(@Parent() view: RegistrationView): Promise<AttendanceConfirmationLink | null> {
    const c = await this.confirmations.forRegistration(view.id);
    return c ? { number: c.number, issuedAt: c.issuedAt, downloadUrl: `/api/short-formats/registrations/${view.token}/attendance-confirmation.pdf` } : null;
  }
}
