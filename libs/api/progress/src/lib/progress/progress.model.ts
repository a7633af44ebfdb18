import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Cohort, CohortSession, ProgrammeModule } from '@koko/api/catalogue';
import { Enrolment } from '@koko/api/enrolment';
import { AssignmentState, ModuleStatus, OpenCondition } from './module-progress';

@ObjectType({ description: 'Where a participant stands in one module; derived from attendance and the assignment, never edited.' })
export class ModuleProgress {
  @Field(() => ID) moduleId!: string;
  @Field(() => Int) position!: number;
  @Field(() => ProgrammeModule) module!: ProgrammeModule;
  @Field(() => ModuleStatus) status!: ModuleStatus;
  @Field(() => Int) sessionsTotal!: number;
  @Field(() => Int, { description: 'Sessions that have started by now.' }) sessionsHeld!: number;
  @Field(() => Int, { description: 'Present, or excused with the excuse waived.' }) attendedSessions!: number;
  @Field(() => Int) excusedSessions!: number;
  @Field(() => Int) absentSessions!: number;
  @Field(() => Int, { description: 'Sessions that have started but have no entry yet ("noch nicht erfasst"); they never count as absences.' })
  unrecordedSessions!: number;
  @Field({ description: 'False only when recorded absences leave too few sessions to meet the requirement.' }) attendanceReachable!: boolean;
  @Field(() => Int) attendancePercent!: number;
  @Field(() => Int) requiredAttendancePercent!: number;
  @Field() attendanceMet!: boolean;
  @Field(() => AssignmentState) assignmentState!: AssignmentState;
  @Field() assignmentMet!: boolean;
  @Field(() => Date, { nullable: true, description: 'The participant’s own due date (a revision’s or an extension) if there is one, else the cohort’s.' })
  assignmentDueAt!: Date | null;
  @Field({ description: 'The due date has passed and nothing is submitted (not started, a draft, or a revision not handed in).' })
  assignmentOverdue!: boolean;
  @Field(() => CohortSession, { nullable: true }) nextSession!: CohortSession | null;
  @Field(() => [OpenCondition], { description: 'Why the module is not complete yet (empty when it is).' }) openConditions!: OpenCondition[];
}

@ObjectType({ description: 'A participant’s progress through the five modules of their cohort.' })
export class EnrolmentProgress {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => Enrolment) enrolment!: Enrolment;
  @Field(() => Cohort) cohort!: Cohort;
  @Field(() => [ModuleProgress]) modules!: ModuleProgress[];
  @Field(() => Int) completedModules!: number;
  @Field(() => Int, { description: 'Share of the ten conditions (attendance and assignment per module) met, 0–100.' }) overallPercent!: number;
  @Field({ description: 'All five modules complete.' }) certificateEligible!: boolean;
}

@ObjectType({ description: 'A transfer assignment past its due date with nothing submitted: the trainers’ to-do.' })
export class OverdueAssignment {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => ID) participantId!: string;
  @Field() participantName!: string;
  @Field(() => ID) cohortId!: string;
  @Field() cohortName!: string;
  @Field(() => ID) moduleId!: string;
  @Field(() => Int) modulePosition!: number;
  @Field() moduleTitle!: string;
  @Field(() => Date) dueAt!: Date;
  @Field(() => AssignmentState) assignmentState!: AssignmentState;
}
