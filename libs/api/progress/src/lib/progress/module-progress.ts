import { AssignmentState } from '@koko/shared';

/**
 * Module progress is derived, never stored: from the module's sessions, the attendance recorded for
 * them, the cohort's attendance requirement and the state of the transfer assignment.
 */

export enum AttendanceStatus {
  PRESENT = 'present',
  EXCUSED = 'excused',
  ABSENT = 'absent',
}

// The transfer assignment's state is defined once, in libs/shared (with the attempt states).
export { AssignmentState };

export enum ModuleStatus {
  NOT_STARTED = 'not_started',
  IN_PROGRESS = 'in_progress',
  COMPLETE = 'complete',
}

/** A condition of a module that is not met yet: the "why not yet" of the dashboard. */
export enum OpenCondition {
  ATTENDANCE = 'attendance',
  ASSIGNMENT = 'assignment',
}

export interface AttendanceMark {
  status: AttendanceStatus;
  excuseWaived: boolean;
}

export interface ModuleFacts {
  sessions: { id: string; startsAt: Date; endsAt: Date }[];
  attendance: ReadonlyMap<string, AttendanceMark>;
  minAttendancePercent: number;
  assignment: AssignmentState;
  now: Date;
}

export interface ModuleProgressFacts {
  status: ModuleStatus;
  sessionsTotal: number;
  sessionsHeld: number;
  /** Present, or excused with the excuse waived by the trainer. */
  attendedSessions: number;
  excusedSessions: number;
  absentSessions: number;
  /**
   * Sessions that have started but have no entry yet: "noch nicht erfasst". They are the trainer's to-do
   * and never count against the participant.
   */
  unrecordedSessions: number;
  /**
   * Whether the requirement can still be met: false only when recorded absences (unexcused, or excused
   * and not waived) leave too few sessions. Unrecorded and upcoming sessions still count as possible.
   */
  attendanceReachable: boolean;
  /** Attended sessions as a share of all the module's sessions, 0–100, rounded down. */
  attendancePercent: number;
  attendanceMet: boolean;
  assignmentMet: boolean;
  openConditions: OpenCondition[];
  nextSessionId: string | null;
}

export function countsAsAttended(mark: AttendanceMark | undefined): boolean {
  if (!mark) return false;
  return mark.status === AttendanceStatus.PRESENT || (mark.status === AttendanceStatus.EXCUSED && mark.excuseWaived);
}

export function deriveModuleProgress(facts: ModuleFacts): ModuleProgressFacts {
  const total = facts.sessions.length;
  const held = facts.sessions.filter((s) => s.startsAt.getTime() <= facts.now.getTime()).length;
  let attended = 0;
  let excused = 0;
  let absent = 0;
  let unrecorded = 0;
  for (const session of facts.sessions) {
    const mark = facts.attendance.get(session.id);
    if (countsAsAttended(mark)) attended += 1;
    else if (mark?.status === AttendanceStatus.EXCUSED) excused += 1;
    else if (mark?.status === AttendanceStatus.ABSENT) absent += 1;
    else if (!mark && session.startsAt.getTime() <= facts.now.getTime()) unrecorded += 1;
  }
  // Integer arithmetic: 4 of 5 sessions meets 80 % exactly.
  const attendanceMet = attended * 100 >= facts.minAttendancePercent * total;
  const attendanceReachable = (total - excused - absent) * 100 >= facts.minAttendancePercent * total;
  const assignmentMet = facts.assignment === AssignmentState.PASSED;
  const openConditions = [...(attendanceMet ? [] : [OpenCondition.ATTENDANCE]), ...(assignmentMet ? [] : [OpenCondition.ASSIGNMENT])];
  const anyRecorded = facts.sessions.some((s) => facts.attendance.has(s.id));
  const status =
    attendanceMet && assignmentMet
      ? ModuleStatus.COMPLETE
      : anyRecorded || held > 0 || facts.assignment !== AssignmentState.NOT_SUBMITTED
        ? ModuleStatus.IN_PROGRESS
        : ModuleStatus.NOT_STARTED;
  const next = facts.sessions
    .filter((s) => s.endsAt.getTime() > facts.now.getTime())
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  return {
    status,
    sessionsTotal: total,
    sessionsHeld: held,
    attendedSessions: attended,
    excusedSessions: excused,
    absentSessions: absent,
    unrecordedSessions: unrecorded,
    attendanceReachable,
    attendancePercent: total === 0 ? 100 : Math.floor((attended * 100) / total),
    attendanceMet,
    assignmentMet,
    openConditions,
    nextSessionId: next?.id ?? null,
  };
}

/**
 * An assignment is overdue when its due date (the participant's own, else the cohort's) has passed
 * and nothing is submitted for it: not started, a draft, or a revision not yet handed in.
 */
export function isAssignmentOverdue(state: AssignmentState, dueAt: Date | null, now: Date): boolean {
  const open = state === AssignmentState.NOT_SUBMITTED || state === AssignmentState.DRAFT || state === AssignmentState.REVISION_REQUESTED;
  return open && dueAt !== null && dueAt.getTime() < now.getTime();
}
