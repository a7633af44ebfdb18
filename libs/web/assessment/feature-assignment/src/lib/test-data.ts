import type { AssignmentAttempt, AssignmentOverview } from '@koko/web/assessment/data-access';

/** Builders for specs (not exported from the library). */
export function attempt(overrides: Partial<AssignmentAttempt> = {}): AssignmentAttempt {
  return {
    id: 'a1',
    attemptNo: 1,
    state: 'DRAFT',
    body: '',
    draftSavedAt: null,
    submittedAt: null,
    late: false,
    version: 1,
    files: [],
    feedback: null,
    feedbackFiles: [],
    ...overrides,
  };
}

export function overview(overrides: Partial<AssignmentOverview> = {}): AssignmentOverview {
  return {
    enrolmentId: 'e1',
    moduleId: 'm1',
    modulePosition: 1,
    moduleTitle: 'Perspektiven auf kommunale Konflikte',
    brief: 'Beschreiben Sie einen Konflikt in Ihrer Kommune.',
    dueAt: '2099-03-10T22:59:00.000Z',
    cutoffAt: null,
    effectiveDueAt: '2099-03-10T22:59:00.000Z',
    extension: null,
    maxAttempts: 3,
    canEdit: true,
    attempts: [],
    ...overrides,
  };
}
