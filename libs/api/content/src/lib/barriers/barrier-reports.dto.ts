import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs, Paginated, Trimmed } from '@koko/api/core/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { BarrierReport, BarrierReportStatus } from './barrier-report.entity';

const emptyToNull = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : value));

@InputType()
export class ReportBarrierInput {
  @Field({ description: 'Address of the page with the barrier (filled in by the form).' })
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  pageUrl!: string;

  @Field() @Trimmed() @IsString() @MinLength(10) @MaxLength(5000) description!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @emptyToNull() @Trimmed() @IsString() @MaxLength(160) name?: string | null;

  @Field(() => String, { nullable: true, description: 'Only when an answer is wanted.' })
  @IsOptional()
  @emptyToNull()
  @Trimmed()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Must stay empty: a field people never see, filled only by bots.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string | null;
}

@ArgsType()
export class BarrierReportsArgs extends PageArgs {
  @Field(() => BarrierReportStatus, { nullable: true }) @IsOptional() @IsEnum(BarrierReportStatus) status?: BarrierReportStatus | null;
}

@InputType()
export class SetBarrierReportStatusInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => BarrierReportStatus) @IsEnum(BarrierReportStatus) status!: BarrierReportStatus;
}

export const BarrierReportPage = Paginated(BarrierReport, 'BarrierReportPage');
