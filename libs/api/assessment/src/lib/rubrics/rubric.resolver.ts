import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@koko/api/core/auth';
import { Role } from '@koko/shared';
import { SetRubricInput } from '../dto/assessment.dto';
import { RubricCriterion } from './rubric.entity';
import { RubricService } from './rubric.service';

@Resolver(() => RubricCriterion)
export class RubricResolver {
  constructor(private readonly rubrics: RubricService) {}

  @Query(() => [RubricCriterion], { name: 'rubric', description: 'A module’s rubric; participants see what they will be graded on.' })
  rubric(@Args('moduleId', { type: () => ID }) moduleId: string): Promise<RubricCriterion[]> {
    return this.rubrics.rubricsOf([moduleId]);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => [RubricCriterion], { name: 'setRubric', description: 'Replaces a module’s rubric; given feedback keeps its snapshot.' })
  setRubric(@Args('input') input: SetRubricInput): Promise<RubricCriterion[]> {
    return this.rubrics.setRubric(input);
  }
}
