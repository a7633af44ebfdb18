import { AssignmentState, AttendanceMark, AttendanceStatus, deriveModuleProgress, isAssignmentOverdue, ModuleFacts, ModuleStatus, OpenCondition } from './module-progress';

const now = new Date('2026-06-15T12:00:00Z');
const day = (d: number) => new Date(Date.UTC(2026, 5, d, 9));
const sessions = [1, 2, 3, 4, 5].map((d) => ({ id: `s${d}`, startsAt: day(d), endsAt: new Date(day(d).getTime() + 3_600_000 * 6) }));

function facts(marks: Record<string, AttendanceMark>, assignment = AssignmentState.NOT_SUBMITTED, extra: Partial<ModuleFacts> = {}): ModuleFacts {
  return { sessions, attendance: new Map(Object.entries(marks)), minAttendancePercent: 80, assignment, now, ...extra };
}
const P: AttendanceMark = { status: AttendanceStatus.PRESENT, excuseWaived: false };
const E: AttendanceMark = { status: AttendanceStatus.EXCUSED, excuseWaived: false };
const EW: AttendanceMark = { status: AttendanceStatus.EXCUSED, excuseWaived: true };
const A: AttendanceMark = { status: AttendanceStatus.ABSENT, excuseWaived: false };

describe('deriveModuleProgress', () => {
  it('meets 80 % with 4 of 5 sessions present, not with 3', () => {
    expect(deriveModuleProgress(facts({ s1: P, s2: P, s3: P, s4: P, s5: A })).attendanceMet).toBe(true);
    expect(deriveModuleProgress(facts({ s1: P, s2: P, s3: P, s4: A, s5: A })).attendanceMet).toBe(false);
  });

  it('counts an excused absence as absent unless the trainer waived it', () => {
    const excused = deriveModuleProgress(facts({ s1: P, s2: P, s3: P, s4: E, s5: A }));
    expect(excused).toMatchObject({ attendanceMet: false, attendedSessions: 3, excusedSessions: 1, absentSessions: 1 });
    const waived = deriveModuleProgress(facts({ s1: P, s2: P, s3: P, s4: EW, s5: A }));
    expect(waived).toMatchObject({ attendanceMet: true, attendedSessions: 4, excusedSessions: 0 });
  });

  it('uses the configured requirement', () => {
    const marks = { s1: P, s2: P, s3: A, s4: A, s5: A };
    expect(deriveModuleProgress(facts(marks, AssignmentState.PASSED, { minAttendancePercent: 40 })).status).toBe(ModuleStatus.COMPLETE);
    expect(deriveModuleProgress(facts(marks, AssignmentState.PASSED, { minAttendancePercent: 50 })).status).toBe(ModuleStatus.IN_PROGRESS);
  });

  it.each([
    [AssignmentState.NOT_SUBMITTED, false],
    [AssignmentState.DRAFT, false],
    [AssignmentState.SUBMITTED, false],
    [AssignmentState.REVISION_REQUESTED, false],
    [AssignmentState.FAILED, false],
    [AssignmentState.PASSED, true],
  ])('with full attendance and the assignment %s, complete is %s', (assignment, complete) => {
    const p = deriveModuleProgress(facts({ s1: P, s2: P, s3: P, s4: P, s5: P }, assignment));
    expect(p.status === ModuleStatus.COMPLETE).toBe(complete);
    expect(p.openConditions).toEqual(complete ? [] : [OpenCondition.ASSIGNMENT]);
  });

  it('names both open conditions and the next session', () => {
    const p = deriveModuleProgress(facts({ s1: P }, AssignmentState.NOT_SUBMITTED, { now: new Date('2026-06-03T20:00:00Z') }));
    expect(p).toMatchObject({ status: ModuleStatus.IN_PROGRESS, sessionsHeld: 3, openConditions: [OpenCondition.ATTENDANCE, OpenCondition.ASSIGNMENT], nextSessionId: 's4' });
  });

  it('is not started before anything happened', () => {
    const p = deriveModuleProgress(facts({}, AssignmentState.NOT_SUBMITTED, { now: new Date('2026-05-01T00:00:00Z') }));
    expect(p).toMatchObject({ status: ModuleStatus.NOT_STARTED, sessionsHeld: 0, attendancePercent: 0, nextSessionId: 's1' });
  });

  it('has its attendance condition met when the module has no sessions', () => {
    const p = deriveModuleProgress(facts({}, AssignmentState.PASSED, { sessions: [] }));
    expect(p).toMatchObject({ attendanceMet: true, status: ModuleStatus.COMPLETE, nextSessionId: null });
  });

  it('counts a held session without an entry as not recorded, never as absent', () => {
    const p = deriveModuleProgress(facts({ s1: P }, AssignmentState.NOT_SUBMITTED, { now: new Date('2026-06-04T20:00:00Z') }));
    expect(p).toMatchObject({ sessionsHeld: 4, attendedSessions: 1, absentSessions: 0, unrecordedSessions: 3, attendanceReachable: true });
  });

  it('does not count upcoming sessions as not recorded', () => {
    const p = deriveModuleProgress(facts({}, AssignmentState.NOT_SUBMITTED, { now: new Date('2026-06-02T20:00:00Z') }));
    expect(p).toMatchObject({ sessionsHeld: 2, unrecordedSessions: 2 });
  });

  it('is unreachable only when recorded absences leave too few sessions', () => {
    // 80 % of 5 needs 4: one recorded absence leaves 4 possible, two leave 3.
    expect(deriveModuleProgress(facts({ s1: A })).attendanceReachable).toBe(true);
    expect(deriveModuleProgress(facts({ s1: A, s2: E })).attendanceReachable).toBe(false);
    // A waived excuse counts as attended, so it does not make the requirement unreachable.
    expect(deriveModuleProgress(facts({ s1: A, s2: EW })).attendanceReachable).toBe(true);
    // Nothing recorded after every session has taken place: still reachable, the entries are missing.
    expect(deriveModuleProgress(facts({})).attendanceReachable).toBe(true);
    expect(deriveModuleProgress(facts({})).unrecordedSessions).toBe(5);
  });
});

describe('isAssignmentOverdue', () => {
  const past = new Date('2026-06-14T21:59:00Z');
  const future = new Date('2026-06-16T21:59:00Z');

  it('flags work past its due date with nothing handed in', () => {
    for (const state of [AssignmentState.NOT_SUBMITTED, AssignmentState.DRAFT, AssignmentState.REVISION_REQUESTED]) {
      expect(isAssignmentOverdue(state, past, now)).toBe(true);
      expect(isAssignmentOverdue(state, future, now)).toBe(false);
      expect(isAssignmentOverdue(state, null, now)).toBe(false);
    }
  });

  it('never flags what is submitted or graded', () => {
    for (const state of [AssignmentState.SUBMITTED, AssignmentState.PASSED, AssignmentState.FAILED]) expect(isAssignmentOverdue(state, past, now)).toBe(false);
  });
});
