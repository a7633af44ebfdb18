import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ModuleFormat } from './programme-module.entity';

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

@InputType()
export class UpdateProgrammeModuleInput {
  @Field(() => Int, { description: 'Which of the five modules (1–5); there is no sixth.' })
  @IsInt()
  position!: number;
  @Field() @trim() @IsString() @MinLength(3) @MaxLength(200) title!: string;
  @Field() @trim() @IsString() @MaxLength(5000) learningOutcomes!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(500) workloadHours!: number;
  @Field(() => ModuleFormat) @IsEnum(ModuleFormat) format!: ModuleFormat;
  @Field() @trim() @IsString() @MaxLength(10000) assignmentBrief!: string;
}
