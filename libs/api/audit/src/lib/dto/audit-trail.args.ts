import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs, Paginated } from '@koko/api/core/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { AuditEvent } from '../audit-event.entity';

export const AuditEventPage = Paginated(AuditEvent, 'AuditEventPage');

/** At least one filter is required: the trail is read per cohort or per person, never as a whole. */
@ArgsType()
export class AuditTrailArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() cohortId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The participant the entries are about.' })
  @IsOptional()
  @IsUUID()
  subjectUserId?: string | null;
}
