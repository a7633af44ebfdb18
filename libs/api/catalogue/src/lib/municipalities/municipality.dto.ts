import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { PageArgs, Paginated, Trimmed } from '@koko/api/core/graphql';
import { IsBase64, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { MunicipalityKind } from './municipality-kind';
import { Municipality } from './municipality.entity';

export const MunicipalityPage = Paginated(Municipality, 'MunicipalityPage');

@ArgsType()
export class MunicipalitiesArgs extends PageArgs {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
  @Field(() => MunicipalityKind, { nullable: true }) @IsOptional() @IsEnum(MunicipalityKind) kind?: MunicipalityKind;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20) regierungsbezirk?: string;
}

@InputType()
export class ImportMunicipalitiesInput {
  @Field({ description: 'The CSV file, base64-encoded (UTF-8 or Windows-1252; ";" or ",").' })
  @IsBase64()
  @MaxLength(2_000_000)
  fileBase64!: string;
}

@InputType()
export class UpdateMunicipalityInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field() @Trimmed() @IsString() @MinLength(2) @MaxLength(120) name!: string;
  @Field() @IsBoolean() hasIntegrationCentre!: boolean;
  @Field() @IsBoolean() tookPartInKoko1!: boolean;
}

@ObjectType()
export class ImportProblem {
  @Field() line!: number;
  @Field({ description: 'What is wrong, in the caller’s language.' }) message!: string;
}

@ObjectType({ description: 'The outcome of a CSV import: all rows or none.' })
export class MunicipalityImportResult {
  @Field() ok!: boolean;
  @Field() created!: number;
  @Field() updated!: number;
  @Field() unchanged!: number;
  @Field(() => [ImportProblem]) problems!: ImportProblem[];
}

@InputType()
export class CreateMunicipalityInput {
  @Field({ description: '8-digit AGS, or 5-digit Kreisschlüssel for a Kreis.' }) @Trimmed() @IsString() @MaxLength(8) key!: string;
  @Field() @Trimmed() @IsString() @MinLength(2) @MaxLength(120) name!: string;
  @Field(() => MunicipalityKind) @IsEnum(MunicipalityKind) kind!: MunicipalityKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5) kreisKey?: string | null;
  @Field() @IsString() @MaxLength(20) regierungsbezirk!: string;
  @Field() @IsBoolean() hasIntegrationCentre!: boolean;
  @Field() @IsBoolean() tookPartInKoko1!: boolean;
}
