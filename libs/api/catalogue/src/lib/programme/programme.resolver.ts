import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '@koko/api/core/auth';
import { displayLocale, GraphQLContext } from '@koko/api/core/graphql';
import { localized, Role } from '@koko/shared';
import { UpdateProgrammeModuleInput } from './programme.dto';
import { ProgrammeModule } from './programme-module.entity';
import { ProgrammeService } from './programme.service';

@Resolver(() => ProgrammeModule)
export class ProgrammeResolver {
  constructor(private readonly programme: ProgrammeService) {}

  /** Public: the programme is described to people before they apply. */
  @Public()
  @Query(() => [ProgrammeModule], { name: 'programmeModules' })
  listModules(): Promise<ProgrammeModule[]> {
    return this.programme.modules();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ProgrammeModule, { name: 'updateProgrammeModule' })
  updateModule(@Args('input') input: UpdateProgrammeModuleInput): Promise<ProgrammeModule> {
    return this.programme.update(input);
  }

  @ResolveField(() => String, { name: 'title' })
  title(@Parent() m: ProgrammeModule, @Context() ctx: GraphQLContext): string {
    return localized(m.title, m.titleEn, displayLocale(ctx.req));
  }

  @ResolveField(() => String, { name: 'learningOutcomes' })
  learningOutcomes(@Parent() m: ProgrammeModule, @Context() ctx: GraphQLContext): string {
    return localized(m.learningOutcomes, m.learningOutcomesEn, displayLocale(ctx.req));
  }

  @ResolveField(() => String, { name: 'assignmentBrief' })
  assignmentBrief(@Parent() m: ProgrammeModule, @Context() ctx: GraphQLContext): string {
    return localized(m.assignmentBrief, m.assignmentBriefEn, displayLocale(ctx.req));
  }

  @ResolveField(() => String, { name: 'titleDe', description: 'The German title as written (for editing).' })
  titleDe(@Parent() m: ProgrammeModule): string {
    return m.title;
  }

  @ResolveField(() => String, { name: 'learningOutcomesDe' })
  learningOutcomesDe(@Parent() m: ProgrammeModule): string {
    return m.learningOutcomes;
  }

  @ResolveField(() => String, { name: 'assignmentBriefDe' })
  assignmentBriefDe(@Parent() m: ProgrammeModule): string {
    return m.assignmentBrief;
  }
}
