import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs, Trimmed } from '@koko/api/core/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Locale } from '@koko/shared';
import { CounsellingFormat, CounsellingOutcome, CounsellingStatus, CounsellingUrgency } from '../counselling.entity';

@InputType({ description: 'A request for advice on a concrete situation.' })
export class RequestCounsellingInput {
  @Field(() => ID) @IsUUID() municipalityId!: string;
  @Field(() => ID, { description: 'One of the conflict topics (shortFormatTopics).' }) @IsUUID() topicId!: string;
  @Field() @Trimmed() @IsString() @MinLength(20) @MaxLength(5000) description!: string;
  @Field(() => CounsellingUrgency) @IsEnum(CounsellingUrgency) urgency!: CounsellingUrgency;
  @Field(() => CounsellingFormat) @IsEnum(CounsellingFormat) format!: CounsellingFormat;
  @Field({ description: 'When the requester can be reached, in their words.' }) @Trimmed() @IsString() @MinLength(3) @MaxLength(1000) availability!: string;
}

@InputType()
export class AssignCounsellingAdvisorsInput {
  @Field(() => ID) @IsUUID() requestId!: string;
  @Field(() => [ID], { description: 'One or two accounts with the advisor role.' }) @IsUUID('all', { each: true }) @ArrayMinSize(1) @ArrayMaxSize(2) advisorIds!: string[];
}

@InputType()
export class SetCounsellingStatusInput {
  @Field(() => ID) @IsUUID() requestId!: string;
  @Field(() => CounsellingStatus) @IsEnum(CounsellingStatus) status!: CounsellingStatus;
  @Field(() => String, { nullable: true, description: 'Required to decline.' }) @IsOptional() @Trimmed() @IsString() @MaxLength(2000) reason?: string | null;
  @Field(() => [CounsellingOutcome], { nullable: true, description: 'Required to close: one or more.' })
  @IsOptional()
  @IsEnum(CounsellingOutcome, { each: true })
  @ArrayMaxSize(6)
  outcomeCategories?: CounsellingOutcome[] | null;
  @Field(() => String, { nullable: true, description: 'Required to close; the requester sees it.' }) @IsOptional() @Trimmed() @IsString() @MaxLength(4000) outcomeSummary?: string | null;
}

@ArgsType()
export class CounsellingRequestsArgs extends PageArgs {
  @Field(() => CounsellingStatus, { nullable: true }) @IsOptional() @IsEnum(CounsellingStatus) status?: CounsellingStatus | null;
  @Field(() => CounsellingUrgency, { nullable: true }) @IsOptional() @IsEnum(CounsellingUrgency) urgency?: CounsellingUrgency | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() municipalityId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only requests this advisor accompanies (admins).' }) @IsOptional() @IsUUID() advisorId?: string | null;
}

@InputType()
export class PostCounsellingMessageInput {
  @Field(() => ID) @IsUUID() requestId!: string;
  @Field() @Trimmed() @IsString() @MaxLength(5000) body!: string;
  @Field({ defaultValue: false, description: 'A confidential note for advisors and admins (not for requesters).' }) @IsBoolean() confidential!: boolean;
  @Field(() => [ID], { nullable: true, description: 'Files the author uploaded for this request and has not sent yet.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  fileIds?: string[] | null;
}

@InputType({ description: 'A request through the public contact form: the account is created with it (an invitation), as for applications.' })
export class RequestCounsellingWithoutAccountInput extends RequestCounsellingInput {
  @Field() @Trimmed() @IsEmail() @MaxLength(254) email!: string;
  @Field() @Trimmed() @IsString() @MinLength(2) @MaxLength(120) displayName!: string;
  @Field(() => Locale, { defaultValue: Locale.DE }) @IsEnum(Locale) locale!: Locale;
  @Field({ description: 'Agrees that the details are stored to handle the request and an account is created for it (required).' }) @IsBoolean() consent!: boolean;
  @Field(() => String, { nullable: true, description: 'Must stay empty: a field people never see, filled only by bots.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string | null;
}
