/** What a participant still needs for a module's attendance requirement, derived from the API's counts. */
export interface AttendanceFacts {
  sessionsTotal: number;
  attendedSessions: number;
  requiredAttendancePercent: number;
}

export interface AttendanceShortfall {
  /** Sessions the requirement asks for in total. */
  required: number;
  /** Further sessions to attend (0 when met). */
  stillNeeded: number;
}

/**
 * Mirrors the API's integer rule (attended × 100 ≥ required % × total): the smallest number of
 * attended sessions that meets it is ⌈required % × total / 100⌉. Whether it can still be reached is the
 * API's `attendanceReachable`: sessions nobody has recorded yet never count against the participant.
 */
export function attendanceShortfall(facts: AttendanceFacts): AttendanceShortfall {
  const required = Math.ceil((facts.requiredAttendancePercent * facts.sessionsTotal) / 100);
  return { required, stillNeeded: Math.max(0, required - facts.attendedSessions) };
}
