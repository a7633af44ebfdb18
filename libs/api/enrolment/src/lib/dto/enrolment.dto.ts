import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ExportFormat, PageArgs, Paginated, Trimmed } from '@koko/api/core/graphql';
import { Locale } from '@koko/shared';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { EnrolmentDecision, EnrolmentState } from '../enrolment-state';
import { Enrolment } from '../enrolment.entity';


export const EnrolmentPage = Paginated(Enrolment, 'EnrolmentPage');

@InputType()
export class ApplyInput {
  @Field(() => ID) @IsUUID() cohortId!: string;
  @Field(() => ID) @IsUUID() municipalityId!: string;
  @Field({ description: 'Role in the administration, e.g. "Sachgebietsleitung Integration".' })
  @Trimmed() @IsString() @MinLength(2) @MaxLength(200)
  jobRole!: string;
  @Field() @Trimmed() @IsString() @MinLength(20) @MaxLength(4000) motivation!: string;
}

@InputType()
export class ApplyWithoutAccountInput extends ApplyInput {
  @Field() @Trimmed() @IsEmail() @MaxLength(254) email!: string;
  @Field() @Trimmed() @IsString() @MinLength(2) @MaxLength(120) displayName!: string;
  @Field(() => Locale, { defaultValue: Locale.DE }) @IsEnum(Locale) locale!: Locale;
}

@InputType()
export class DecideEnrolmentsInput {
  @Field(() => [ID]) @IsUUID('all', { each: true }) @ArrayMinSize(1) @ArrayMaxSize(200) enrolmentIds!: string[];
  @Field(() => EnrolmentDecision) @IsEnum(EnrolmentDecision) decision!: EnrolmentDecision;
  @Field(() => String, { nullable: true, description: 'Sent to the participant with the decision.' })
  @IsOptional() @Trimmed() @IsString() @MaxLength(2000)
  message?: string | null;
}

@InputType()
export class WithdrawInput {
  @Field(() => ID) @IsUUID() enrolmentId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Trimmed() @IsString() @MaxLength(2000) reason?: string | null;
}

@ObjectType()
export class DecisionFailure {
  @Field(() => ID) enrolmentId!: string;
  @Field() code!: string;
  @Field({ description: 'Why, in the caller’s language.' }) message!: string;
}

@ObjectType({ description: 'Each enrolment is decided on its own: some may succeed while others are refused.' })
export class DecisionResult {
  @Field(() => [Enrolment]) decided!: Enrolment[];
  @Field(() => [DecisionFailure]) failed!: DecisionFailure[];
}

@ArgsType()
export class EnrolmentFilterArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() cohortId?: string;
  @Field(() => EnrolmentState, { nullable: true }) @IsOptional() @IsEnum(EnrolmentState) state?: EnrolmentState;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() municipalityId?: string;
  @Field({ nullable: true, description: 'Part of the name or e-mail.' }) @IsOptional() @IsString() @MaxLength(100) search?: string;
}

@ArgsType()
export class EnrolmentExportArgs extends EnrolmentFilterArgs {
  @Field(() => ExportFormat, { defaultValue: ExportFormat.CSV, description: 'CSV, or XLSX with typed cells.' }) @IsEnum(ExportFormat) format: ExportFormat = ExportFormat.CSV;
}

@ArgsType()
export class EnrolmentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() cohortId?: string;
  @Field(() => EnrolmentState, { nullable: true }) @IsOptional() @IsEnum(EnrolmentState) state?: EnrolmentState;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() municipalityId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
}
