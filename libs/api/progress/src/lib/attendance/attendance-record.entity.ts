import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AssignmentState, AttendanceStatus, ModuleStatus, OpenCondition } from '../progress/module-progress';

registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });
registerEnumType(AssignmentState, { name: 'AssignmentState' });
registerEnumType(ModuleStatus, { name: 'ModuleStatus' });
registerEnumType(OpenCondition, { name: 'OpenCondition', description: 'A condition of a module that is still open.' });

@ObjectType({ description: 'Attendance of one participant at one session.' })
@Entity({ name: 'attendance_records' })
export class AttendanceRecord {
  @Field(() => ID) @PrimaryColumn({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @Field(() => ID) @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' }) enrolmentId!: string;
  @Field(() => AttendanceStatus) @Column({ type: 'varchar', length: 8 }) status!: AttendanceStatus;
  @Field({ description: 'An excused absence the trainer waived: counts as attended.' })
  @Column({ name: 'excuse_waived', type: 'boolean', default: false })
  excuseWaived!: boolean;
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true }) recordedBy!: string | null;
  @Field() @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt!: Date;
}
