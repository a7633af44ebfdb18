import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@koko/api/core/graphql';
import { CounsellingFormat, CounsellingOutcome, CounsellingStatus, CounsellingUrgency } from '../counselling.entity';

@ObjectType({ description: 'A person as counselling shows them: the name only.' })
export class CounsellingPerson {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType({ description: 'A request for advice, as its requester, its advisors and admins see it.' })
export class CounsellingRequest {
  @Field(() => ID) id!: string;
  @Field(() => CounsellingPerson) requester!: CounsellingPerson;
  @Field(() => ID) municipalityId!: string;
  @Field() municipalityName!: string;
  @Field(() => ID) topicId!: string;
  @Field() topicTitle!: string;
  @Field() topicTitleEn!: string;
  @Field() description!: string;
  @Field(() => CounsellingUrgency) urgency!: CounsellingUrgency;
  @Field(() => CounsellingFormat) format!: CounsellingFormat;
  @Field() availability!: string;
  @Field(() => CounsellingStatus) status!: CounsellingStatus;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => [CounsellingOutcome]) outcomeCategories!: CounsellingOutcome[];
  @Field(() => String, { nullable: true }) outcomeSummary!: string | null;
  @Field(() => [CounsellingPerson]) advisors!: CounsellingPerson[];
  @Field() createdAt!: Date;
  @Field() statusChangedAt!: Date;
}

export const CounsellingRequestPage = Paginated(CounsellingRequest, 'CounsellingRequestPage');

@ObjectType({ description: 'A file sent with a message in a request’s thread (as visible as its message).' })
export class CounsellingFile {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field() contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'For signed-in people who may read the message.' }) downloadUrl!: string;
}

@ObjectType({ description: 'A message in a request’s thread. Confidential notes reach advisors and admins only.' })
export class CounsellingMessage {
  @Field(() => ID) id!: string;
  @Field(() => CounsellingPerson) author!: CounsellingPerson;
  @Field() body!: string;
  @Field({ description: 'A note among advisors and admins; never shown to the requester.' }) confidential!: boolean;
  @Field({ description: 'Written by the requester (not by an advisor or admin).' }) fromRequester!: boolean;
  @Field(() => [CounsellingFile]) files!: CounsellingFile[];
  @Field() createdAt!: Date;
}
