import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Roles } from '@koko/api/core/auth';
import { Page } from '@koko/api/core/graphql';
import { Role } from '@koko/shared';
import { ParseUUIDPipe } from '@nestjs/common';
import { InviteUserInput, SetUserActiveInput, SetUserRolesInput, UsersArgs } from '../dto/inputs';
import { UserPage } from '../dto/models';
import { User } from '../entities/user.entity';
import { InvitationService } from '../services/invitation.service';
import { UserAdminService } from '../services/user-admin.service';

@Resolver()
@Roles(Role.ADMIN)
export class UsersResolver {
  constructor(
    private readonly admin: UserAdminService,
    private readonly invitations: InvitationService,
  ) {}

  @Query(() => UserPage, { name: 'users' })
  listUsers(@Args() args: UsersArgs): Promise<Page<User>> {
    return this.admin.list(args);
  }

  @Mutation(() => User, { name: 'inviteUser' })
  inviteUser(@CurrentUser() actor: AuthUser, @Args('input') input: InviteUserInput): Promise<User> {
    return this.invitations.invite(input, actor);
  }

  @Mutation(() => Boolean, { name: 'resendInvitation' })
  async resendInvitation(
    @CurrentUser() actor: AuthUser,
    @Args('userId', { type: () => ID }, ParseUUIDPipe) userId: string,
  ): Promise<boolean> {
    await this.invitations.resend(userId, actor);
    return true;
  }

  @Mutation(() => User, { name: 'setUserRoles' })
  setUserRoles(@CurrentUser() actor: AuthUser, @Args('input') input: SetUserRolesInput): Promise<User> {
    return this.admin.setRoles(actor.id, input.userId, input.roles);
  }

  @Mutation(() => User, {
    name: 'anonymiseUser',
    description: 'Erases a former participant’s personal data (cannot be undone); certificates stay verifiable.',
  })
  anonymiseUser(@CurrentUser() actor: AuthUser, @Args('userId', { type: () => ID }, ParseUUIDPipe) userId: string): Promise<User> {
    return this.admin.anonymise(actor.id, userId);
  }

  @Mutation(() => User, { name: 'setUserActive', description: 'Deactivating ends all sessions of that user at once.' })
  setUserActive(@CurrentUser() actor: AuthUser, @Args('input') input: SetUserActiveInput): Promise<User> {
    return this.admin.setActive(actor.id, input.userId, input.active);
  }
}
