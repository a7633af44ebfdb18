import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageArgs } from '@koko/api/core/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { AttemptState, Verdict } from '../attempts/attempt-state';
import { AssignmentAttempt } from '../attempts/attempt.entity';

@InputType()
export class SaveDraftInput {
  @Field(() => ID) @IsUUID() enrolmentId!: string;
  @Field(() => ID) @IsUUID() moduleId!: string;
  @Field() @IsString() @MaxLength(200_000) body!: string;
}

@InputType()
export class SubmitAttemptInput {
  @Field(() => ID) @IsUUID() attemptId!: string;
  @Field({ description: 'The statement of own work (Eigenständigkeitserklärung) is confirmed.' }) @IsBoolean() confirmOwnWork!: boolean;
}

@ArgsType()
export class GradingQueueArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() cohortId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() moduleId?: string;
  @Field(() => AttemptState, { nullable: true }) @IsOptional() @IsEnum(AttemptState) state?: AttemptState;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() late?: boolean;
}

@ObjectType()
export class QueueCounts {
  @Field(() => Int) submitted!: number;
  @Field(() => Int) passed!: number;
  @Field(() => Int) revisionRequested!: number;
  @Field(() => Int) failed!: number;
}

@ObjectType({ description: 'Submissions to grade, oldest first.' })
export class GradingQueue {
  @Field(() => [AssignmentAttempt]) items!: AssignmentAttempt[];
  @Field(() => Int) total!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
  @Field(() => QueueCounts, { description: 'Per state, for the same cohort/module/late filter.' }) counts!: QueueCounts;
}

@InputType()
export class ClaimAttemptInput {
  @Field(() => ID) @IsUUID() attemptId!: string;
  @Field({ defaultValue: false, description: 'Take the submission over from the trainer who holds it.' }) @IsBoolean() takeOver!: boolean;
}

@InputType()
export class ScoreInput {
  @Field(() => ID) @IsUUID() criterionId!: string;
  @Field(() => ID) @IsUUID() levelId!: string;
}

@InputType()
export class SaveFeedbackInput {
  @Field(() => ID) @IsUUID() attemptId!: string;
  @Field(() => Int, { description: 'The attempt version the grader saw.' }) @IsInt() version!: number;
  @Field(() => Verdict, { nullable: true }) @IsOptional() @IsEnum(Verdict) verdict?: Verdict | null;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(50_000) text!: string;
  @Field(() => [ScoreInput], { defaultValue: [] }) @ValidateNested({ each: true }) @Type(() => ScoreInput) @ArrayMaxSize(20) scores!: ScoreInput[];
  @Field({ description: 'Release to the participant now; otherwise saved as a draft.' }) @IsBoolean() release!: boolean;
  @Field(() => Date, {
    nullable: true,
    description: 'With "revision required": when the revision is due. Default: the end of the day the cohort’s revision days from now.',
  })
  @IsOptional()
  @IsDate()
  revisionDueAt?: Date | null;
}

@InputType()
export class GrantExtensionInput {
  @Field(() => ID) @IsUUID() enrolmentId!: string;
  @Field(() => ID) @IsUUID() moduleId!: string;
  @Field() @IsDate() dueAt!: Date;
  @Field() @IsString() @MinLength(3) @MaxLength(1000) reason!: string;
}

@InputType()
export class RubricLevelInput {
  @Field() @IsString() @MinLength(1) @MaxLength(100) label!: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) points!: number;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) descriptor!: string;
}

@InputType()
export class RubricCriterionInput {
  @Field() @IsString() @MinLength(2) @MaxLength(200) title!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) description!: string;
  @Field({ defaultValue: true }) @IsBoolean() required!: boolean;
  @Field(() => Int, { nullable: true, description: 'Fewest points a "passed" needs (required criteria); one of the levels above the lowest. Null: any level above the lowest.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minimumPoints?: number | null;
  @Field(() => [RubricLevelInput]) @ValidateNested({ each: true }) @Type(() => RubricLevelInput) @ArrayMaxSize(10) levels!: RubricLevelInput[];
}

@InputType()
export class SetRubricInput {
  @Field(() => ID) @IsUUID() moduleId!: string;
  @Field(() => [RubricCriterionInput]) @ValidateNested({ each: true }) @Type(() => RubricCriterionInput) @ArrayMaxSize(20) criteria!: RubricCriterionInput[];
}

@ObjectType({ description: 'A scored rubric criterion, as it was when scored.' })
export class RubricScore {
  @Field(() => ID) criterionId!: string;
  @Field() criterionTitle!: string;
  @Field(() => ID) levelId!: string;
  @Field() levelLabel!: string;
  @Field(() => Int) points!: number;
}

@ObjectType({ description: 'A grader’s feedback. Participants see it only once released.' })
export class Feedback {
  @Field(() => Verdict, { nullable: true }) verdict!: Verdict | null;
  @Field() text!: string;
  @Field(() => [RubricScore]) scores!: RubricScore[];
  @Field(() => Date, { nullable: true }) releasedAt!: Date | null;
  @Field(() => String, { nullable: true }) graderName!: string | null;
}

@ObjectType({ description: 'A personal extension of a module’s due date.' })
export class Extension {
  @Field(() => ID) id!: string;
  @Field() dueAt!: Date;
  @Field() reason!: string;
  @Field() grantedAt!: Date;
}

@ObjectType({ description: 'A participant’s transfer assignment of one module: brief, dates, attempts.' })
export class AssignmentOverview {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => ID) moduleId!: string;
  @Field(() => Int) modulePosition!: number;
  @Field() moduleTitle!: string;
  @Field() brief!: string;
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => Date, { nullable: true }) cutoffAt!: Date | null;
  @Field(() => Extension, { nullable: true }) extension!: Extension | null;
  @Field(() => Date, { nullable: true, description: 'The participant’s own date (a revision’s due date or an extension) if there is one, else the cohort’s.' }) effectiveDueAt!: Date | null;
  @Field(() => Int) maxAttempts!: number;
  @Field(() => [AssignmentAttempt], { description: 'Newest first.' }) attempts!: AssignmentAttempt[];
  @Field({ description: 'The participant can write or start an attempt now.' }) canEdit!: boolean;
}
