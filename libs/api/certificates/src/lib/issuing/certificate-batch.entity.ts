import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type CertificateBatchState = 'queued' | 'running' | 'finished' | 'failed';

/** Issuing several certificates in the background; the admin page polls its counts. */
@ObjectType('CertificateBatch')
@Entity({ name: 'certificate_batches' })
export class CertificateBatch {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field(() => ID) @Column({ name: 'cohort_id', type: 'uuid' }) cohortId!: string;
  @HideField() @Column({ name: 'requested_by', type: 'uuid', nullable: true }) requestedBy!: string | null;
  @HideField() @Column({ name: 'enrolment_ids', type: 'uuid', array: true }) enrolmentIds!: string[];
  @Field(() => Int) @Column({ type: 'integer' }) total!: number;
  @Field(() => Int) @Column({ type: 'integer', default: 0 }) done!: number;
  @Field(() => Int) @Column({ type: 'integer', default: 0 }) failed!: number;
  @Field(() => String) @Column({ type: 'varchar', length: 10, default: 'queued' }) state!: CertificateBatchState;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Field(() => Date, { nullable: true }) @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  /** Why a `failed` batch stopped: `DATABASE_UNAVAILABLE` or `INTERNAL` (details in the server log). */
  @Field(() => String, { nullable: true, description: 'Why a failed batch stopped (DATABASE_UNAVAILABLE or INTERNAL); retry with retryCertificateBatch.' })
  @Column({ name: 'failure_reason', type: 'varchar', length: 40, nullable: true })
  failureReason!: string | null;
}
