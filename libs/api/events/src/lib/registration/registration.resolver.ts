import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public, Roles } from '@koko/api/core/auth';
import { GraphQLContext } from '@koko/api/core/graphql';
import { Role } from '@koko/shared';
import { Int } from '@nestjs/graphql';
import { CheckInInput, CheckInResult, MoveWaitingEntryInput, RegisterInput, RegistrationsArgs, UndoCheckInInput, RegistrationTokenInput, RegistrationView, ResendConfirmationInput } from '../dto/registration.dto';
import { Registration, RegistrationState } from './registration.entity';
import { CheckInService } from './check-in.service';
import { OrganiserRegistrationsService } from './organiser-registrations.service';
import { RegistrationService } from './registration.service';
import { MunicipalityDirectory } from '@koko/api/catalogue';
import { byKey, requestLoader } from '@koko/api/core/graphql';

type OrganiserRow = Registration & { waitingPosition?: number | null };

@Resolver(() => Registration)
export class RegistrationResolver {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly municipalities: MunicipalityDirectory,
    private readonly checkIns: CheckInService,
    private readonly organiserRegistrations: OrganiserRegistrationsService,
  ) {}

  @Public()
  @Mutation(() => RegistrationState, {
    name: 'registerForShortFormat',
    description: 'PENDING (a mail with the confirmation link is on its way) or, for a signed-in user’s own address, CONFIRMED or WAITING.',
  })
  register(@Args('input') input: RegisterInput, @CurrentUser() viewer?: AuthUser): Promise<RegistrationState> {
    return this.registrations.register(input, viewer);
  }

  @Public()
  @Query(() => RegistrationView, { name: 'shortFormatRegistration', description: 'The registration behind a mail link. Reading changes nothing.' })
  view(@Args('input') input: RegistrationTokenInput): Promise<RegistrationView> {
    return this.registrations.view(input.token);
  }

  @Public()
  @Mutation(() => RegistrationView, { name: 'confirmShortFormatRegistration', description: 'The double opt-in (a button on the link’s page).' })
  confirm(@Args('input') input: RegistrationTokenInput): Promise<RegistrationView> {
    return this.registrations.confirm(input.token);
  }

  @Public()
  @Mutation(() => RegistrationView, { name: 'cancelShortFormatRegistration', description: 'Cancels a registration or leaves the waiting list.' })
  cancel(@Args('input') input: RegistrationTokenInput): Promise<RegistrationView> {
    return this.registrations.cancel(input.token);
  }

  @Public()
  @Mutation(() => RegistrationView, { name: 'acceptShortFormatOffer', description: 'Takes a waiting-list place offered while the offer is valid.' })
  accept(@Args('input') input: RegistrationTokenInput): Promise<RegistrationView> {
    return this.registrations.acceptOffer(input.token);
  }

  @Public()
  @Mutation(() => Boolean, { name: 'resendShortFormatConfirmation', description: 'Sends the confirmation mail again; always true (addresses cannot be probed).' })
  async resend(@Args('input') input: ResendConfirmationInput): Promise<boolean> {
    await this.registrations.resendConfirmation(input);
    return true;
  }

  @Roles(Role.ADMIN)
  @Query(() => [Registration], { name: 'shortFormatRegistrations', description: 'Organisers: every registration of one event, in queue order.' })
  async list(@Args() args: RegistrationsArgs): Promise<OrganiserRow[]> {
    return this.organiserRegistrations.forOrganisers(args.shortFormatId, args.state);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => [Registration], {
    name: 'moveShortFormatWaitingEntry',
    description: 'Organisers: moves someone on the waiting list (logged with the reason); returns the waiting list in its new order.',
  })
  move(@CurrentUser() actor: AuthUser, @Args('input') input: MoveWaitingEntryInput): Promise<OrganiserRow[]> {
    return this.organiserRegistrations.moveOnWaitingList(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CheckInResult, {
    name: 'checkInShortFormatRegistration',
    description: 'Organisers record an attendance (list, short code or QR code); a repeated one changes nothing and says when the first happened.',
  })
  checkIn(@CurrentUser() actor: AuthUser, @Args('input') input: CheckInInput): Promise<CheckInResult> {
    return this.checkIns.checkIn(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Registration, { name: 'undoShortFormatCheckIn', description: 'Organisers take an attendance back; logged in the audit trail.' })
  undoCheckIn(@CurrentUser() actor: AuthUser, @Args('input') input: UndoCheckInInput): Promise<Registration> {
    return this.checkIns.undo(actor, input);
  }

  @Public()
  @Mutation(() => RegistrationView, {
    name: 'selfCheckInShortFormat',
    description: 'Online and hybrid: a confirmed registrant checks in through their personal link, from 15 minutes before the start until the end.',
  })
  selfCheckIn(@Args('input') input: RegistrationTokenInput): Promise<RegistrationView> {
    return this.checkIns.selfCheckIn(input.token);
  }

  @ResolveField(() => String, { name: 'accessibilityNeeds', nullable: true, description: 'Organisers only; deleted when the event is over.' })
  accessibilityNeeds(@Parent() r: Registration): string | null {
    // Registration objects are only returned by the organisers' query.
    return r.accessibilityNeeds;
  }

  @ResolveField(() => Int, { name: 'waitingPosition', nullable: true })
  waitingPosition(@Parent() r: OrganiserRow): number | null {
    return r.waitingPosition ?? null;
  }

  @ResolveField(() => String, { name: 'municipalityName', nullable: true })
  async municipalityName(@Parent() r: Registration, @Context() ctx: GraphQLContext): Promise<string | null> {
    if (!r.municipalityId) return null;
    const loader = requestLoader<string, { name: string } | null>(ctx, 'events.municipality', async (ids) =>
      byKey(ids, await this.municipalities.byIds(ids), (x) => x.id),
    );
    return (await loader.load(r.municipalityId))?.name ?? null;
  }
}
