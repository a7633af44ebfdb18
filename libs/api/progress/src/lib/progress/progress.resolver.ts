import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Roles } from '@koko/api/core/auth';
import { displayLocale, ExportFile, ExportFormat, GraphQLContext, LoaderHost, requestLoader, requestLocale } from '@koko/api/core/graphql';
import { catalogueLoaders, Cohort, CohortService } from '@koko/api/catalogue';
import { Enrolment } from '@koko/api/enrolment';
import { Role } from '@koko/shared';
import { EnrolmentProgress, OverdueAssignment } from './progress.model';
import { ProgressService } from './progress.service';

/** Batches every enrolment whose progress a request asks for into one computation. */
function progressLoader(ctx: LoaderHost, progress: ProgressService, cohorts: CohortService) {
  return requestLoader<Enrolment, EnrolmentProgress>(ctx, 'progress.enrolment', async (enrolments) => {
    // load() per key (batched all the same): a failed batch rejects instead of hiding in loadMany's Error entries.
    const cohortLoader = catalogueLoaders.cohort(ctx, cohorts);
    const cohortList = await Promise.all([...new Set(enrolments.map((e) => e.cohortId))].map((id) => cohortLoader.load(id)));
    const byId = new Map(cohortList.filter((c): c is Cohort => c !== null).map((c) => [c.id, c]));
    return progress.forEnrolments(enrolments, byId);
  });
}

@Resolver(() => EnrolmentProgress)
export class ProgressResolver {
  constructor(
    private readonly progress: ProgressService,
    private readonly cohorts: CohortService,
  ) {}

  @Query(() => [EnrolmentProgress], { name: 'myProgress', description: 'The signed-in participant’s way through the modules ("Mein Weg").' })
  async myProgress(@CurrentUser() viewer: AuthUser, @Context() ctx: GraphQLContext): Promise<EnrolmentProgress[]> {
    const own = await this.progress.ownEnrolments(viewer);
    const cohortLoader = catalogueLoaders.cohort(ctx, this.cohorts);
    for (const { cohort } of own) cohortLoader.prime(cohort.id, cohort);
    const loader = progressLoader(ctx, this.progress, this.cohorts);
    return Promise.all(own.map((o) => loader.load(o.enrolment)));
  }

  @Roles(Role.ADMIN, Role.TRAINER)
  @Query(() => [EnrolmentProgress], { name: 'cohortProgress', description: 'Progress matrix of a cohort: participants × five modules.' })
  async cohortProgress(@CurrentUser() viewer: AuthUser, @Args('cohortId', { type: () => ID }) cohortId: string, @Context() ctx: GraphQLContext): Promise<EnrolmentProgress[]> {
    const enrolments = await this.progress.cohortEnrolments(viewer, cohortId);
    const loader = progressLoader(ctx, this.progress, this.cohorts);
    return Promise.all(enrolments.map((e) => loader.load(e)));
  }

  @Roles(Role.ADMIN, Role.TRAINER)
  @Query(() => [OverdueAssignment], {
    name: 'overdueAssignments',
    description: 'Assignments past their due date with nothing submitted: in one cohort the viewer runs, or in all their running cohorts (admins: all).',
  })
  overdueAssignments(
    @CurrentUser() viewer: AuthUser,
    @Context() ctx: GraphQLContext,
    @Args('cohortId', { type: () => ID, nullable: true }) cohortId?: string | null,
  ): Promise<OverdueAssignment[]> {
    return this.progress.overdueAssignments(viewer, cohortId ?? null, new Date(), displayLocale(ctx.req));
  }

  @Roles(Role.ADMIN, Role.TRAINER)
  @Query(() => ExportFile, { name: 'cohortProgressCsv', description: 'The progress matrix as CSV, or as XLSX with numbers as numbers (format: XLSX).' })
  cohortProgressCsv(
    @CurrentUser() viewer: AuthUser,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('format', { type: () => ExportFormat, defaultValue: ExportFormat.CSV }) format: ExportFormat,
    @Context() ctx: GraphQLContext,
  ): Promise<ExportFile> {
    return this.progress.cohortCsv(viewer, cohortId, requestLocale(ctx.req), format);
  }
}

/** Any enrolment a caller may see can show its progress, batched per request. */
@Resolver(() => Enrolment)
export class EnrolmentProgressFieldResolver {
  constructor(
    private readonly progress: ProgressService,
    private readonly cohorts: CohortService,
  ) {}

  @ResolveField(() => EnrolmentProgress, { name: 'progress' })
  progressOf(@Parent() enrolment: Enrolment, @Context() ctx: GraphQLContext): Promise<EnrolmentProgress> {
    return progressLoader(ctx, this.progress, this.cohorts).load(enrolment);
  }
}
