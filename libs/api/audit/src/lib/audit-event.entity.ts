import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One entry of the append-only audit trail (a database trigger refuses UPDATE, DELETE and TRUNCATE). */
@ObjectType({ description: 'Who changed what and when: grades, attendance, enrolment decisions, certificates. Never edited.' })
@Entity({ name: 'audit_events' })
export class AuditEvent {
  // bigserial: the driver hands bigint back as a string, which is what the ID type carries anyway.
  @Field(() => ID) @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Field() @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' }) occurredAt!: Date;
  @Field(() => ID, { nullable: true, description: 'Null when the system acted (e.g. moving up the waitlist).' })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;
  @Field(() => String, { nullable: true, description: 'The actor’s name as it was at the time.' })
  @Column({ name: 'actor_name', type: 'varchar', length: 160, nullable: true })
  actorName!: string | null;
  @Field({ description: 'e.g. enrolment.applied, enrolment.state-changed, attendance.changed' })
  @Column({ type: 'varchar', length: 60 })
  action!: string;
  @Field() @Column({ name: 'entity_type', type: 'varchar', length: 40 }) entityType!: string;
  @Field() @Column({ name: 'entity_id', type: 'varchar', length: 80 }) entityId!: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'cohort_id', type: 'uuid', nullable: true }) cohortId!: string | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'subject_user_id', type: 'uuid', nullable: true }) subjectUserId!: string | null;
  // Exposed as JSON text by AuditEventResolver.
  @HideField() @Column({ type: 'jsonb', nullable: true }) before!: object | null;
  @HideField() @Column({ type: 'jsonb', nullable: true }) after!: object | null;
}
