import { Field, HideField, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum BarrierReportStatus {
  NEW = 'new',
  IN_PROGRESS = 'in_progress',
  ANSWERED = 'answered',
}
registerEnumType(BarrierReportStatus, { name: 'BarrierReportStatus', description: 'new → in progress → answered' });

/** A report about an accessibility barrier (the feedback mechanism BITV NRW asks for). */
@ObjectType()
@Entity({ name: 'barrier_reports' })
export class BarrierReport {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field() @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Field({ description: 'The page the barrier is on, as the sender gave it.' }) @Column({ name: 'page_url', type: 'varchar', length: 500 }) pageUrl!: string;
  @Field() @Column({ type: 'text' }) description!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 160, nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true, description: 'Set when the sender wants an answer.' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;
  @Field({ description: 'de or en: the language to answer in.' }) @Column({ type: 'varchar', length: 2 }) locale!: string;
  @Field(() => BarrierReportStatus) @Column({ type: 'varchar', length: 12 }) status!: BarrierReportStatus;
  @Field(() => Date, { nullable: true }) @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true }) statusChangedAt!: Date | null;
  @HideField() @Column({ name: 'status_changed_by', type: 'uuid', nullable: true }) statusChangedBy!: string | null;
  /** SHA-256 of the sender's network address: counts reports per address, reveals nothing else. */
  @HideField() @Column({ name: 'client_hash', type: 'char', length: 64 }) clientHash!: string;
}
