import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '@koko/api/core/auth';
import { Role } from '@koko/shared';
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
}
