import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CohortSession } from '@koko/api/catalogue';
import { Enrolment } from '@koko/api/enrolment';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { AttendanceStatus } from '../progress/module-progress';
import { AttendanceRecord } from './attendance-record.entity';

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID) @IsUUID() sessionId!: string;
  @Field(() => ID) @IsUUID() enrolmentId!: string;
  @Field(() => AttendanceStatus, { nullable: true, description: 'null clears the entry.' })
  @IsOptional()
  @IsEnum(AttendanceStatus)
  status!: AttendanceStatus | null;
  @Field({ defaultValue: false }) @IsBoolean() excuseWaived!: boolean;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID) @IsUUID() cohortId!: string;
  @Field(() => [AttendanceEntryInput])
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  entries!: AttendanceEntryInput[];
}

@ObjectType({ description: 'Everything the attendance grid of a cohort needs.' })
export class AttendanceSheet {
  @Field(() => ID) cohortId!: string;
  @Field(() => [CohortSession]) sessions!: CohortSession[];
  @Field(() => [Enrolment], { description: 'Admitted and completed participants, by name.' }) enrolments!: Enrolment[];
  @Field(() => [AttendanceRecord]) records!: AttendanceRecord[];
}
