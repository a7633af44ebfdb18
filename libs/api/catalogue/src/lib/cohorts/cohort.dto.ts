import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs, Paginated, Trimmed } from '@koko/api/core/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsInt, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Cohort } from './cohort.entity';

const emptyToNull = () => Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value));
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const CohortPage = Paginated(Cohort, 'CohortPage');

@ArgsType()
export class CohortsArgs extends PageArgs {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
}

@InputType()
export class CohortInput {
  @Field() @Trimmed() @IsString() @MinLength(3) @MaxLength(160) name!: string;
  @Field({ defaultValue: '' }) @Trimmed() @IsString() @MaxLength(5000) description!: string;
  @Field(() => String, { nullable: true, description: 'English name (empty falls back to German); empty for a new cohort and unchanged on update when omitted.' })
  @Trimmed() @IsOptional() @IsString() @MaxLength(160)
  nameEn?: string | null;
  @Field(() => String, { nullable: true }) @Trimmed() @IsOptional() @IsString() @MaxLength(5000) descriptionEn?: string | null;
  @Field() @Matches(DATE) @IsISO8601({ strict: true }) startsOn!: string;
  @Field() @Matches(DATE) @IsISO8601({ strict: true }) endsOn!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(1000) capacity!: number;
  @Field() @Matches(DATE) @IsISO8601({ strict: true }) applicationsOpenOn!: string;
  @Field() @Matches(DATE) @IsISO8601({ strict: true }) applicationsCloseOn!: string;
  @Field(() => [ID], { defaultValue: [] }) @IsUUID('all', { each: true }) @ArrayMaxSize(20) trainerIds!: string[];
  @Field(() => Int, { nullable: true, description: 'Days a participant gets for a revision by default (1–90); 14 for a new cohort and unchanged on update when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  revisionDays?: number | null;
}

@InputType()
export class UpdateCohortInput extends CohortInput {
  @Field(() => ID) @IsUUID() id!: string;
}

@InputType()
export class UpdateCohortModuleInput {
  @Field(() => ID) @IsUUID() cohortId!: string;
  @Field(() => ID) @IsUUID() moduleId!: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() assignmentDueAt!: Date | null;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) minAttendancePercent!: number;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() submissionCutoffAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'Unchanged when omitted.' }) @IsOptional() @IsInt() @Min(1) @Max(10) maxAttempts?: number;
}

@InputType()
export class SessionInput {
  @Field(() => ID) @IsUUID() cohortId!: string;
  @Field(() => ID) @IsUUID() moduleId!: string;
  @Field({ defaultValue: '' }) @Trimmed() @IsString() @MaxLength(200) title!: string;
  @Field(() => String, { nullable: true, description: 'English title (empty falls back to German); unchanged on update when omitted.' })
  @Trimmed() @IsOptional() @IsString() @MaxLength(200)
  titleEn?: string | null;
  @Field() @IsDate() startsAt!: Date;
  @Field() @IsDate() endsAt!: Date;
  @Field(() => String, { nullable: true }) @emptyToNull() @IsOptional() @IsString() @MaxLength(300) location!: string | null;
  @Field(() => String, { nullable: true })
  @emptyToNull()
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  onlineUrl!: string | null;
}

@InputType()
export class UpdateSessionInput extends SessionInput {
  @Field(() => ID) @IsUUID() id!: string;
}
