import { type AssignmentState, attendanceShortfall, type MyModuleProgress } from '@koko/web/progress/data-access';
import type { TranslationKey, TranslationParams } from '@koko/web/shared/util';

export interface OpenConditionText {
  key: TranslationKey;
  params?: TranslationParams;
  /** A second sentence, e.g. that attending alone can no longer meet the requirement. */
  note?: TranslationKey;
}

const ASSIGNMENT_KEYS: Record<AssignmentState, TranslationKey> = {
  NOT_SUBMITTED: 'progress.open.assignment.NOT_SUBMITTED',
  DRAFT: 'progress.open.assignment.DRAFT',
  SUBMITTED: 'progress.open.assignment.SUBMITTED',
  REVISION_REQUESTED: 'progress.open.assignment.REVISION_REQUESTED',
  FAILED: 'progress.open.assignment.FAILED',
  PASSED: 'progress.open.assignment.PASSED',
};

/** "Was noch fehlt": one line per open condition of a module, in the API's order. */
export function openConditionTexts(module: MyModuleProgress): OpenConditionText[] {
  return module.openConditions.map((condition): OpenConditionText => {
    if (condition === 'ASSIGNMENT') return { key: ASSIGNMENT_KEYS[module.assignmentState] };
    const shortfall = attendanceShortfall(module);
    if (shortfall.stillNeeded === 0) return { key: 'progress.open.attendanceGeneric' };
    return {
      key: shortfall.stillNeeded === 1 ? 'progress.open.attendance.one' : 'progress.open.attendance.other',
      params: { count: shortfall.stillNeeded },
      // Only recorded absences can make the requirement unreachable; missing entries are the trainer's to-do.
      note: module.attendanceReachable ? undefined : 'progress.open.attendanceUnreachable',
    };
  });
}
