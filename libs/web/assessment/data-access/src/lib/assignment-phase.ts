import type { AssignmentAttempt, AssignmentOverview } from './assignment.service';

/** Why nothing can be written any more. */
export type ClosedReason = 'PASSED' | 'FAILED' | 'LIMIT_REACHED' | 'UNAVAILABLE';

/**
 * What the page shows as the current attempt:
 * - `writing`: the open draft, or (before the first save creates it) the next attempt, pre-filled
 *   after a revision request with the previous text;
 * - `submitted`: frozen, waiting for feedback;
 * - `closed`: passed, failed, attempts used up, or not open to this enrolment.
 */
export type AssignmentPhase =
  | { kind: 'writing'; attemptNo: number; draft: AssignmentAttempt | null; body: string; revisionOf: AssignmentAttempt | null }
  | { kind: 'submitted'; attempt: AssignmentAttempt }
  | { kind: 'closed'; reason: ClosedReason; attempt: AssignmentAttempt | null };

export function assignmentPhase(overview: Pick<AssignmentOverview, 'attempts' | 'canEdit'>): AssignmentPhase {
  const [latest] = overview.attempts;
  if (latest?.state === 'DRAFT') {
    if (overview.canEdit) return { kind: 'writing', attemptNo: latest.attemptNo, draft: latest, body: latest.body, revisionOf: overview.attempts[1] ?? null };
    return { kind: 'closed', reason: 'UNAVAILABLE', attempt: latest };
  }
  if (latest?.state === 'SUBMITTED') return { kind: 'submitted', attempt: latest };
  if (overview.canEdit) {
    return { kind: 'writing', attemptNo: (latest?.attemptNo ?? 0) + 1, draft: null, body: latest?.body ?? '', revisionOf: latest ?? null };
  }
  if (latest?.state === 'PASSED') return { kind: 'closed', reason: 'PASSED', attempt: latest };
  if (latest?.state === 'FAILED') return { kind: 'closed', reason: 'FAILED', attempt: latest };
  if (latest?.state === 'REVISION_REQUESTED') return { kind: 'closed', reason: 'LIMIT_REACHED', attempt: latest };
  return { kind: 'closed', reason: 'UNAVAILABLE', attempt: latest ?? null };
}

/** The attempts shown under "Frühere Fassungen": every one except the one shown as current. */
export function earlierAttempts(overview: Pick<AssignmentOverview, 'attempts'>, phase: AssignmentPhase): AssignmentAttempt[] {
  const currentId = phase.kind === 'writing' ? phase.draft?.id : phase.attempt?.id;
  return overview.attempts.filter((a) => a.id !== currentId && a.state !== 'DRAFT');
}

export interface SubmissionTiming {
  /** Submitting now is marked late. */
  late: boolean;
  /** Submitting now is refused (past the cohort's cut-off without an extension beyond it). */
  closed: boolean;
}

/** Mirrors the server's rule so the page can say it before the participant tries. */
export function submissionTiming(overview: Pick<AssignmentOverview, 'effectiveDueAt' | 'cutoffAt' | 'extension'>, now: Date): SubmissionTiming {
  const t = now.getTime();
  const due = overview.effectiveDueAt ? Date.parse(overview.effectiveDueAt) : null;
  const cutoff = overview.cutoffAt ? Date.parse(overview.cutoffAt) : null;
  const extension = overview.extension ? Date.parse(overview.extension.dueAt) : null;
  return {
    late: due !== null && t > due,
    closed: cutoff !== null && t > cutoff && !(extension !== null && t <= extension),
  };
}

/** Words and characters of the write-up, for the counter under the editor. */
export function textStats(text: string): { words: number; characters: number } {
  const trimmed = text.trim();
  return { words: trimmed ? trimmed.split(/\s+/u).length : 0, characters: [...text].length };
}
