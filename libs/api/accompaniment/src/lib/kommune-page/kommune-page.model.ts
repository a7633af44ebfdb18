import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Municipality } from '@koko/api/catalogue';
import { CounsellingRequest } from '@koko/api/counselling';
import { Enrolment, EnrolmentState } from '@koko/api/enrolment';
import { EnrolmentProgress } from '@koko/api/progress';

export enum KommuneContactRole {
  PARTICIPANT = 'participant',
  ADVISOR = 'advisor',
  REQUESTER = 'requester',
}
registerEnumType(KommuneContactRole, { name: 'KommuneContactRole', description: 'Why someone is a contact of the Kommune: a participant, an advisor accompanying it, or someone who asked for counselling.' });

@ObjectType({ description: 'Someone of the Kommune in the qualification: the seat, the progress through the modules and the certificate (field of the progress).' })
export class KommuneParticipant {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field({ description: 'Their role in the administration, as given when applying.' }) jobRole!: string;
  @Field(() => EnrolmentState) state!: EnrolmentState;
  @Field(() => ID) cohortId!: string;
  @Field() cohortName!: string;
  @Field(() => EnrolmentProgress) progress!: EnrolmentProgress;
}

@ObjectType({ description: 'A person to contact about the Kommune.' })
export class KommuneContact {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field(() => [KommuneContactRole]) roles!: KommuneContactRole[];
  @Field(() => String, { nullable: true, description: 'Their role in the administration (participants).' }) jobRole!: string | null;
}

@ObjectType({ description: 'One Kommune’s page for admins and its advisors: the four building blocks together. Each list is its own field, loaded in batches.' })
export class KommunePage {
  @Field(() => ID) municipalityId!: string;
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => String, { nullable: true, description: 'The Kreis it belongs to.' }) kreisName!: string | null;
  /** What the fields share, loaded once per request. */
  shared!: KommunePageShared;
}

/** Reads several fields of the page need; each is started at most once per page. */
export interface KommunePageShared {
  seats: () => Promise<Enrolment[]>;
  advisorIds: readonly string[];
  /** The Kommune's counselling requests as counselling shows them to the viewer. */
  requests: () => Promise<CounsellingRequest[]>;
}
