import { EnrolmentStateName } from '@koko/shared';

export enum EnrolmentState {
  APPLIED = 'applied',
  ADMITTED = 'admitted',
  WAITLISTED = 'waitlisted',
  DECLINED = 'declined',
  COMPLETED = 'completed',
  WITHDRAWN = 'withdrawn',
}

/** What an admin decides about an enrolment; each names the state it leads to. */
export enum EnrolmentDecision {
  ADMIT = 'admit',
  WAITLIST = 'waitlist',
  DECLINE = 'decline',
  COMPLETE = 'complete',
  WITHDRAW = 'withdraw',
}

export const DECISION_TARGET: Record<EnrolmentDecision, EnrolmentState> = {
  [EnrolmentDecision.ADMIT]: EnrolmentState.ADMITTED,
  [EnrolmentDecision.WAITLIST]: EnrolmentState.WAITLISTED,
  [EnrolmentDecision.DECLINE]: EnrolmentState.DECLINED,
  [EnrolmentDecision.COMPLETE]: EnrolmentState.COMPLETED,
  [EnrolmentDecision.WITHDRAW]: EnrolmentState.WITHDRAWN,
};

/** The allowed transitions (DOMAIN.md). Everything not listed is refused. */
export const TRANSITIONS: Record<EnrolmentState, readonly EnrolmentState[]> = {
  [EnrolmentState.APPLIED]: [EnrolmentState.ADMITTED, EnrolmentState.WAITLISTED, EnrolmentState.DECLINED],
  [EnrolmentState.WAITLISTED]: [EnrolmentState.ADMITTED, EnrolmentState.DECLINED],
  [EnrolmentState.ADMITTED]: [EnrolmentState.COMPLETED, EnrolmentState.WITHDRAWN],
  [EnrolmentState.DECLINED]: [],
  [EnrolmentState.COMPLETED]: [],
  [EnrolmentState.WITHDRAWN]: [],
};

export function canTransition(from: EnrolmentState, to: EnrolmentState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** States that take one of the cohort's places. */
export const SEAT_STATES: readonly EnrolmentState[] = [EnrolmentState.ADMITTED, EnrolmentState.COMPLETED];

export const asStateName = (s: EnrolmentState): EnrolmentStateName => s;
