import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AccompanimentStage, MilestoneStatus } from '../accompaniment.entity';

@ObjectType({ description: 'A person as the accompaniment shows them: the name only.' })
export class AccompanimentPerson {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType({ description: 'A transfer assignment its participant shared as evidence for a milestone (module and person, never its text).' })
export class MilestoneAssignmentEvidence {
  @Field(() => ID) moduleId!: string;
  @Field(() => Int) modulePosition!: number;
  @Field() moduleTitle!: string;
  @Field() moduleTitleEn!: string;
  @Field(() => AccompanimentPerson) participant!: AccompanimentPerson;
  @Field({ description: 'The viewer shared it (and may withdraw it).' }) sharedByViewer!: boolean;
}

@ObjectType({ description: 'One milestone of a Kommune’s development path.' })
export class Milestone {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'English title of a default milestone; null for one the Kommune named.' }) titleEn!: string | null;
  @Field(() => MilestoneStatus) status!: MilestoneStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when it was reached, or by when it is planned.' }) datedOn!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true, description: 'An http(s) link to a document or page.' }) evidenceUrl!: string | null;
  @Field(() => MilestoneAssignmentEvidence, { nullable: true }) evidenceAssignment!: MilestoneAssignmentEvidence | null;
  @Field() updatedAt!: Date;
  @Field(() => AccompanimentPerson, { nullable: true }) updatedBy!: AccompanimentPerson | null;
}

@ObjectType({ description: 'A Kommune’s development path towards its local conflict-management system.' })
export class AccompanimentPath {
  @Field(() => ID) municipalityId!: string;
  @Field() municipalityName!: string;
  @Field(() => AccompanimentStage) stage!: AccompanimentStage;
  @Field(() => Int) reachedCount!: number;
  @Field(() => [Milestone]) milestones!: Milestone[];
  @Field(() => [AccompanimentPerson], { description: 'The advisors who accompany the Kommune.' }) advisors!: AccompanimentPerson[];
}

@ObjectType({ description: 'A participating Kommune in the programme overview.' })
export class AccompaniedKommune {
  @Field(() => ID) municipalityId!: string;
  @Field() name!: string;
  @Field() key!: string;
  @Field() regierungsbezirk!: string;
  @Field(() => String, { nullable: true, description: 'The Kreisschlüssel of the Kreis it belongs to.' }) kreisKey!: string | null;
  @Field(() => String, { nullable: true, description: 'The Kreis it belongs to (null for a kreisfreie Stadt or a Kreis).' }) kreisName!: string | null;
  @Field() hasIntegrationCentre!: boolean;
  @Field() tookPartInKoko1!: boolean;
  @Field(() => AccompanimentStage) stage!: AccompanimentStage;
  @Field(() => Int) milestoneCount!: number;
  @Field(() => Int) reachedCount!: number;
  @Field(() => String, { nullable: true, description: 'The first milestone not yet reached.' }) nextMilestone!: string | null;
  @Field(() => Int, { description: 'People of this Kommune holding a seat in a cohort (admitted or completed).' }) participantCount!: number;
  @Field(() => [AccompanimentPerson]) advisors!: AccompanimentPerson[];
  @Field(() => Date, { nullable: true }) lastChangeAt!: Date | null;
}

@ObjectType()
export class StageCount {
  @Field(() => AccompanimentStage) stage!: AccompanimentStage;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'The participating Kommunen matching the filter, with counts per stage.' })
export class AccompanimentOverview {
  @Field(() => [AccompaniedKommune]) kommunen!: AccompaniedKommune[];
  @Field(() => [StageCount], { description: 'Every stage, also with 0, for the Kommunen matching the filter.' }) stageCounts!: StageCount[];
}
