import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public, Roles } from '@koko/api/core/auth';
import { GraphQLContext, requestLocale } from '@koko/api/core/graphql';
import { Role } from '@koko/shared';
import { ContentPageVersion } from './content-page-version.entity';
import { ContentPageOverview, PageHistoryArgs, PublicPageArgs, SaveContentPageInput } from './content-pages.dto';
import { ContentPagesService, PageOverview } from './content-pages.service';

@Resolver(() => ContentPageVersion)
export class ContentPagesResolver {
  constructor(private readonly pages: ContentPagesService) {}

  @Public()
  @Query(() => ContentPageVersion, { name: 'publicPage', description: 'The newest version of a public page (German when there is none in the language asked for).' })
  getPublicPage(@Args() args: PublicPageArgs, @Context() ctx: GraphQLContext): Promise<ContentPageVersion> {
    return this.pages.current(args.slug, args.locale ?? requestLocale(ctx.req));
  }

  @Roles(Role.ADMIN)
  @Query(() => [ContentPageOverview], { name: 'contentPages' })
  listPages(): Promise<PageOverview[]> {
    return this.pages.overview();
  }

  @Roles(Role.ADMIN)
  @Query(() => [ContentPageVersion], { name: 'contentPageHistory', description: 'Newest first, at most 100 versions.' })
  getHistory(@Args() args: PageHistoryArgs): Promise<ContentPageVersion[]> {
    return this.pages.history(args.slug, args.locale);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ContentPageVersion, { name: 'saveContentPage', description: 'Saves a new version; refused when the page changed since `baseVersion`.' })
  savePage(@CurrentUser() user: AuthUser, @Args('input') input: SaveContentPageInput): Promise<ContentPageVersion> {
    return this.pages.save(user.id, input);
  }
}
