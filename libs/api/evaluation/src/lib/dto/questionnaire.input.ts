import { Field, InputType, Int } from '@nestjs/graphql';
import { Trimmed } from '@koko/api/core/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ItemKind } from '../questionnaire.entity';

@InputType()
export class ChoiceOptionInput {
  @Field(() => Int) @IsInt() @Min(0) @Max(99) value!: number;
  @Field() @Trimmed() @IsString() @MinLength(1) @MaxLength(200) label!: string;
  @Field() @Trimmed() @IsString() @MinLength(1) @MaxLength(200) labelEn!: string;
}

@InputType()
export class ItemInput {
  @Field({ description: 'Column name in exports: a letter, then letters, digits or _ (at most 32).' })
  @Trimmed() @IsString() @Matches(/^[A-Za-z][A-Za-z0-9_]{0,31}$/)
  code!: string;
  @Field(() => ItemKind) @IsEnum(ItemKind) kind!: ItemKind;
  @Field() @Trimmed() @IsString() @MinLength(1) @MaxLength(1000) text!: string;
  @Field() @Trimmed() @IsString() @MinLength(1) @MaxLength(1000) textEn!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Trimmed() @IsString() @MaxLength(100) lowLabel?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trimmed() @IsString() @MaxLength(100) lowLabelEn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trimmed() @IsString() @MaxLength(100) highLabel?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trimmed() @IsString() @MaxLength(100) highLabelEn?: string | null;
  @Field({ defaultValue: false }) @IsBoolean() allowNoAnswer!: boolean;
  @Field({ defaultValue: false }) @IsBoolean() required!: boolean;
  @Field(() => [ChoiceOptionInput], { defaultValue: [] })
  @ValidateNested({ each: true }) @Type(() => ChoiceOptionInput) @ArrayMaxSize(30)
  options!: ChoiceOptionInput[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(-1_000_000) @Max(1_000_000) minValue?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(-1_000_000) @Max(1_000_000) maxValue?: number | null;
}

@InputType()
export class SectionInput {
  @Field() @Trimmed() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @Field() @Trimmed() @IsString() @MinLength(1) @MaxLength(200) titleEn!: string;
  @Field(() => [ItemInput])
  @ValidateNested({ each: true }) @Type(() => ItemInput) @ArrayMinSize(1) @ArrayMaxSize(100)
  items!: ItemInput[];
}

@InputType({ description: 'The whole content of a questionnaire version.' })
export class QuestionnaireInput {
  @Field() @Trimmed() @IsString() @MinLength(3) @MaxLength(200) title!: string;
  @Field() @Trimmed() @IsString() @MinLength(3) @MaxLength(200) titleEn!: string;
  @Field(() => [SectionInput])
  @ValidateNested({ each: true }) @Type(() => SectionInput) @ArrayMinSize(1) @ArrayMaxSize(30)
  sections!: SectionInput[];
}
