import { Field, HideField, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EnrolmentDecision, EnrolmentState } from './enrolment-state';

registerEnumType(EnrolmentState, { name: 'EnrolmentState' });
registerEnumType(EnrolmentDecision, { name: 'EnrolmentDecision' });

@ObjectType({ description: 'One participant in one cohort, from application to completion.' })
@Entity({ name: 'enrolments' })
export class Enrolment {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field(() => ID) @Column({ name: 'cohort_id', type: 'uuid' }) cohortId!: string;
  @Field(() => ID) @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Field(() => ID) @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId!: string;
  @Field({ description: 'The applicant’s role in their administration.' }) @Column({ name: 'job_role', type: 'varchar', length: 200 }) jobRole!: string;
  @Field() @Column({ type: 'text', default: '' }) motivation!: string;
  @Field(() => EnrolmentState) @Column({ type: 'varchar', length: 12 }) state!: EnrolmentState;
  @Field() @Column({ name: 'applied_at', type: 'timestamptz', default: () => 'now()' }) appliedAt!: Date;
  @Field(() => Date, { nullable: true }) @Column({ name: 'waitlisted_at', type: 'timestamptz', nullable: true }) waitlistedAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The message sent with the last decision.' })
  @Column({ name: 'decision_message', type: 'text', nullable: true })
  decisionMessage!: string | null;
  @HideField() @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@ObjectType({ description: 'A participant as the people running their cohort see them.' })
export class Participant {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field() email!: string;
}
