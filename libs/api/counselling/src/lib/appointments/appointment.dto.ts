import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Trimmed } from '@koko/api/core/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { CounsellingFormat } from '../counselling.entity';
import { CounsellingPerson } from '../dto/counselling.model';

@InputType({ description: 'When and how an appointment takes place.' })
export class CounsellingAppointmentFields {
  @Field() @Type(() => Date) @IsDate() startsAt!: Date;
  @Field(() => Int, { description: '15 to 480 minutes.' }) @IsInt() @Min(15) @Max(480) durationMinutes!: number;
  @Field(() => CounsellingFormat) @IsEnum(CounsellingFormat) format!: CounsellingFormat;
  @Field(() => String, { nullable: true, description: 'The place (on site, required), the link (online, required, https://) or a phone number.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(500)
  location?: string | null;
}

@InputType()
export class PlanCounsellingAppointmentInput extends CounsellingAppointmentFields {
  @Field(() => ID) @IsUUID() requestId!: string;
}

@InputType()
export class ChangeCounsellingAppointmentInput extends CounsellingAppointmentFields {
  @Field(() => ID) @IsUUID() appointmentId!: string;
}

@ObjectType({ description: 'An appointment on a counselling request, seen by its requester, its advisors and admins.' })
export class CounsellingAppointment {
  @Field(() => ID) id!: string;
  @Field(() => ID) requestId!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => CounsellingFormat) format!: CounsellingFormat;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => Int, { description: 'How often it changed (the iCal SEQUENCE).' }) sequence!: number;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => CounsellingPerson) plannedBy!: CounsellingPerson;
  @Field({ description: 'The appointment as an .ics file (for signed-in viewers of the request).' }) icsUrl!: string;
}
