import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public, Roles } from '@koko/api/core/auth';
import { ExportFile, GraphQLContext, Page, requestLocale } from '@koko/api/core/graphql';
import { Cohort, CohortService, catalogueLoaders, Municipality } from '@koko/api/catalogue';
import { identityLoaders, UserDirectory } from '@koko/api/identity';
import { Role } from '@koko/shared';
import { ApplyInput, ApplyWithoutAccountInput, DecideEnrolmentsInput, DecisionResult, EnrolmentExportArgs, EnrolmentPage, EnrolmentsArgs, WithdrawInput } from './dto/enrolment.dto';
import { Enrolment, Participant } from './enrolment.entity';
import { enrolmentLoaders } from './enrolment-loaders';
import { EnrolmentQueryService } from './enrolment-query.service';
import { EnrolmentService } from './enrolment.service';

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  constructor(
    private readonly enrolments: EnrolmentService,
    private readonly queries: EnrolmentQueryService,
    private readonly cohorts: CohortService,
    private readonly users: UserDirectory,
  ) {}

  @Roles(Role.PARTICIPANT)
  @Mutation(() => Enrolment, { name: 'applyToCohort' })
  apply(@CurrentUser() viewer: AuthUser, @Args('input') input: ApplyInput): Promise<Enrolment> {
    return this.enrolments.apply(viewer, input);
  }

  @Public()
  @Mutation(() => Boolean, {
    name: 'applyWithoutAccount',
    description: 'Creates the account with an invitation and the application; always true so addresses cannot be probed.',
  })
  async applyWithoutAccount(@Args('input') input: ApplyWithoutAccountInput): Promise<boolean> {
    await this.enrolments.applyWithoutAccount(input);
    return true;
  }

  @Query(() => [Enrolment], { name: 'myEnrolments', description: 'The signed-in user’s own enrolments.' })
  myEnrolments(@CurrentUser() viewer: AuthUser): Promise<Enrolment[]> {
    return this.enrolments.myEnrolments(viewer);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DecisionResult, { name: 'decideEnrolments' })
  decide(@CurrentUser() actor: AuthUser, @Args('input') input: DecideEnrolmentsInput, @Context() ctx: GraphQLContext): Promise<DecisionResult> {
    return this.enrolments.decide(actor, input.enrolmentIds, input.decision, input.message ?? null, requestLocale(ctx.req));
  }

  @Mutation(() => Enrolment, { name: 'withdrawEnrolment', description: 'A participant leaves a cohort they were admitted to.' })
  withdraw(@CurrentUser() viewer: AuthUser, @Args('input') input: WithdrawInput): Promise<Enrolment> {
    return this.enrolments.withdrawOwn(viewer, input.enrolmentId, input.reason ?? null);
  }

  @Roles(Role.ADMIN)
  @Query(() => EnrolmentPage, { name: 'enrolments' })
  list(@Args() args: EnrolmentsArgs): Promise<Page<Enrolment>> {
    return this.queries.list(args);
  }

  @Roles(Role.ADMIN)
  @Query(() => ExportFile, { name: 'enrolmentsCsv', description: 'The filtered applications as CSV, or as XLSX with typed cells (format: XLSX).' })
  csv(@Args() { format, ...filter }: EnrolmentExportArgs, @Context() ctx: GraphQLContext): Promise<ExportFile> {
    return this.queries.csv(filter, requestLocale(ctx.req), format);
  }

  @ResolveField(() => Participant, { name: 'participant' })
  async participant(@Parent() e: Enrolment, @Context() ctx: GraphQLContext): Promise<Participant> {
    const user = await identityLoaders.user(ctx, this.users).load(e.userId);
    return { id: e.userId, displayName: user.displayName, email: user.email };
  }

  @ResolveField(() => Municipality, { name: 'municipality' })
  async municipality(@Parent() e: Enrolment, @Context() ctx: GraphQLContext): Promise<Municipality> {
    const m = await enrolmentLoaders.municipality(ctx, this.queries).load(e.municipalityId);
    if (!m) throw new Error(`municipality ${e.municipalityId} missing`);
    return m;
  }

  @ResolveField(() => Cohort, { name: 'cohort' })
  async cohort(@Parent() e: Enrolment, @Context() ctx: GraphQLContext): Promise<Cohort> {
    const c = await catalogueLoaders.cohort(ctx, this.cohorts).load(e.cohortId);
    if (!c) throw new Error(`cohort ${e.cohortId} missing`);
    return c;
  }
}

const isStaff = (viewer?: AuthUser) => !!viewer && (viewer.roles.includes(Role.ADMIN) || viewer.roles.includes(Role.TRAINER));

/** The cohort's fill level, contributed by the enrolment domain. */
@Resolver(() => Cohort)
export class CohortFillResolver {
  constructor(private readonly queries: EnrolmentQueryService) {}

  @ResolveField(() => Int, { name: 'seatsTaken', description: 'Admitted and completed participants.' })
  async seatsTaken(@Parent() c: Cohort, @Context() ctx: GraphQLContext): Promise<number> {
    return (await enrolmentLoaders.fill(ctx, this.queries).load(c.id)).admitted;
  }

  @ResolveField(() => Int, { name: 'applicationCount', nullable: true, description: 'Applications not yet decided (staff only, else null).' })
  async applicationCount(@Parent() c: Cohort, @Context() ctx: GraphQLContext, @CurrentUser() viewer?: AuthUser): Promise<number | null> {
    if (!isStaff(viewer)) return null;
    return (await enrolmentLoaders.fill(ctx, this.queries).load(c.id)).applied;
  }

  @ResolveField(() => Int, { name: 'waitlistCount', nullable: true, description: 'Staff only, else null.' })
  async waitlistCount(@Parent() c: Cohort, @Context() ctx: GraphQLContext, @CurrentUser() viewer?: AuthUser): Promise<number | null> {
    if (!isStaff(viewer)) return null;
    return (await enrolmentLoaders.fill(ctx, this.queries).load(c.id)).waitlisted;
  }
}
