import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CounsellingFormat } from '../counselling.entity';

/** An appointment on a counselling request, planned by the team or the request's advisors. */
@Entity({ name: 'counselling_appointments' })
export class CounsellingAppointmentRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'duration_minutes', type: 'integer' }) durationMinutes!: number;
  @Column({ type: 'varchar', length: 7 }) format!: CounsellingFormat;
  /** The place (on site), the link (online) or a phone number. */
  @Column({ type: 'varchar', length: 500, nullable: true }) location!: string | null;
  /** RFC 5545 SEQUENCE: raised on every change a calendar must take over. */
  @Column({ type: 'integer', default: 0 }) sequence!: number;
  @Column({ name: 'planned_by', type: 'uuid' }) plannedBy!: string;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
  /** The start the day-before reminder went out for (a moved appointment is reminded again). */
  @Column({ name: 'reminded_for', type: 'timestamptz', nullable: true }) remindedFor!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
