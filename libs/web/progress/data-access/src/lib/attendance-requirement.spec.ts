import { attendanceShortfall } from './attendance-requirement';

describe('attendanceShortfall', () => {
  it('needs 4 of 5 sessions at 80 % (exactly met at 4)', () => {
    expect(attendanceShortfall({ sessionsTotal: 5, sessionsHeld: 4, attendedSessions: 3, requiredAttendancePercent: 80 })).toEqual({
      required: 4,
      stillNeeded: 1,
      upcoming: 1,
      reachable: true,
    });
    expect(attendanceShortfall({ sessionsTotal: 5, sessionsHeld: 5, attendedSessions: 4, requiredAttendancePercent: 80 }).stillNeeded).toBe(0);
  });

  it('rounds the requirement up (80 % of 4 sessions needs all 4)', () => {
    expect(attendanceShortfall({ sessionsTotal: 4, sessionsHeld: 1, attendedSessions: 1, requiredAttendancePercent: 80 })).toEqual({
      required: 4,
      stillNeeded: 3,
      upcoming: 3,
      reachable: true,
    });
  });

  it('says when the requirement can no longer be met by attending', () => {
    const result = attendanceShortfall({ sessionsTotal: 2, sessionsHeld: 2, attendedSessions: 1, requiredAttendancePercent: 80 });
    expect(result.stillNeeded).toBe(1);
    expect(result.reachable).toBe(false);
  });

  it('needs nothing for a module without sessions', () => {
    expect(attendanceShortfall({ sessionsTotal: 0, sessionsHeld: 0, attendedSessions: 0, requiredAttendancePercent: 80 })).toEqual({
      required: 0,
      stillNeeded: 0,
      upcoming: 0,
      reachable: true,
    });
  });
});
