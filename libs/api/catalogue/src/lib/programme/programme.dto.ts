import { Trimmed } from '@koko/api/core/graphql';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ModuleFormat } from './programme-module.entity';


@InputType()
export class UpdateProgrammeModuleInput {
  @Field(() => Int, { description: 'Which of the five modules (1–5); there is no sixth.' })
  @IsInt()
  position!: number;
  @Field() @Trimmed() @IsString() @MinLength(3) @MaxLength(200) title!: string;
  @Field() @Trimmed() @IsString() @MaxLength(5000) learningOutcomes!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(500) workloadHours!: number;
  @Field(() => ModuleFormat) @IsEnum(ModuleFormat) format!: ModuleFormat;
  @Field() @Trimmed() @IsString() @MaxLength(10000) assignmentBrief!: string;
  @Field(() => String, { nullable: true, description: 'English texts (empty ones fall back to German); unchanged when omitted.' })
  @Trimmed() @IsOptional() @IsString() @MaxLength(200)
  titleEn?: string | null;
  @Field(() => String, { nullable: true }) @Trimmed() @IsOptional() @IsString() @MaxLength(5000) learningOutcomesEn?: string | null;
  @Field(() => String, { nullable: true }) @Trimmed() @IsOptional() @IsString() @MaxLength(10000) assignmentBriefEn?: string | null;
}
