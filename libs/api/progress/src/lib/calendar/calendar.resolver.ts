import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@koko/api/core/auth';
import { CalendarService } from './calendar.service';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendars: CalendarService) {}

  @Query(() => String, { name: 'myCalendarUrl', nullable: true, description: 'The personal iCal subscription URL, if created.' })
  myCalendarUrl(@CurrentUser() viewer: AuthUser): Promise<string | null> {
    return this.calendars.subscriptionUrl(viewer);
  }

  @Mutation(() => String, { name: 'renewCalendarUrl', description: 'Creates the personal iCal URL or replaces it; the old one stops working.' })
  renewCalendarUrl(@CurrentUser() viewer: AuthUser): Promise<string> {
    return this.calendars.renewSubscription(viewer);
  }
}
