import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Trimmed } from '@koko/api/core/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { SurveyWave } from '../survey.entity';

@InputType()
export class SurveyInput {
  @Field(() => ID) @IsUUID() versionId!: string;
  @Field() @Trimmed() @IsString() @MinLength(3) @MaxLength(200) title!: string;
  @Field() @Trimmed() @IsString() @MinLength(3) @MaxLength(200) titleEn!: string;
  @Field(() => ID, { nullable: true, description: 'For PRE, POST and MODULE surveys.' }) @IsOptional() @IsUUID() cohortId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only for MODULE surveys.' }) @IsOptional() @IsUUID() moduleId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only for EVENT surveys: the short format whose checked-in attendees are asked; opens after its end.' })
  @IsOptional() @IsUUID()
  shortFormatId?: string | null;
  @Field(() => SurveyWave) @IsEnum(SurveyWave) wave!: SurveyWave;
  @Field() @Type(() => Date) @IsDate() opensAt!: Date;
  @Field() @Type(() => Date) @IsDate() closesAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the one reminder goes out by itself: after the opening, before the closing.' })
  @IsOptional() @Type(() => Date) @IsDate()
  remindAt?: Date | null;
}

@InputType()
export class AnswerInput {
  @Field(() => ID) @IsUUID() itemId!: string;
  @Field(() => Int, { nullable: true, description: 'Likert point (1…5 or 1…7), the chosen option of a single choice, or the number.' })
  @IsOptional() @IsInt() @Min(-1_000_000) @Max(1_000_000)
  value?: number | null;
  @Field(() => [Int], { nullable: true, description: 'The chosen options of a multiple choice.' })
  @IsOptional() @IsInt({ each: true }) @ArrayMaxSize(30)
  choices?: number[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) text?: string | null;
  @Field({ defaultValue: false, description: '"keine Angabe" where the item offers it.' }) @IsBoolean() noAnswer!: boolean;
  @Field({ defaultValue: false, description: 'A free-text answer the respondent does not want published or exported.' })
  @IsBoolean()
  notForPublication!: boolean;
}

@InputType()
export class AnswerSurveyInput {
  @Field(() => ID) @IsUUID() surveyId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The self-generated pre/post code: initials of mother and father, day of birth, initial of the place of birth, older siblings (e.g. "MJ07K2"), or none.',
  })
  @IsOptional() @Trimmed() @Matches(/^[A-Za-z]{2}(0[1-9]|[12][0-9]|3[01])[A-Za-z][0-9]$/)
  code?: string | null;
  @Field(() => [AnswerInput]) @ValidateNested({ each: true }) @Type(() => AnswerInput) @ArrayMaxSize(500) answers!: AnswerInput[];
}

export enum ResultGrouping {
  NONE = 'none',
  MUNICIPALITY = 'municipality',
}

registerEnumType(ResultGrouping, { name: 'ResultGrouping' });
