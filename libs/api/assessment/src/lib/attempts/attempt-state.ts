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
 * When a submission is accepted. Late = after the due date (or the personal extension). After the
 * cohort's cut-off it is refused, unless an extension moves the due date beyond it.
 */
export function submissionTiming(now: Date, dueAt: Date | null, cutoffAt: Date | null, extensionDueAt: Date | null): { allowed: boolean; late: boolean } {
  const effectiveDue = extensionDueAt ?? dueAt;
  const late = effectiveDue !== null && now.getTime() > effectiveDue.getTime();
  const allowed =
    cutoffAt === null || now.getTime() <= cutoffAt.getTime() || (extensionDueAt !== null && now.getTime() <= extensionDueAt.getTime());
  return { allowed, late };
}
