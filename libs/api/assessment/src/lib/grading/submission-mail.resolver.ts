import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, CurrentUser } from '@koko/api/core/auth';
import { User } from '@koko/api/identity';
import { DataSource } from 'typeorm';

/** The trainer's choice for submission mails, readable on `me` (set with setSubmissionMailMode). */
@Resolver(() => User)
export class SubmissionMailFieldResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => Boolean, { name: 'submissionMailDigest', nullable: true, description: 'Daily digest instead of a mail per submission (own account only).' })
  async submissionMailDigest(@Parent() user: User, @CurrentUser() viewer?: AuthUser): Promise<boolean | null> {
    if (!viewer || viewer.id !== user.id) return null;
    const [row] = await this.db.query(`SELECT submission_mail FROM users WHERE id = $1`, [user.id]);
    return row?.submission_mail === 'digest';
  }
}
