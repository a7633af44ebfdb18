import { registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum MilestoneStatus {
  OPEN = 'open',
  IN_PROGRESS = 'in_progress',
  REACHED = 'reached',
}

/**
 * Where a Kommune stands on its path, derived from its milestones: NOT_STARTED (nothing in
 * progress or reached), STARTED (fewer than half reached), ADVANCED (at least half, not all),
 * ANCHORED (every milestone reached).
 */
export enum AccompanimentStage {
  NOT_STARTED = 'not_started',
  STARTED = 'started',
  ADVANCED = 'advanced',
  ANCHORED = 'anchored',
}

registerEnumType(MilestoneStatus, { name: 'MilestoneStatus', description: 'OPEN, IN_PROGRESS or REACHED.' });
registerEnumType(AccompanimentStage, {
  name: 'AccompanimentStage',
  description: 'NOT_STARTED (nothing begun), STARTED (under half reached), ADVANCED (half or more reached), ANCHORED (all reached).',
});

/** The stage of a path with this many milestones, reached ones and ones in progress. */
export function stageOf(total: number, reached: number, inProgress: number): AccompanimentStage {
  if (total > 0 && reached === total) return AccompanimentStage.ANCHORED;
  if (reached === 0 && inProgress === 0) return AccompanimentStage.NOT_STARTED;
  return reached * 2 >= total ? AccompanimentStage.ADVANCED : AccompanimentStage.STARTED;
}

/** The default path a Kommune starts with (German, English). */
export const DEFAULT_MILESTONES: ReadonlyArray<{ title: string; titleEn: string }> = [
  { title: 'Bestandsaufnahme', titleEn: 'Stocktaking' },
  { title: 'Konfliktanalyse', titleEn: 'Conflict analysis' },
  { title: 'Akteursnetzwerk', titleEn: 'Network of actors' },
  { title: 'Verfahren und Zuständigkeiten', titleEn: 'Procedures and responsibilities' },
  { title: 'Krisenplan', titleEn: 'Crisis plan' },
  { title: 'Verankerung in der Verwaltung', titleEn: 'Anchoring in the administration' },
];

/** One milestone of a Kommune's development path. */
@Entity({ name: 'accompaniment_milestones' })
export class MilestoneRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId!: string;
  @Column({ type: 'integer' }) position!: number;
  @Column({ type: 'varchar', length: 120 }) title!: string;
  @Column({ name: 'title_en', type: 'varchar', length: 120, nullable: true }) titleEn!: string | null;
  @Column({ type: 'varchar', length: 11, default: MilestoneStatus.OPEN }) status!: MilestoneStatus;
  @Column({ name: 'dated_on', type: 'date', nullable: true }) datedOn!: string | null;
  @Column({ type: 'varchar', length: 4000, nullable: true }) note!: string | null;
  @Column({ name: 'note_by', type: 'uuid', nullable: true }) noteBy!: string | null;
  @Column({ name: 'evidence_url', type: 'varchar', length: 2000, nullable: true }) evidenceUrl!: string | null;
  @Column({ name: 'evidence_enrolment_id', type: 'uuid', nullable: true }) evidenceEnrolmentId!: string | null;
  @Column({ name: 'evidence_module_id', type: 'uuid', nullable: true }) evidenceModuleId!: string | null;
  @Column({ name: 'evidence_shared_by', type: 'uuid', nullable: true }) evidenceSharedBy!: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy!: string | null;
}

/** An advisor (Berater:in) accompanying a Kommune; admins assign them. */
@Entity({ name: 'accompaniment_advisors' })
export class KommuneAdvisorRow {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' }) municipalityId!: string;
  @PrimaryColumn({ name: 'advisor_id', type: 'uuid' }) advisorId!: string;
  @Column({ name: 'assigned_at', type: 'timestamptz', default: () => 'now()' }) assignedAt!: Date;
}
