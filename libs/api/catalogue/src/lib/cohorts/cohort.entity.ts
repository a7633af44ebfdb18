import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@ObjectType({ description: 'One run (Durchgang) of the five-module programme.' })
@Entity({ name: 'cohorts' })
export class Cohort {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field({ description: 'In the reader’s language: the English name where one is written, else the German one (nameDe for editing).' })
  @Column({ type: 'varchar', length: 160 })
  name!: string;
  @Field({ description: 'The English name as written; empty where there is none.' }) @Column({ name: 'name_en', type: 'varchar', length: 160, default: '' }) nameEn!: string;
  @Field({ description: 'In the reader’s language, like name.' }) @Column({ type: 'text', default: '' }) description!: string;
  @Field() @Column({ name: 'description_en', type: 'text', default: '' }) descriptionEn!: string;
  @Field({ description: 'First day (YYYY-MM-DD).' }) @Column({ name: 'starts_on', type: 'date' }) startsOn!: string;
  @Field({ description: 'Last day (YYYY-MM-DD).' }) @Column({ name: 'ends_on', type: 'date' }) endsOn!: string;
  @Field(() => Int) @Column({ type: 'integer' }) capacity!: number;
  @Field() @Column({ name: 'applications_open_on', type: 'date' }) applicationsOpenOn!: string;
  @Field() @Column({ name: 'applications_close_on', type: 'date' }) applicationsCloseOn!: string;
  @Field({ description: 'Certificates are issued automatically when a participant completes the fifth module.' })
  @Column({ name: 'auto_issue_certificates', type: 'boolean', default: false })
  autoIssueCertificates!: boolean;
  @Field(() => Int, { description: 'Days a participant gets for a revision by default (the trainer may set another date when requesting it).' })
  @Column({ name: 'revision_days', type: 'smallint', default: 14 })
  revisionDays!: number;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @HideField() @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'cohort_trainers' })
export class CohortTrainer {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' }) cohortId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
}

@ObjectType({ description: 'A module as it runs in one cohort: its assignment due date and attendance requirement.' })
@Entity({ name: 'cohort_modules' })
export class CohortModule {
  @Field(() => ID) @PrimaryColumn({ name: 'cohort_id', type: 'uuid' }) cohortId!: string;
  @Field(() => ID) @PrimaryColumn({ name: 'module_id', type: 'uuid' }) moduleId!: string;
  @Field(() => Date, { nullable: true }) @Column({ name: 'assignment_due_at', type: 'timestamptz', nullable: true }) assignmentDueAt!: Date | null;
  @Field(() => Int, { description: 'Share of the module’s sessions a participant must attend (default 80).' })
  @Column({ name: 'min_attendance_percent', type: 'smallint', default: 80 })
  minAttendancePercent!: number;
  @Field(() => Date, { nullable: true, description: 'After this, submissions are refused unless an extension was granted.' })
  @Column({ name: 'submission_cutoff_at', type: 'timestamptz', nullable: true })
  submissionCutoffAt!: Date | null;
  @Field(() => Int, { description: 'How many attempts a participant has (default 3).' })
  @Column({ name: 'max_attempts', type: 'smallint', default: 3 })
  maxAttempts!: number;
}

@ObjectType({ description: 'A session (Termin) of a module in a cohort.' })
@Entity({ name: 'cohort_sessions' })
export class CohortSession {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field(() => ID) @Column({ name: 'cohort_id', type: 'uuid' }) cohortId!: string;
  @Field(() => ID) @Column({ name: 'module_id', type: 'uuid' }) moduleId!: string;
  @Field({ description: 'In the reader’s language: the English title where one is written, else the German one (titleDe for editing).' })
  @Column({ type: 'varchar', length: 200, default: '' })
  title!: string;
  @Field({ description: 'The English title as written; empty where there is none.' }) @Column({ name: 'title_en', type: 'varchar', length: 200, default: '' }) titleEn!: string;
  @Field() @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Field() @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 300, nullable: true }) location!: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true }) onlineUrl!: string | null;
  @HideField() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@ObjectType({ description: 'A person as others see them: name only.' })
export class Person {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}
