import type { AttemptState } from '@koko/web/assessment/data-access-grading';

/** The state filter as it appears in the URL (`?status=…`): German words, as the paths are German. */
const STATE_SLUGS = {
  eingereicht: 'SUBMITTED',
  bestanden: 'PASSED',
  ueberarbeitung: 'REVISION_REQUESTED',
  'nicht-bestanden': 'FAILED',
} as const satisfies Record<string, AttemptState>;

export type StateSlug = keyof typeof STATE_SLUGS | 'alle';

/** The states a grader filters by, in the order of the workflow. */
export const QUEUE_STATES: readonly { slug: StateSlug; state: AttemptState | null }[] = [
  { slug: 'eingereicht', state: 'SUBMITTED' },
  { slug: 'ueberarbeitung', state: 'REVISION_REQUESTED' },
  { slug: 'bestanden', state: 'PASSED' },
  { slug: 'nicht-bestanden', state: 'FAILED' },
  { slug: 'alle', state: null },
];

/** Without a `status` parameter the queue shows what waits for grading. */
export function stateFromSlug(slug: string | null | undefined): AttemptState | null {
  if (!slug) return 'SUBMITTED';
  if (slug === 'alle') return null;
  return Object.prototype.hasOwnProperty.call(STATE_SLUGS, slug) ? STATE_SLUGS[slug as keyof typeof STATE_SLUGS] : 'SUBMITTED';
}

export function slugOfState(state: AttemptState | null): StateSlug {
  return QUEUE_STATES.find((s) => s.state === state)?.slug ?? 'eingereicht';
}

/** The per-state count the queue answers (the API names them in camelCase). */
export function countOf(counts: { submitted: number; passed: number; revisionRequested: number; failed: number } | null | undefined, state: AttemptState | null): number {
  if (!counts) return 0;
  switch (state) {
    case 'SUBMITTED':
      return counts.submitted;
    case 'PASSED':
      return counts.passed;
    case 'REVISION_REQUESTED':
      return counts.revisionRequested;
    case 'FAILED':
      return counts.failed;
    case 'DRAFT':
      return 0;
    case null:
      return counts.submitted + counts.passed + counts.revisionRequested + counts.failed;
  }
}
