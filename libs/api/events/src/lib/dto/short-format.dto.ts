import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ExportFormat, PageArgs, Paginated, Trimmed } from '@koko/api/core/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ShortFormat, ShortFormatFormat, ShortFormatLanguage, ShortFormatState, ShortFormatTopic } from '../short-format.entity';

export const ShortFormatPage = Paginated(ShortFormat, 'ShortFormatPage');

@InputType()
export class ShortFormatInput {
  @Field() @Trimmed() @IsString() @MinLength(3) @MaxLength(200) title!: string;
  @Field(() => ID) @IsUUID() topicId!: string;
  @Field({ defaultValue: '' }) @Trimmed() @IsString() @MaxLength(10_000) description!: string;
  @Field(() => ShortFormatFormat) @IsEnum(ShortFormatFormat) format!: ShortFormatFormat;
  @Field(() => String, { nullable: true, description: 'Online and hybrid: sent only to confirmed registrants.' })
  @IsOptional() @Trimmed() @IsUrl({ protocols: ['https', 'http'], require_protocol: true }) @MaxLength(500)
  joinUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'In person and hybrid.' })
  @IsOptional() @Trimmed() @IsString() @MaxLength(500)
  address?: string | null;
  @Field() @Type(() => Date) @IsDate() startsAt!: Date;
  @Field() @Type(() => Date) @IsDate() endsAt!: Date;
  @Field(() => Int) @IsInt() @Min(1) @Max(10_000) capacity!: number;
  @Field() @Type(() => Date) @IsDate() registrationOpensAt!: Date;
  @Field() @Type(() => Date) @IsDate() registrationClosesAt!: Date;
  @Field({ defaultValue: '' }) @Trimmed() @IsString() @MaxLength(500) targetGroup!: string;
  @Field({ defaultValue: '' }) @Trimmed() @IsString() @MaxLength(500) speakers!: string;
  @Field(() => ShortFormatLanguage, { defaultValue: ShortFormatLanguage.DE }) @IsEnum(ShortFormatLanguage) language!: ShortFormatLanguage;
  @Field({ defaultValue: '' }) @Trimmed() @IsString() @MaxLength(4000) accessibility!: string;
  @Field({ defaultValue: '' }) @Trimmed() @IsString() @MaxLength(500) contact!: string;
}

@InputType()
export class UpdateShortFormatInput extends ShortFormatInput {
  @Field(() => ID) @IsUUID() id!: string;
}

@InputType()
export class CancelShortFormatInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field({ description: 'Sent to every registrant.' }) @Trimmed() @IsString() @MinLength(3) @MaxLength(2000) note!: string;
}

@InputType()
export class TopicInput {
  @Field() @Trimmed() @IsString() @MinLength(3) @MaxLength(200) title!: string;
  @Field() @Trimmed() @IsString() @MinLength(3) @MaxLength(200) titleEn!: string;
}

@InputType()
export class UpdateTopicInput extends TopicInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field() @IsBoolean() archived!: boolean;
  @Field(() => Int) @IsInt() @Min(1) @Max(1000) position!: number;
}

@ArgsType()
export class CalendarArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() topicId?: string;
  @Field(() => ShortFormatFormat, { nullable: true }) @IsOptional() @IsEnum(ShortFormatFormat) format?: ShortFormatFormat;
  @Field({ nullable: true, description: 'Calendar month in Berlin time, "YYYY-MM".' })
  @IsOptional() @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  month?: string;
}

@ArgsType()
export class AdminShortFormatsArgs extends PageArgs {
  @Field(() => ShortFormatState, { nullable: true }) @IsOptional() @IsEnum(ShortFormatState) state?: ShortFormatState;
  @Field({ nullable: true, description: 'Part of the title.' }) @IsOptional() @Trimmed() @IsString() @MaxLength(100) search?: string;
}

@ObjectType({ description: 'How many registrations an event has (organisers only).' })
export class ShortFormatCounts {
  @Field(() => Int) confirmed!: number;
  @Field(() => Int) offered!: number;
  @Field(() => Int) waiting!: number;
  @Field(() => Int) pending!: number;
  @Field(() => Int) cancelled!: number;
  @Field(() => Int, { description: 'Attended (checked in).' }) checkedIn!: number;
  @Field(() => Int, { description: 'Everyone who confirmed their address (also those who later cancelled or moved to the waiting list) or still may.' })
  registered!: number;
  @Field(() => Int, { description: 'Confirmed but not checked in, once the event is over.' }) noShows!: number;
}

export { ShortFormatTopic };

@ArgsType()
export class StatisticsArgs {
  @Field(() => ShortFormatState, { nullable: true }) @IsOptional() @IsEnum(ShortFormatState) state?: ShortFormatState;
  @Field({ nullable: true, description: 'Part of the title.' }) @IsOptional() @Trimmed() @IsString() @MaxLength(100) search?: string;
  @Field(() => ExportFormat, { defaultValue: ExportFormat.CSV, description: 'CSV, or XLSX with typed cells.' }) @IsEnum(ExportFormat) format: ExportFormat = ExportFormat.CSV;
}
