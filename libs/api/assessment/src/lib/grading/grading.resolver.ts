import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Roles } from '@koko/api/core/auth';
import { AttemptState, Role } from '@koko/shared';
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
  ) {}

  @Roles(Role.ADMIN, Role.TRAINER)
  @Query(() => GradingQueue, { name: 'gradingQueue', description: 'Submissions of the trainer’s cohorts (all for admins), oldest first.' })
  async queue(@CurrentUser() viewer: AuthUser, @Args() args: GradingQueueArgs): Promise<GradingQueue> {
    const { items, total, counts } = await this.grading.queue(viewer, args);
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
