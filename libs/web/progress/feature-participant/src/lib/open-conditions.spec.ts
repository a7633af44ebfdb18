import type { MyModuleProgress } from '@koko/web/progress/data-access';
import { openConditionTexts } from './open-conditions';

function moduleProgress(overrides: Partial<MyModuleProgress>): MyModuleProgress {
  return {
    moduleId: 'm1',
    position: 1,
    status: 'IN_PROGRESS',
    module: { id: 'm1', title: 'Perspektiven' },
    sessionsTotal: 5,
    sessionsHeld: 4,
    attendedSessions: 3,
    excusedSessions: 0,
    absentSessions: 1,
    unrecordedSessions: 0,
    attendanceReachable: true,
    attendancePercent: 60,
    requiredAttendancePercent: 80,
    attendanceMet: false,
    assignmentState: 'NOT_SUBMITTED',
    assignmentMet: false,
    assignmentDueAt: null,
    assignmentOverdue: false,
    openConditions: ['ATTENDANCE', 'ASSIGNMENT'],
    nextSession: null,
    ...overrides,
  };
}

describe('openConditionTexts', () => {
  it('counts the sessions still needed and names the assignment state', () => {
    expect(openConditionTexts(moduleProgress({}))).toEqual([
      { key: 'progress.open.attendance.one', params: { count: 1 }, note: undefined },
      { key: 'progress.open.assignment.NOT_SUBMITTED' },
    ]);
  });

  it('uses the plural and warns when recorded absences make the requirement unreachable', () => {
    const [attendance] = openConditionTexts(
      moduleProgress({ sessionsTotal: 4, sessionsHeld: 3, attendedSessions: 1, absentSessions: 2, attendanceReachable: false, openConditions: ['ATTENDANCE'] }),
    );
    expect(attendance).toEqual({
      key: 'progress.open.attendance.other',
      params: { count: 3 },
      note: 'progress.open.attendanceUnreachable',
    });
  });

  it('does not warn when the held sessions are only not recorded yet', () => {
    const [attendance] = openConditionTexts(
      moduleProgress({ sessionsTotal: 5, sessionsHeld: 5, attendedSessions: 0, absentSessions: 0, unrecordedSessions: 5, openConditions: ['ATTENDANCE'] }),
    );
    expect(attendance).toEqual({ key: 'progress.open.attendance.other', params: { count: 4 }, note: undefined });
  });

  it('describes a requested revision', () => {
    expect(openConditionTexts(moduleProgress({ openConditions: ['ASSIGNMENT'], assignmentState: 'REVISION_REQUESTED' }))).toEqual([
      { key: 'progress.open.assignment.REVISION_REQUESTED' },
    ]);
  });

  it('lists nothing for a complete module', () => {
    expect(openConditionTexts(moduleProgress({ openConditions: [], status: 'COMPLETE' }))).toEqual([]);
  });
});
