import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@koko/api/core/auth';
import { User } from '@koko/api/identity';
import { SubmissionMailService } from './submission-mail.service';

/** The trainer's choice for submission mails, readable on `me` (set with setSubmissionMailMode). */
@Resolver(() => User)
export class SubmissionMailFieldResolver {
  constructor(private readonly submissionMail: SubmissionMailService) {}

  @ResolveField(() => Boolean, { name: 'submissionMailDigest', nullable: true, description: 'Daily digest instead of a mail per submission (own account only).' })
  async submissionMailDigest(@Parent() user: User, @CurrentUser() viewer?: AuthUser): Promise<boolean | null> {
    if (!viewer || viewer.id !== user.id) return null;
    return (await this.submissionMail.modesOf([user.id])).get(user.id) === 'digest';
  }
}
