export const AttendanceEvents = {
  Changed: 'attendance.changed',
} as const;

export interface AttendanceValue {
  status: 'present' | 'excused' | 'absent';
  excuseWaived: boolean;
}

export interface AttendanceChangedEvent {
  sessionId: string;
  enrolmentId: string;
  cohortId: string;
  participantId: string;
  actorId: string;
  before: AttendanceValue | null;
  after: AttendanceValue | null;
}
