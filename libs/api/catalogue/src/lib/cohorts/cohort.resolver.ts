import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, CurrentUser, Public, Roles } from '@koko/api/core/auth';
import { displayLocale, GraphQLContext, Page } from '@koko/api/core/graphql';
import { localized, Role } from '@koko/shared';
import { DataSource } from 'typeorm';
import { ProgrammeModule } from '../programme/programme-module.entity';
import { catalogueLoaders } from './catalogue-loaders';
import { CohortInput, CohortPage, CohortsArgs, SessionInput, UpdateCohortInput, UpdateCohortModuleInput, UpdateSessionInput } from './cohort.dto';
import { Cohort, CohortModule, CohortSession, Person } from './cohort.entity';
import { CohortService } from './cohort.service';

@Resolver(() => Cohort)
export class CohortResolver {
  constructor(
    private readonly cohorts: CohortService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Roles(Role.ADMIN, Role.TRAINER)
  @Query(() => CohortPage, { name: 'cohorts', description: 'Admins: every cohort; trainers: their own.' })
  listCohorts(@CurrentUser() viewer: AuthUser, @Args() args: CohortsArgs): Promise<Page<Cohort>> {
    return this.cohorts.list(viewer, args);
  }

  @Roles(Role.ADMIN, Role.TRAINER)
  @Query(() => Cohort, { name: 'cohort' })
  getCohort(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<Cohort> {
    return this.cohorts.get(viewer, id);
  }

  @Public()
  @Query(() => [Cohort], { name: 'openCohorts', description: 'Cohorts taking applications today.' })
  listOpenCohorts(): Promise<Cohort[]> {
    return this.cohorts.openForApplications();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Cohort, { name: 'createCohort' })
  createCohort(@Args('input') input: CohortInput): Promise<Cohort> {
    return this.cohorts.create(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Cohort, { name: 'updateCohort' })
  updateCohort(@Args('input') input: UpdateCohortInput): Promise<Cohort> {
    return this.cohorts.update(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CohortModule, { name: 'updateCohortModule' })
  updateCohortModule(@Args('input') input: UpdateCohortModuleInput): Promise<CohortModule> {
    return this.cohorts.updateModule(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CohortSession, { name: 'addSession' })
  addSession(@Args('input') input: SessionInput): Promise<CohortSession> {
    return this.cohorts.addSession(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CohortSession, { name: 'updateSession' })
  updateSession(@Args('input') input: UpdateSessionInput): Promise<CohortSession> {
    return this.cohorts.updateSession(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { name: 'deleteSession' })
  deleteSession(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.cohorts.deleteSession(id);
  }

  @ResolveField(() => [Person], { name: 'trainers' })
  async trainers(@Parent() cohort: Cohort, @Context() ctx: GraphQLContext): Promise<Person[]> {
    const users = await catalogueLoaders.trainers(ctx, this.cohorts).load(cohort.id);
    return users.map((u) => ({ id: u.id, displayName: u.displayName }));
  }

  @ResolveField(() => [CohortModule], { name: 'modules', description: 'The five modules in order with this cohort’s settings.' })
  async modules(@Parent() cohort: Cohort, @Context() ctx: GraphQLContext): Promise<CohortModule[]> {
    const rows = await catalogueLoaders.modules(ctx, this.cohorts).load(cohort.id);
    const modules = await Promise.all(rows.map((r) => catalogueLoaders.programmeModule(ctx, this.db).load(r.moduleId)));
    return rows.map((r, i) => ({ r, pos: modules[i]?.position ?? 0 })).sort((a, b) => a.pos - b.pos).map((x) => x.r);
  }

  @ResolveField(() => [CohortSession], { name: 'sessions' })
  sessions(@Parent() cohort: Cohort, @Context() ctx: GraphQLContext): Promise<CohortSession[]> {
    return catalogueLoaders.sessions(ctx, this.cohorts).load(cohort.id);
  }

  @ResolveField(() => String, { name: 'name' })
  name(@Parent() cohort: Cohort, @Context() ctx: GraphQLContext): string {
    return localized(cohort.name, cohort.nameEn, displayLocale(ctx.req));
  }

  @ResolveField(() => String, { name: 'description' })
  description(@Parent() cohort: Cohort, @Context() ctx: GraphQLContext): string {
    return localized(cohort.description, cohort.descriptionEn, displayLocale(ctx.req));
  }

  @ResolveField(() => String, { name: 'nameDe', description: 'The German name as written (for editing).' })
  nameDe(@Parent() cohort: Cohort): string {
    return cohort.name;
  }

  @ResolveField(() => String, { name: 'descriptionDe' })
  descriptionDe(@Parent() cohort: Cohort): string {
    return cohort.description;
  }
}

@Resolver(() => CohortModule)
export class CohortModuleResolver {
  constructor(
    private readonly cohorts: CohortService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @ResolveField(() => ProgrammeModule, { name: 'module' })
  async module(@Parent() row: CohortModule, @Context() ctx: GraphQLContext): Promise<ProgrammeModule> {
    const module = await catalogueLoaders.programmeModule(ctx, this.db).load(row.moduleId);
    if (!module) throw new Error(`programme module ${row.moduleId} missing`);
    return module;
  }

  @ResolveField(() => [CohortSession], { name: 'sessions' })
  async sessions(@Parent() row: CohortModule, @Context() ctx: GraphQLContext): Promise<CohortSession[]> {
    const all = await catalogueLoaders.sessions(ctx, this.cohorts).load(row.cohortId);
    return all.filter((s) => s.moduleId === row.moduleId);
  }
}

@Resolver(() => CohortSession)
export class CohortSessionResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The meeting link is for signed-in people only; the public schedule shows that a session is online. */
  @ResolveField(() => String, { name: 'onlineUrl', nullable: true })
  onlineUrl(@Parent() session: CohortSession, @CurrentUser() viewer: AuthUser | undefined): string | null {
    return viewer ? session.onlineUrl : null;
  }

  @ResolveField(() => Boolean, { name: 'online' })
  online(@Parent() session: CohortSession): boolean {
    return session.onlineUrl !== null;
  }

  @ResolveField(() => String, { name: 'title' })
  title(@Parent() session: CohortSession, @Context() ctx: GraphQLContext): string {
    return localized(session.title, session.titleEn, displayLocale(ctx.req));
  }

  @ResolveField(() => String, { name: 'titleDe', description: 'The German title as written (for editing).' })
  titleDe(@Parent() session: CohortSession): string {
    return session.title;
  }

  @ResolveField(() => ProgrammeModule, { name: 'module' })
  async module(@Parent() session: CohortSession, @Context() ctx: GraphQLContext): Promise<ProgrammeModule> {
    const module = await catalogueLoaders.programmeModule(ctx, this.db).load(session.moduleId);
    if (!module) throw new Error(`programme module ${session.moduleId} missing`);
    return module;
  }
}
