import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ExportFormat, Trimmed } from '@koko/api/core/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { AccompanimentStage, MilestoneStatus } from '../accompaniment.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class AddMilestoneInput {
  @Field(() => ID) @IsUUID() municipalityId!: string;
  @Field() @Trimmed() @IsString() @MinLength(2) @MaxLength(120) title!: string;
}

@InputType({ description: 'Replaces what can be edited on a milestone.' })
export class UpdateMilestoneInput {
  @Field(() => ID) @IsUUID() milestoneId!: string;
  @Field() @Trimmed() @IsString() @MinLength(2) @MaxLength(120) title!: string;
  @Field(() => MilestoneStatus) @IsEnum(MilestoneStatus) status!: MilestoneStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required once reached (not in the future), else the planned date.' })
  @IsOptional()
  @Matches(DATE)
  @IsISO8601({ strict: true })
  datedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trimmed() @IsString() @MaxLength(4000) note?: string | null;
  @Field(() => String, { nullable: true, description: 'An http(s) link to a document or page.' })
  @IsOptional()
  @Trimmed()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  evidenceUrl?: string | null;
}

@InputType({ description: 'A participant shares their own transfer assignment of a module as evidence (their consent).' })
export class ShareAssignmentEvidenceInput {
  @Field(() => ID) @IsUUID() milestoneId!: string;
  @Field(() => ID) @IsUUID() moduleId!: string;
}

@InputType()
export class SetKommuneAdvisorsInput {
  @Field(() => ID) @IsUUID() municipalityId!: string;
  @Field(() => [ID], { description: 'Accounts with the advisor role (none to end their accompaniment).' }) @IsUUID('all', { each: true }) @ArrayMaxSize(5) advisorIds!: string[];
}

@ArgsType()
export class AccompanimentOverviewArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20) regierungsbezirk?: string | null;
  @Field(() => String, { nullable: true, description: 'The Kreisschlüssel (5 digits): the Kreis and its municipalities.' }) @IsOptional() @Matches(/^\d{5}$/) kreisKey?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() tookPartInKoko1?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() hasIntegrationCentre?: boolean | null;
  @Field(() => AccompanimentStage, { nullable: true }) @IsOptional() @IsEnum(AccompanimentStage) stage?: AccompanimentStage | null;
}

@ArgsType()
export class AccompanimentOverviewCsvArgs extends AccompanimentOverviewArgs {
  @Field(() => ExportFormat, { defaultValue: ExportFormat.CSV }) @IsEnum(ExportFormat) format!: ExportFormat;
}
