import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public, Roles } from '@koko/api/core/auth';
import { GraphQLContext, Page } from '@koko/api/core/graphql';
import { Role } from '@koko/shared';
import { CounsellingService } from './counselling.service';
import { CounsellingThreadService } from './thread.service';
import { CounsellingPublicRequests } from './public-request.service';
import { AssignCounsellingAdvisorsInput, CounsellingRequestsArgs, PostCounsellingMessageInput, RequestCounsellingInput, RequestCounsellingWithoutAccountInput, SetCounsellingStatusInput } from './dto/counselling.input';
import { CounsellingMessage, CounsellingPerson, CounsellingRequest, CounsellingRequestPage } from './dto/counselling.model';

/** Counselling requests: participants ask, admins triage, advisors accompany. */
@Resolver(() => CounsellingRequest)
export class CounsellingResolver {
  constructor(
    private readonly counselling: CounsellingService,
    private readonly threads: CounsellingThreadService,
    private readonly publicRequests: CounsellingPublicRequests,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    name: 'requestCounsellingWithoutAccount',
    description: 'The public contact form: creates the account with an invitation and the request; always true so addresses cannot be probed.',
  })
  async requestWithoutAccount(@Args('input') input: RequestCounsellingWithoutAccountInput, @Context() ctx: GraphQLContext): Promise<boolean> {
    await this.publicRequests.request(input, ctx.req.ip ?? 'unknown');
    return true;
  }

  @Roles(Role.PARTICIPANT)
  @Mutation(() => CounsellingRequest, { name: 'requestCounselling', description: 'Asks the programme team for advice on a concrete situation.' })
  requestCounselling(@CurrentUser() actor: AuthUser, @Args('input') input: RequestCounsellingInput): Promise<CounsellingRequest> {
    return this.counselling.request(actor, input);
  }

  @Roles(Role.PARTICIPANT)
  @Query(() => [CounsellingRequest], { name: 'myCounsellingRequests', description: 'The caller’s own counselling requests, newest first.' })
  mine(@CurrentUser() actor: AuthUser): Promise<CounsellingRequest[]> {
    return this.counselling.mine(actor);
  }

  @Roles(Role.ADMIN, Role.ADVISOR)
  @Query(() => CounsellingRequestPage, { name: 'counsellingRequests', description: 'Open first, acute first; advisors see only the requests they accompany.' })
  list(@CurrentUser() viewer: AuthUser, @Args() args: CounsellingRequestsArgs): Promise<Page<CounsellingRequest>> {
    return this.counselling.list(viewer, args);
  }

  @Roles(Role.PARTICIPANT, Role.ADMIN, Role.ADVISOR)
  @Query(() => CounsellingRequest, { name: 'counsellingRequest', description: 'One request: for its requester, its advisors and admins.' })
  one(@CurrentUser() viewer: AuthUser, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<CounsellingRequest> {
    return this.counselling.get(viewer, id);
  }

  @Roles(Role.ADMIN)
  @Query(() => [CounsellingPerson], { name: 'counsellingAdvisors', description: 'Active accounts with the advisor role, by name.' })
  advisors(): Promise<CounsellingPerson[]> {
    return this.counselling.advisors();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CounsellingRequest, { name: 'assignCounsellingAdvisors', description: 'Sets the one or two advisors who accompany a request.' })
  assign(@CurrentUser() actor: AuthUser, @Args('input') input: AssignCounsellingAdvisorsInput): Promise<CounsellingRequest> {
    return this.counselling.assign(actor, input);
  }

  @Roles(Role.ADMIN, Role.ADVISOR)
  @Mutation(() => CounsellingRequest, { name: 'setCounsellingStatus', description: 'Moves a request on: accept, start, close (with outcome) or decline (with a reason).' })
  setStatus(@CurrentUser() actor: AuthUser, @Args('input') input: SetCounsellingStatusInput): Promise<CounsellingRequest> {
    return this.counselling.setStatus(actor, input);
  }

  @Roles(Role.PARTICIPANT, Role.ADMIN, Role.ADVISOR)
  @Query(() => [CounsellingMessage], { name: 'counsellingThread', description: 'The messages of a request, oldest first; its requester never sees the confidential notes.' })
  thread(@CurrentUser() viewer: AuthUser, @Args('requestId', { type: () => ID }, ParseUUIDPipe) requestId: string): Promise<CounsellingMessage[]> {
    return this.threads.thread(viewer, requestId);
  }

  @Roles(Role.PARTICIPANT, Role.ADMIN, Role.ADVISOR)
  @Mutation(() => CounsellingMessage, { name: 'postCounsellingMessage', description: 'Writes in a request’s thread; advisors and admins may write a confidential note.' })
  post(@CurrentUser() actor: AuthUser, @Args('input') input: PostCounsellingMessageInput): Promise<CounsellingMessage> {
    return this.threads.post(actor, input);
  }
}
