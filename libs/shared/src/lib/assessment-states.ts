/**
 * The one vocabulary of transfer-assignment states (DOMAIN.md), used by assessment (attempts),
 * progress (a module's assignment state), the events and the web app through the generated types.
 */
export enum AttemptState {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  PASSED = 'passed',
  REVISION_REQUESTED = 'revision_requested',
  FAILED = 'failed',
}

/** What a trainer decides; each verdict is also the state the attempt takes. */
export enum Verdict {
  PASSED = AttemptState.PASSED,
  REVISION_REQUESTED = AttemptState.REVISION_REQUESTED,
  FAILED = AttemptState.FAILED,
}

/** A module's assignment as progress sees it: the latest attempt's state, or not submitted at all. */
export enum AssignmentState {
  NOT_SUBMITTED = 'not_submitted',
  DRAFT = AttemptState.DRAFT,
  SUBMITTED = AttemptState.SUBMITTED,
  REVISION_REQUESTED = AttemptState.REVISION_REQUESTED,
  PASSED = AttemptState.PASSED,
  FAILED = AttemptState.FAILED,
}
