import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@koko/api/core/auth';
import { ChangePasswordInput, UpdateProfileInput } from '../dto/inputs';
import { User } from '../entities/user.entity';
import { AccountService } from '../services/account.service';

@Resolver()
export class AccountResolver {
  constructor(private readonly accounts: AccountService) {}

  @Mutation(() => User, { name: 'updateProfile' })
  updateProfile(@CurrentUser() user: AuthUser, @Args('input') input: UpdateProfileInput): Promise<User> {
    return this.accounts.updateProfile(user.id, input);
  }

  @Mutation(() => Boolean, { name: 'changePassword', description: 'Also ends the other sessions of the user.' })
  async changePassword(@CurrentUser() user: AuthUser, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.accounts.changePassword(user.id, user.sessionId, input.currentPassword, input.newPassword);
    return true;
  }
}
