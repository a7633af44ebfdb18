import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Trimmed } from '@koko/api/core/graphql';
import { Locale, PUBLIC_PAGE_SLUGS, type PublicPageSlug } from '@koko/shared';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { ContentPageVersion } from './content-page-version.entity';

@ArgsType()
export class PublicPageArgs {
  @Field(() => String, { description: 'start, impressum, datenschutz, barrierefreiheit, leichte-sprache or kontakt' })
  @IsIn(PUBLIC_PAGE_SLUGS)
  slug!: PublicPageSlug;

  @Field(() => Locale, { nullable: true, description: 'Defaults to the caller’s language.' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

@ArgsType()
export class PageHistoryArgs {
  @Field(() => String) @IsIn(PUBLIC_PAGE_SLUGS) slug!: PublicPageSlug;
  @Field(() => Locale) @IsEnum(Locale) locale!: Locale;
}

@InputType()
export class SaveContentPageInput {
  @Field(() => String) @IsIn(PUBLIC_PAGE_SLUGS) slug!: PublicPageSlug;
  @Field(() => Locale) @IsEnum(Locale) locale!: Locale;
  @Field() @Trimmed() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @Field({ description: 'Markdown, at most 100 000 characters.' }) @IsString() @MinLength(1) @MaxLength(100_000) body!: string;
  @Field(() => Int, { description: 'The version the edit started from.' }) @IsInt() @Min(0) baseVersion!: number;
}

@ObjectType({ description: 'A public page with its newest German and English versions.' })
export class ContentPageOverview {
  @Field() slug!: string;
  @Field(() => ContentPageVersion) de!: ContentPageVersion;
  @Field(() => ContentPageVersion) en!: ContentPageVersion;
}
