import { registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum CounsellingUrgency {
  NORMAL = 'normal',
  SOON = 'soon',
  ACUTE = 'acute',
}

export enum CounsellingFormat {
  PHONE = 'phone',
  ONLINE = 'online',
  ON_SITE = 'on_site',
}

export enum CounsellingStatus {
  NEW = 'new',
  ACCEPTED = 'accepted',
  IN_PROGRESS = 'in_progress',
  CLOSED = 'closed',
  DECLINED = 'declined',
}

export enum CounsellingOutcome {
  ADVICE = 'advice',
  MEDIATION = 'mediation',
  PROCESS_SUPPORT = 'process_support',
  CRISIS_INTERVENTION = 'crisis_intervention',
  REFERRAL = 'referral',
  NETWORKING = 'networking',
}

registerEnumType(CounsellingUrgency, { name: 'CounsellingUrgency', description: 'normal, soon (within days) or an acute crisis.' });
registerEnumType(CounsellingFormat, { name: 'CounsellingFormat', description: 'How the requester prefers to be advised.' });
registerEnumType(CounsellingStatus, { name: 'CounsellingStatus', description: 'NEW → ACCEPTED → IN_PROGRESS → CLOSED, or DECLINED (from NEW or ACCEPTED).' });
registerEnumType(CounsellingOutcome, { name: 'CounsellingOutcome', description: 'What a closed counselling achieved (one or more).' });

/** A request for advice on a concrete situation in a municipality. */
@Entity({ name: 'counselling_requests' })
export class CounsellingRequestRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'requester_id', type: 'uuid' }) requesterId!: string;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId!: string;
  @Column({ name: 'topic_id', type: 'uuid' }) topicId!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'varchar', length: 6 }) urgency!: CounsellingUrgency;
  @Column({ type: 'varchar', length: 7 }) format!: CounsellingFormat;
  @Column({ type: 'varchar', length: 1000 }) availability!: string;
  @Column({ type: 'varchar', length: 11, default: CounsellingStatus.NEW }) status!: CounsellingStatus;
  @Column({ name: 'decline_reason', type: 'varchar', length: 2000, nullable: true }) declineReason!: string | null;
  @Column({ name: 'outcome_categories', type: 'text', array: true, default: () => `'{}'` }) outcomeCategories!: CounsellingOutcome[];
  @Column({ name: 'outcome_summary', type: 'varchar', length: 4000, nullable: true }) outcomeSummary!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'status_changed_at', type: 'timestamptz', default: () => 'now()' }) statusChangedAt!: Date;
  /** When the whole team was reminded that this acute request is still untaken. */
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true }) escalatedAt!: Date | null;
  /** SHA-256 of the client address of a request filed through the public form (the hourly limit); null when signed in. */
  @Column({ name: 'client_hash', type: 'char', length: 64, nullable: true }) clientHash!: string | null;
}

/** An advisor accompanying a request (one or two per request). */
@Entity({ name: 'counselling_assignments' })
export class CounsellingAssignment {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @PrimaryColumn({ name: 'advisor_id', type: 'uuid' }) advisorId!: string;
  @Column({ name: 'assigned_at', type: 'timestamptz', default: () => 'now()' }) assignedAt!: Date;
}

/** A message in a request's thread; a confidential one is a note among advisors and admins. */
@Entity({ name: 'counselling_messages' })
export class CounsellingMessageRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'boolean', default: false }) confidential!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}
