import { attendanceShortfall } from './attendance-requirement';

describe('attendanceShortfall', () => {
  it('needs 4 of 5 sessions at 80 % (exactly met at 4)', () => {
    expect(attendanceShortfall({ sessionsTotal: 5, attendedSessions: 3, requiredAttendancePercent: 80 })).toEqual({ required: 4, stillNeeded: 1 });
    expect(attendanceShortfall({ sessionsTotal: 5, attendedSessions: 4, requiredAttendancePercent: 80 }).stillNeeded).toBe(0);
  });

  it('rounds the requirement up (80 % of 4 sessions needs all 4)', () => {
    expect(attendanceShortfall({ sessionsTotal: 4, attendedSessions: 1, requiredAttendancePercent: 80 })).toEqual({ required: 4, stillNeeded: 3 });
  });

  it('needs nothing for a module without sessions', () => {
    expect(attendanceShortfall({ sessionsTotal: 0, attendedSessions: 0, requiredAttendancePercent: 80 })).toEqual({ required: 0, stillNeeded: 0 });
  });
});
