import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, CurrentUser, Roles } from '@koko/api/core/auth';
import { GraphQLContext } from '@koko/api/core/graphql';
import { catalogueLoaders, CohortService } from '@koko/api/catalogue';
import { identityLoaders, UserDirectory } from '@koko/api/identity';
import { DataSource } from 'typeorm';
import { assessmentLoaders } from '../assessment-loaders';
import { AttemptState, Role } from '@koko/shared';
import { Enrolment } from '@koko/api/enrolment';
import { AssignmentAttempt } from '../attempts/attempt.entity';
import { ClaimAttemptInput, Extension, GradingQueue, GradingQueueArgs, GrantExtensionInput, SaveFeedbackInput } from '../dto/assessment.dto';
import { AttemptFilesService } from '../files/attempt-files.service';
import { GradingService } from './grading.service';
import { SubmissionMailService } from './submission-mail.service';

@Resolver()
export class GradingResolver {
  constructor(
    private readonly grading: GradingService,
    private readonly submissionMail: SubmissionMailService,
    private readonly files: AttemptFilesService,
    private readonly cohorts: CohortService,
    private readonly users: UserDirectory,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Roles(Role.ADMIN, Role.TRAINER)
  @Query(() => GradingQueue, { name: 'gradingQueue', description: 'Submissions of the trainer’s cohorts (all for admins), oldest first.' })
  async queue(@CurrentUser() viewer: AuthUser, @Args() args: GradingQueueArgs, @Context() ctx: GraphQLContext): Promise<GradingQueue> {
    const { items, enrolments, total, counts } = await this.grading.queue(viewer, args);
    await this.preload(ctx, items, enrolments);
    return {
      items,
      total,
      offset: args.offset,
      limit: args.limit,
      counts: {
        submitted: counts[AttemptState.SUBMITTED] ?? 0,
        passed: counts[AttemptState.PASSED] ?? 0,
        revisionRequested: counts[AttemptState.REVISION_REQUESTED] ?? 0,
        failed: counts[AttemptState.FAILED] ?? 0,
      },
    };
  }

  /**
   * The page's item fields (participant, cohort, module, who holds it) come from per-request
   * loaders. Their enrolments came with the page; the people, cohorts and modules are asked for
   * here in one go, so the whole page costs one statement per kind instead of a second round of
   * loads once the enrolments are known.
   */
  private async preload(ctx: GraphQLContext, items: AssignmentAttempt[], enrolments: Enrolment[]): Promise<void> {
    if (!items.length) return;
    const enrolmentLoader = assessmentLoaders.enrolment(ctx, this.db);
    for (const e of enrolments) enrolmentLoader.prime(e.id, e);
    const people = new Set(enrolments.map((e) => e.userId));
    for (const a of items) if (a.claimedBy) people.add(a.claimedBy);
    await Promise.all([
      identityLoaders.user(ctx, this.users).loadMany([...people]),
      catalogueLoaders.cohort(ctx, this.cohorts).loadMany([...new Set(enrolments.map((e) => e.cohortId))]),
      catalogueLoaders.programmeModule(ctx, this.db).loadMany([...new Set(items.map((a) => a.moduleId))]),
    ]);
  }

  @Roles(Role.ADMIN, Role.TRAINER)
  @Query(() => AssignmentAttempt, { name: 'attemptForGrading' })
  attempt(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<AssignmentAttempt> {
    return this.grading.attemptForGrading(viewer, id);
  }

  @Roles(Role.ADMIN, Role.TRAINER)
  @Mutation(() => AssignmentAttempt, { name: 'claimAttempt', description: 'Claims a submission for grading (or takes it over).' })
  claim(@CurrentUser() viewer: AuthUser, @Args('input') input: ClaimAttemptInput): Promise<AssignmentAttempt> {
    return this.grading.claim(viewer, input.attemptId, input.takeOver);
  }

  @Roles(Role.ADMIN, Role.TRAINER)
  @Mutation(() => AssignmentAttempt, { name: 'saveFeedback', description: 'Saves feedback as a draft or releases it; a stale version is refused.' })
  saveFeedback(@CurrentUser() viewer: AuthUser, @Args('input') input: SaveFeedbackInput): Promise<AssignmentAttempt> {
    return this.grading.saveFeedback(viewer, input);
  }

  @Roles(Role.ADMIN, Role.TRAINER)
  @Mutation(() => AssignmentAttempt, {
    name: 'deleteFeedbackFile',
    description: 'Removes a file from feedback not yet released (the grader holding the submission); answers the attempt with its new version.',
  })
  deleteFeedbackFile(@CurrentUser() viewer: AuthUser, @Args('fileId', { type: () => ID }) fileId: string): Promise<AssignmentAttempt> {
    return this.files.deleteFeedbackFile(viewer, fileId);
  }

  @Roles(Role.ADMIN, Role.TRAINER)
  @Mutation(() => Extension, { name: 'grantExtension' })
  async grantExtension(@CurrentUser() viewer: AuthUser, @Args('input') input: GrantExtensionInput): Promise<Extension> {
    const e = await this.grading.grantExtension(viewer, input);
    return { id: e.id, dueAt: e.dueAt, reason: e.reason, grantedAt: e.grantedAt };
  }

  @Roles(Role.TRAINER)
  @Mutation(() => Boolean, { name: 'setSubmissionMailMode', description: 'Trainers: a mail per submission ("immediate") or a daily digest ("digest").' })
  async setSubmissionMailMode(@CurrentUser() viewer: AuthUser, @Args('digest') digest: boolean): Promise<boolean> {
    await this.submissionMail.set(viewer.id, digest ? 'digest' : 'immediate');
    return true;
  }
}
