/**
 * The one definition of progress shown everywhere: per module two requirements (attendance and the
 * passed transfer assignment); the API's overallPercent is the share of them that is met.
 */
export function requirementsMet(modules: readonly { attendanceMet: boolean; assignmentMet: boolean }[]): { met: number; total: number } {
  return { met: modules.reduce((n, m) => n + (m.attendanceMet ? 1 : 0) + (m.assignmentMet ? 1 : 0), 0), total: modules.length * 2 };
}
