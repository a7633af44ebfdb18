import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@koko/api/core/auth';
import { RegistrationView } from '../dto/registration.dto';
import { MyRegistrationsService } from './my-registrations.service';

@Resolver(() => RegistrationView)
export class MyRegistrationsResolver {
  constructor(private readonly mine: MyRegistrationsService) {}

  @Query(() => [RegistrationView], {
    name: 'myShortFormatRegistrations',
    description: 'Signed in: my registrations for short formats (with my account or my address), newest event first.',
  })
  list(@CurrentUser() viewer: AuthUser): Promise<RegistrationView[]> {
    return this.mine.list(viewer);
  }

  @Mutation(() => RegistrationView, {
    name: 'leaveMyShortFormatRegistration',
    description: 'Signed in: cancels one of my registrations or leaves the waiting list; a freed place goes to the next in line.',
  })
  leave(@CurrentUser() viewer: AuthUser, @Args('registrationId', { type: () => ID }, ParseUUIDPipe) registrationId: string): Promise<RegistrationView> {
    return this.mine.leave(viewer, registrationId);
  }

  @ResolveField(() => String, { name: 'linkPath', description: 'The personal link’s page (accept an offer, check in, cancel), for its holder.' })
  linkPath(@Parent() view: RegistrationView): string {
    return `/veranstaltungen/anmeldung/${view.token}`;
  }
}
