import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ItemKind, QuestionnaireVersion } from '../questionnaire.entity';
import { Survey, SurveyWave } from '../survey.entity';

@ObjectType({ description: 'A survey as staff see it, with its invitation and response counts.' })
export class StaffSurvey extends Survey {
  @Field(() => Int) invited!: number;
  @Field(() => Int, { nullable: true, description: 'Null below the minimum group size.' }) responses!: number | null;
  @Field({ description: 'What the survey is about: the cohort (with the module) or the short format, in German.' }) contextName!: string;
  @Field() contextNameEn!: string;
}

@ObjectType({ description: 'A survey the caller is invited to and has not answered yet.' })
export class OpenSurvey {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() titleEn!: string;
  @Field(() => SurveyWave) wave!: SurveyWave;
  @Field() closesAt!: Date;
}

@ObjectType({ description: 'A survey to answer: its questionnaire version and what is stored.' })
export class SurveyToAnswer extends OpenSurvey {
  @Field(() => QuestionnaireVersion) questionnaire!: QuestionnaireVersion;
  @Field({ description: 'Whether the survey asks for the self-generated pre/post code.' }) asksForCode!: boolean;
}

@ObjectType()
export class OptionCount {
  @Field(() => Int) value!: number;
  @Field() label!: string;
  @Field() labelEn!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'One item’s figures in one group; every figure is null when suppressed.' })
export class ItemResult {
  @Field(() => ID) itemId!: string;
  @Field() code!: string;
  @Field(() => ItemKind) kind!: ItemKind;
  @Field() text!: string;
  @Field() textEn!: string;
  @Field({ description: 'True when the group or the item has too few answers (or could be worked out from the others).' }) suppressed!: boolean;
  @Field(() => Int, { nullable: true, description: 'Answers on the scale (without "keine Angabe").' }) answered!: number | null;
  @Field(() => Int, { nullable: true }) noAnswer!: number | null;
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => [OptionCount], { description: 'Counts per scale point or option; empty when suppressed.' }) distribution!: OptionCount[];
  @Field(() => [String], { description: 'Free-text answers in random order; empty when suppressed.' }) texts!: string[];
}

@ObjectType({ description: 'The figures of one group (a municipality).' })
export class ResultGroup {
  @Field() key!: string;
  @Field() label!: string;
  @Field() suppressed!: boolean;
  @Field(() => Int, { nullable: true }) responses!: number | null;
  @Field(() => [ItemResult]) items!: ItemResult[];
}

@ObjectType({ description: 'Aggregated results; no figure for a group below the minimum group size.' })
export class SurveyResults {
  @Field(() => ID) surveyId!: string;
  @Field() title!: string;
  @Field() titleEn!: string;
  @Field(() => SurveyWave) wave!: SurveyWave;
  @Field(() => Int) minGroup!: number;
  @Field(() => Int) invited!: number;
  @Field({ description: 'True while fewer than the minimum have answered: no figure at all.' }) suppressed!: boolean;
  @Field(() => Int, { nullable: true }) responses!: number | null;
  @Field(() => Float, { nullable: true, description: 'Responses ÷ invited (0…1).' }) responseRate!: number | null;
  @Field(() => [ItemResult]) items!: ItemResult[];
  @Field(() => [ResultGroup]) groups!: ResultGroup[];
}
