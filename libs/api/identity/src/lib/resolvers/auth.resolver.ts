import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public, SessionTokenService } from '@koko/api/core/auth';
import { GraphQLContext } from '@koko/api/core/graphql';
import { User } from '../entities/user.entity';
import { AcceptInvitationInput, RequestPasswordResetInput, ResetPasswordInput, SignInInput } from '../dto/inputs';
import { InvitationInfo } from '../dto/models';
import { AccountService } from '../services/account.service';
import { InvitationService } from '../services/invitation.service';
import { PasswordResetService } from '../services/password-reset.service';
import { SessionService } from '../services/session.service';
import { SignInService } from '../services/sign-in.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly signIns: SignInService,
    private readonly sessions: SessionService,
    private readonly tokens: SessionTokenService,
    private readonly accounts: AccountService,
    private readonly invitations: InvitationService,
    private readonly resets: PasswordResetService,
  ) {}

  @Public()
  @Query(() => User, { name: 'me', nullable: true, description: 'The signed-in user, or null.' })
  async getMe(@CurrentUser() user: AuthUser | undefined): Promise<User | null> {
    return user ? this.accounts.get(user.id) : null;
  }

  @Public()
  @Mutation(() => User, { name: 'signIn' })
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GraphQLContext): Promise<User> {
    const { user, session } = await this.signIns.signIn(input.email, input.password, {
      ip: ctx.req.ip,
      userAgent: ctx.req.headers['user-agent'],
    });
    this.tokens.setCookie(ctx.res, user.id, session.id);
    return user;
  }

  @Mutation(() => Boolean, { name: 'signOut' })
  async signOut(@CurrentUser() user: AuthUser, @Context() ctx: GraphQLContext): Promise<boolean> {
    await this.sessions.revoke(user.sessionId);
    this.tokens.clearCookie(ctx.res);
    return true;
  }

  @Mutation(() => Boolean, { name: 'signOutEverywhere', description: 'Ends every session of the signed-in user.' })
  async signOutEverywhere(@CurrentUser() user: AuthUser, @Context() ctx: GraphQLContext): Promise<boolean> {
    await this.sessions.revokeAll(user.id);
    this.tokens.clearCookie(ctx.res);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { name: 'requestPasswordReset', description: 'Answers true whether or not the address exists.' })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    await this.resets.request(input.email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { name: 'resetPassword' })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.resets.reset(input.token, input.password);
    return true;
  }

  @Public()
  @Query(() => InvitationInfo, { name: 'invitation' })
  getInvitation(@Args('token') token: string): Promise<InvitationInfo> {
    return this.invitations.describe(token);
  }

  @Public()
  @Mutation(() => User, { name: 'acceptInvitation', description: 'Sets name and password and signs the invitee in.' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() ctx: GraphQLContext): Promise<User> {
    const user = await this.invitations.accept(input);
    const session = await this.sessions.open(user.id, { ip: ctx.req.ip, userAgent: ctx.req.headers['user-agent'] });
    this.tokens.setCookie(ctx.res, user.id, session.id);
    return user;
  }
}
