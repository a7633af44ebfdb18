import type { GradingAttempt } from '@koko/web/assessment/data-access-grading';

const level = (criterion: string, points: number) => ({ id: `${criterion}-${points}`, position: points, label: `Stufe ${points}`, points, descriptor: `Beschreibung ${points}` });

/** A submitted attempt with a two-criterion rubric (the first required), as the API answers it. */
export function submittedAttempt(overrides: Partial<GradingAttempt> = {}): GradingAttempt {
  return {
    id: 'att-1',
    state: 'SUBMITTED',
    version: 3,
    claimedAt: null,
    claimedByName: null,
    claimedByMe: false,
    attemptNo: 2,
    body: 'Meine Ausarbeitung',
    late: false,
    submittedAt: '2026-11-20T10:00:00.000Z',
    enrolmentId: 'enr-1',
    moduleId: 'mod-1',
    cohortId: 'coh-1',
    cohortName: 'Durchgang 2026',
    cohortRevisionDays: 14,
    participant: { id: 'u-1', displayName: 'Anna Müller', email: 'anna@example.org' },
    module: { id: 'mod-1', position: 1, title: 'Perspektiven', assignmentBrief: 'Beschreiben Sie …' },
    files: [],
    feedback: null,
    feedbackFiles: [],
    rubric: [
      { id: 'c1', position: 1, title: 'Analyse', description: '', required: true, levels: [level('c1', 0), level('c1', 2)] },
      { id: 'c2', position: 2, title: 'Reflexion', description: '', required: false, levels: [level('c2', 0), level('c2', 1)] },
    ],
    earlierAttempts: [],
    ...overrides,
  } as GradingAttempt;
}
