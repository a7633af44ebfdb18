import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, SessionTokenService } from '@koko/api/core/auth';
import { GraphQLContext } from '@koko/api/core/graphql';
import { ChangePasswordInput, DeleteOwnAccountInput, UpdateProfileInput } from '../dto/inputs';
import { User } from '../entities/user.entity';
import { AccountService } from '../services/account.service';

@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly tokens: SessionTokenService,
  ) {}

  @Mutation(() => User, { name: 'updateProfile' })
  updateProfile(@CurrentUser() user: AuthUser, @Args('input') input: UpdateProfileInput): Promise<User> {
    return this.accounts.updateProfile(user.id, input);
  }

  @Mutation(() => Boolean, { name: 'changePassword', description: 'Also ends the other sessions of the user.' })
  async changePassword(@CurrentUser() user: AuthUser, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.accounts.changePassword(user.id, user.sessionId, input.currentPassword, input.newPassword);
    return true;
  }

  @Mutation(() => Boolean, {
    name: 'deleteMyAccount',
    description: 'Deletes (anonymises) the caller’s own account after checking the password; cannot be undone. Ends every session.',
  })
  async deleteMyAccount(
    @CurrentUser() user: AuthUser,
    @Args('input') input: DeleteOwnAccountInput,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.accounts.deleteOwnAccount(user.id, input.password);
    this.tokens.clearCookie(ctx.res);
    return true;
  }
}
