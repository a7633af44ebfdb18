import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, CurrentUser, Roles } from '@koko/api/core/auth';
import { displayLocale, GraphQLContext, groupByKey, requestLoader } from '@koko/api/core/graphql';
import { catalogueLoaders, CohortService, ProgrammeModule } from '@koko/api/catalogue';
import { Participant } from '@koko/api/enrolment';
import { identityLoaders, UserDirectory } from '@koko/api/identity';
import { Role } from '@koko/shared';
import { DataSource } from 'typeorm';
import { AssessmentErrorCode, AssessmentException } from '../assessment.exception';
import { AssignmentAccess } from '../assignment-access';
import { assessmentLoaders } from '../assessment-loaders';
import { AssignmentOverview, Feedback, SaveDraftInput, SubmitAttemptInput } from '../dto/assessment.dto';
import { RubricCriterion } from '../rubrics/rubric.entity';
import { RubricService } from '../rubrics/rubric.service';
import { AssignmentAttempt, AttemptFile } from './attempt.entity';
import { AttemptsService } from './attempts.service';

@Resolver(() => AssignmentAttempt)
export class AttemptResolver {
  constructor(
    private readonly attempts: AttemptsService,
    private readonly access: AssignmentAccess,
    private readonly rubrics: RubricService,
    private readonly cohorts: CohortService,
    private readonly users: UserDirectory,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Roles(Role.PARTICIPANT)
  @Query(() => AssignmentOverview, { name: 'assignment', description: 'The signed-in participant’s transfer assignment of one module.' })
  async assignment(
    @CurrentUser() viewer: AuthUser,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('moduleId', { type: () => ID }) moduleId: string,
    @Context() ctx: GraphQLContext,
  ): Promise<AssignmentOverview> {
    return this.attempts.overview(viewer, enrolmentId, moduleId, displayLocale(ctx.req));
  }

  @Roles(Role.PARTICIPANT)
  @Mutation(() => AssignmentAttempt, { name: 'saveAssignmentDraft', description: 'Autosave of the write-up; creates the attempt when the participant starts.' })
  saveDraft(@CurrentUser() viewer: AuthUser, @Args('input') input: SaveDraftInput): Promise<AssignmentAttempt> {
    return this.attempts.saveDraft(viewer, input);
  }

  @Roles(Role.PARTICIPANT)
  @Mutation(() => AssignmentAttempt, { name: 'submitAssignment' })
  submit(@CurrentUser() viewer: AuthUser, @Args('input') input: SubmitAttemptInput): Promise<AssignmentAttempt> {
    return this.attempts.submit(viewer, input);
  }

  @Roles(Role.PARTICIPANT)
  @Mutation(() => Boolean, { name: 'deleteAttemptFile' })
  async deleteFile(@CurrentUser() viewer: AuthUser, @Args('fileId', { type: () => ID }) fileId: string): Promise<boolean> {
    await this.attempts.deleteFile(viewer, fileId);
    return true;
  }

  @ResolveField(() => [AttemptFile], { name: 'files', description: 'The participant’s files of this attempt.' })
  async files(@Parent() attempt: AssignmentAttempt, @Context() ctx: GraphQLContext): Promise<AttemptFile[]> {
    return (await assessmentLoaders.files(ctx, this.db).load(attempt.id)).filter((f) => f.purpose === 'submission');
  }

  @ResolveField(() => Feedback, { name: 'feedback', nullable: true, description: 'Participants see feedback only once it is released.' })
  async feedback(@Parent() attempt: AssignmentAttempt, @Context() ctx: GraphQLContext, @CurrentUser() viewer: AuthUser): Promise<Feedback | null> {
    const row = await assessmentLoaders.feedback(ctx, this.db).load(attempt.id);
    if (!row) return null;
    if (!row.releasedAt && (await this.isOwn(attempt, ctx, viewer))) return null;
    const grader = row.graderId ? await identityLoaders.user(ctx, this.users).load(row.graderId) : null;
    return { verdict: row.verdict, text: row.text, scores: Object.values(row.scores).sort((x, y) => x.position - y.position), releasedAt: row.releasedAt, graderName: grader?.displayName ?? null };
  }

  @ResolveField(() => [AttemptFile], { name: 'feedbackFiles' })
  async feedbackFiles(@Parent() attempt: AssignmentAttempt, @Context() ctx: GraphQLContext, @CurrentUser() viewer: AuthUser): Promise<AttemptFile[]> {
    const row = await assessmentLoaders.feedback(ctx, this.db).load(attempt.id);
    if (!row?.releasedAt && (await this.isOwn(attempt, ctx, viewer))) return [];
    return (await assessmentLoaders.files(ctx, this.db).load(attempt.id)).filter((f) => f.purpose === 'feedback');
  }

  @ResolveField(() => Participant, { name: 'participant' })
  async participant(@Parent() attempt: AssignmentAttempt, @Context() ctx: GraphQLContext): Promise<Participant> {
    const enrolment = await assessmentLoaders.enrolment(ctx, this.db).load(attempt.enrolmentId);
    const user = enrolment ? await identityLoaders.user(ctx, this.users).load(enrolment.userId) : null;
    return { id: user?.id ?? '', displayName: user?.displayName ?? '', email: user?.email ?? '' };
  }

  @ResolveField(() => String, { name: 'cohortName' })
  async cohortName(@Parent() attempt: AssignmentAttempt, @Context() ctx: GraphQLContext): Promise<string> {
    const enrolment = await assessmentLoaders.enrolment(ctx, this.db).load(attempt.enrolmentId);
    const cohort = enrolment ? await catalogueLoaders.cohort(ctx, this.cohorts).load(enrolment.cohortId) : null;
    return cohort?.name ?? '';
  }

  @ResolveField(() => Int, { name: 'cohortRevisionDays', description: 'Days a revision gets by default in the attempt’s cohort (the grading form proposes that date).' })
  async cohortRevisionDays(@Parent() attempt: AssignmentAttempt, @Context() ctx: GraphQLContext): Promise<number> {
    const enrolment = await assessmentLoaders.enrolment(ctx, this.db).load(attempt.enrolmentId);
    const cohort = enrolment ? await catalogueLoaders.cohort(ctx, this.cohorts).load(enrolment.cohortId) : null;
    return cohort?.revisionDays ?? 14;
  }

  @ResolveField(() => ID, { name: 'cohortId' })
  async cohortId(@Parent() attempt: AssignmentAttempt, @Context() ctx: GraphQLContext): Promise<string> {
    return (await assessmentLoaders.enrolment(ctx, this.db).load(attempt.enrolmentId))?.cohortId ?? '';
  }

  @ResolveField(() => ProgrammeModule, { name: 'module' })
  async module(@Parent() attempt: AssignmentAttempt, @Context() ctx: GraphQLContext): Promise<ProgrammeModule> {
    const module = await catalogueLoaders.programmeModule(ctx, this.db).load(attempt.moduleId);
    if (!module) throw new AssessmentException(AssessmentErrorCode.MODULE_NOT_FOUND);
    return module;
  }

  @ResolveField(() => String, { name: 'claimedByName', nullable: true, description: 'Who is grading it right now.' })
  async claimedByName(@Parent() attempt: AssignmentAttempt, @Context() ctx: GraphQLContext): Promise<string | null> {
    if (!attempt.claimedBy) return null;
    return (await identityLoaders.user(ctx, this.users).load(attempt.claimedBy)).displayName;
  }

  @ResolveField(() => Boolean, { name: 'claimedByMe' })
  claimedByMe(@Parent() attempt: AssignmentAttempt, @CurrentUser() viewer: AuthUser): boolean {
    return attempt.claimedBy === viewer?.id;
  }

  @ResolveField(() => [AssignmentAttempt], { name: 'earlierAttempts', description: 'The same participant’s earlier attempts at this module, newest first.' })
  async earlierAttempts(@Parent() attempt: AssignmentAttempt, @Context() ctx: GraphQLContext): Promise<AssignmentAttempt[]> {
    const all = await assessmentLoaders.attemptsOf(ctx, this.db).load(`${attempt.enrolmentId}:${attempt.moduleId}`);
    return all.filter((a) => a.attemptNo < attempt.attemptNo);
  }

  @ResolveField(() => [RubricCriterion], { name: 'rubric' })
  rubric(@Parent() attempt: AssignmentAttempt, @Context() ctx: GraphQLContext): Promise<RubricCriterion[]> {
    return requestLoader<string, RubricCriterion[]>(ctx, 'assessment.rubric', async (moduleIds) =>
      groupByKey(moduleIds, await this.rubrics.rubricsOf(moduleIds), (c) => c.moduleId),
    ).load(attempt.moduleId);
  }

  private async isOwn(attempt: AssignmentAttempt, ctx: GraphQLContext, viewer: AuthUser): Promise<boolean> {
    const enrolment = await assessmentLoaders.enrolment(ctx, this.db).load(attempt.enrolmentId);
    return enrolment?.userId === viewer.id;
  }
}
