import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Roles } from '@koko/api/core/auth';
import { ExportFile, GraphQLContext, requestLocale } from '@koko/api/core/graphql';
import { Role } from '@koko/shared';
import { AccompanimentService } from './accompaniment.service';
import { AccompanimentOverviewArgs, AccompanimentOverviewCsvArgs, AddMilestoneInput, SetKommuneAdvisorsInput, ShareAssignmentEvidenceInput, UpdateMilestoneInput } from './dto/accompaniment.input';
import { AccompanimentOverview, AccompanimentPath } from './dto/accompaniment.model';

const EDITORS = [Role.PARTICIPANT, Role.ADVISOR, Role.ADMIN];

/** Accompaniment (Begleitung): the Kommunen's development paths and the programme overview. */
@Resolver(() => AccompanimentPath)
export class AccompanimentResolver {
  constructor(private readonly accompaniment: AccompanimentService) {}

  @Roles(...EDITORS)
  @Query(() => AccompanimentPath, { name: 'kommunePath', description: 'A Kommune’s development path: for its participants, its advisors and admins.' })
  path(@CurrentUser() viewer: AuthUser, @Args('municipalityId', { type: () => ID }, ParseUUIDPipe) municipalityId: string): Promise<AccompanimentPath> {
    return this.accompaniment.path(viewer, municipalityId);
  }

  @Roles(Role.PARTICIPANT)
  @Query(() => [AccompanimentPath], { name: 'myKommunePaths', description: 'The paths of the Kommunen the caller takes part for (Mein Weg).' })
  mine(@CurrentUser() viewer: AuthUser): Promise<AccompanimentPath[]> {
    return this.accompaniment.mine(viewer);
  }

  @Roles(Role.ADMIN, Role.ADVISOR)
  @Query(() => AccompanimentOverview, { name: 'accompanimentOverview', description: 'Participating Kommunen with their stage and counts per stage; advisors see the Kommunen they accompany.' })
  overview(@CurrentUser() viewer: AuthUser, @Args() args: AccompanimentOverviewArgs): Promise<AccompanimentOverview> {
    return this.accompaniment.overview(viewer, args);
  }

  @Roles(Role.ADMIN, Role.ADVISOR)
  @Query(() => ExportFile, { name: 'accompanimentOverviewCsv', description: 'The overview as CSV (or XLSX) for the funders’ reports.' })
  overviewCsv(
    @CurrentUser() viewer: AuthUser,
    @Args() args: AccompanimentOverviewCsvArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<ExportFile> {
    const { format, ...filter } = args;
    return this.accompaniment.overviewCsv(viewer, filter, requestLocale(ctx.req), format);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AccompanimentPath, { name: 'startAccompaniment', description: 'Starts accompanying a Kommune: it gets the default development path.' })
  start(@CurrentUser() actor: AuthUser, @Args('municipalityId', { type: () => ID }, ParseUUIDPipe) municipalityId: string): Promise<AccompanimentPath> {
    return this.accompaniment.start(actor, municipalityId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AccompanimentPath, { name: 'setKommuneAdvisors', description: 'Sets the advisors who accompany a Kommune (they then see and edit its path).' })
  setAdvisors(@CurrentUser() actor: AuthUser, @Args('input') input: SetKommuneAdvisorsInput): Promise<AccompanimentPath> {
    return this.accompaniment.setAdvisors(actor, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => AccompanimentPath, { name: 'addMilestone', description: 'Adds a milestone at the end of a Kommune’s path.' })
  add(@CurrentUser() actor: AuthUser, @Args('input') input: AddMilestoneInput): Promise<AccompanimentPath> {
    return this.accompaniment.addMilestone(actor, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => AccompanimentPath, { name: 'updateMilestone', description: 'Changes a milestone’s title, status, date, note and evidence link.' })
  update(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateMilestoneInput): Promise<AccompanimentPath> {
    return this.accompaniment.updateMilestone(actor, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => AccompanimentPath, { name: 'removeMilestone', description: 'Removes a milestone (not the last one).' })
  remove(@CurrentUser() actor: AuthUser, @Args('milestoneId', { type: () => ID }, ParseUUIDPipe) milestoneId: string): Promise<AccompanimentPath> {
    return this.accompaniment.removeMilestone(actor, milestoneId);
  }

  @Roles(Role.PARTICIPANT)
  @Mutation(() => AccompanimentPath, { name: 'shareAssignmentEvidence', description: 'Shares the caller’s own submitted transfer assignment of a module as evidence for a milestone.' })
  share(@CurrentUser() actor: AuthUser, @Args('input') input: ShareAssignmentEvidenceInput): Promise<AccompanimentPath> {
    return this.accompaniment.shareAssignment(actor, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => AccompanimentPath, { name: 'withdrawAssignmentEvidence', description: 'Removes the transfer assignment shared as a milestone’s evidence.' })
  withdraw(@CurrentUser() actor: AuthUser, @Args('milestoneId', { type: () => ID }, ParseUUIDPipe) milestoneId: string): Promise<AccompanimentPath> {
    return this.accompaniment.withdrawAssignment(actor, milestoneId);
  }
}
