import { Field, HideField, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AttemptState, Verdict } from './attempt-state';

registerEnumType(AttemptState, { name: 'AttemptState' });
registerEnumType(Verdict, { name: 'Verdict' });

@ObjectType({ description: 'One attempt at a module’s transfer assignment. Submitted attempts are frozen.' })
@Entity({ name: 'assignment_attempts' })
export class AssignmentAttempt {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field(() => ID) @Column({ name: 'enrolment_id', type: 'uuid' }) enrolmentId!: string;
  @Field(() => ID) @Column({ name: 'module_id', type: 'uuid' }) moduleId!: string;
  @Field(() => Int) @Column({ name: 'attempt_no', type: 'smallint' }) attemptNo!: number;
  @Field(() => AttemptState) @Column({ type: 'varchar', length: 20 }) state!: AttemptState;
  @Field({ description: 'The write-up.' }) @Column({ type: 'text', default: '' }) body!: string;
  @Field(() => Date, { nullable: true }) @Column({ name: 'draft_saved_at', type: 'timestamptz', nullable: true }) draftSavedAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'own_work_confirmed_at', type: 'timestamptz', nullable: true }) ownWorkConfirmedAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Field() @Column({ type: 'boolean', default: false }) late!: boolean;
  @Field(() => Date, { nullable: true, description: 'A revision’s own due date, set when the revision was requested; null for a first attempt.' })
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;
  @HideField() @Column({ name: 'claimed_by', type: 'uuid', nullable: true }) claimedBy!: string | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true }) claimedAt!: Date | null;
  @Field(() => Int, { description: 'Increases with every change; a save naming an older version is refused.' })
  @Column({ type: 'integer', default: 1 })
  version!: number;
  @Field() @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @HideField() @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

@ObjectType({ description: 'A file of an attempt (the participant’s) or of its feedback (the trainer’s).' })
@Entity({ name: 'attempt_files' })
export class AttemptFile {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field(() => ID) @Column({ name: 'attempt_id', type: 'uuid' }) attemptId!: string;
  @Field() @Column({ type: 'varchar', length: 10 }) purpose!: 'submission' | 'feedback';
  @HideField() @Column({ name: 'storage_key', type: 'varchar', length: 200 }) storageKey!: string;
  @Field() @Column({ name: 'display_name', type: 'varchar', length: 200 }) displayName!: string;
  @Field() @Column({ name: 'content_type', type: 'varchar', length: 100 }) contentType!: string;
  @Field(() => Int) @Column({ name: 'size_bytes', type: 'bigint', transformer: { from: (v: string) => Number(v), to: (v: number) => v } }) sizeBytes!: number;
  @HideField() @Column({ type: 'char', length: 64 }) sha256!: string;
  @HideField() @Column({ name: 'uploaded_by', type: 'uuid', nullable: true }) uploadedBy!: string | null;
  @Field() @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Field({ description: 'Where the file is downloaded (signed-in, checked per request).' })
  get downloadUrl(): string {
    return `/api/files/${this.id}`;
  }
}

export interface StoredScore {
  position: number;
  criterionId: string;
  criterionTitle: string;
  levelId: string;
  levelLabel: string;
  points: number;
}

@Entity({ name: 'attempt_feedback' })
export class AttemptFeedback {
  @PrimaryColumn({ name: 'attempt_id', type: 'uuid' }) attemptId!: string;
  @Column({ name: 'grader_id', type: 'uuid', nullable: true }) graderId!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) verdict!: Verdict | null;
  @Column({ type: 'text', default: '' }) text!: string;
  /** A snapshot of the rubric as scored, so later rubric edits never change given feedback. */
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` }) scores!: Record<string, StoredScore>;
  @Column({ name: 'released_at', type: 'timestamptz', nullable: true }) releasedAt!: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

@Entity({ name: 'assignment_extensions' })
export class AssignmentExtension {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'enrolment_id', type: 'uuid' }) enrolmentId!: string;
  @Column({ name: 'module_id', type: 'uuid' }) moduleId!: string;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'granted_by', type: 'uuid', nullable: true }) grantedBy!: string | null;
  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' }) grantedAt!: Date;
}
