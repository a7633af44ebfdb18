/** What a participant still needs for a module's attendance requirement, derived from the API's counts. */
export interface AttendanceFacts {
  sessionsTotal: number;
  sessionsHeld: number;
  attendedSessions: number;
  requiredAttendancePercent: number;
}

export interface AttendanceShortfall {
  /** Sessions the requirement asks for in total. */
  required: number;
  /** Further sessions to attend (0 when met). */
  stillNeeded: number;
  /** Sessions that have not started yet. */
  upcoming: number;
  /** Whether attending every upcoming session would still meet the requirement. */
  reachable: boolean;
}

/**
 * Mirrors the API's integer rule (attended × 100 ≥ required % × total): the smallest number of
 * attended sessions that meets it is ⌈required % × total / 100⌉.
 */
export function attendanceShortfall(facts: AttendanceFacts): AttendanceShortfall {
  const required = Math.ceil((facts.requiredAttendancePercent * facts.sessionsTotal) / 100);
  const stillNeeded = Math.max(0, required - facts.attendedSessions);
  const upcoming = Math.max(0, facts.sessionsTotal - facts.sessionsHeld);
  return { required, stillNeeded, upcoming, reachable: stillNeeded <= upcoming };
}
