import { AttemptState, Verdict } from '@koko/shared';

// The states themselves are defined once, in libs/shared.
export { AttemptState, Verdict };

/** An attempt's text and files can change only while it is a draft. */
export const isEditable = (state: AttemptState) => state === AttemptState.DRAFT;

/** The attempt's state once a verdict is released. */
const STATE_OF_VERDICT: Record<Verdict, AttemptState> = {
  [Verdict.PASSED]: AttemptState.PASSED,
  [Verdict.REVISION_REQUESTED]: AttemptState.REVISION_REQUESTED,
  [Verdict.FAILED]: AttemptState.FAILED,
};

/** A verdict can be released only on a submitted attempt; it becomes the attempt's state. */
export function stateAfterVerdict(current: AttemptState, verdict: Verdict): AttemptState | null {
  if (current !== AttemptState.SUBMITTED) return null;
  return STATE_OF_VERDICT[verdict];
}

/**
 * May the participant write or start an attempt now? Only while admitted, and only when there is
 * no attempt yet, the latest is a draft, or a revision was requested and the limit is not reached.
 * `attempts` newest first.
 */
export function canEditAssignment(admitted: boolean, attempts: readonly { state: AttemptState }[], maxAttempts: number): boolean {
  const latest = attempts[0];
  if (!admitted) return false;
  return !latest || latest.state === AttemptState.DRAFT || (latest.state === AttemptState.REVISION_REQUESTED && attempts.length < maxAttempts);
}

/** A revision request opens the next attempt, unless the limit is reached. */
export function opensNextAttempt(verdict: Verdict, attemptNo: number, maxAttempts: number): boolean {
  return verdict === Verdict.REVISION_REQUESTED && attemptNo < maxAttempts;
}

/**
 * The participant's own due date for a module, if any: a revision's due date (set when it was
 * requested), unless an extension was granted after that; otherwise the latest extension. Null: the
 * cohort's due date applies.
 */
export function personalDueAt(
  latestAttempt: { dueAt: Date | null; createdAt: Date } | null | undefined,
  extension: { dueAt: Date; grantedAt: Date } | null | undefined,
): Date | null {
  if (latestAttempt?.dueAt) {
    return extension && extension.grantedAt.getTime() > latestAttempt.createdAt.getTime() ? extension.dueAt : latestAttempt.dueAt;
  }
  return extension?.dueAt ?? null;
}

/** The default due date of a revision requested now: the end of the day (23:59 in Berlin) `days` days later. */
export function defaultRevisionDueAt(now: Date, days: number, berlinDay: (instant: Date) => string, berlinInstant: (day: string, time: string) => Date): Date {
  return berlinInstant(berlinDay(new Date(now.getTime() + days * 86_400_000)), '23:59');
}

/**
 * When a submission is accepted. Late = after the due date (or the personal extension). After the
 * cohort's cut-off it is refused, unless an extension moves the due date beyond it.
 */
export function submissionTiming(now: Date, dueAt: Date | null, cutoffAt: Date | null, extensionDueAt: Date | null): { allowed: boolean; late: boolean } {
  // extensionDueAt: the participant's own due date (an extension or a revision's due date).
  const effectiveDue = extensionDueAt ?? dueAt;
  const late = effectiveDue !== null && now.getTime() > effectiveDue.getTime();
  const allowed =
    cutoffAt === null || now.getTime() <= cutoffAt.getTime() || (extensionDueAt !== null && now.getTime() <= extensionDueAt.getTime());
  return { allowed, late };
}
