/** Enrolment states (DOMAIN.md): applied → admitted | waitlisted | declined; admitted → completed | withdrawn; waitlisted → admitted | declined. */
export type EnrolmentStateName = 'applied' | 'admitted' | 'waitlisted' | 'declined' | 'completed' | 'withdrawn';

export const EnrolmentEvents = {
  Applied: 'enrolment.applied',
  StateChanged: 'enrolment.state-changed',
  ExistingAccountApplied: 'enrolment.existing-account-applied',
} as const;

/**
 * Whom an enrolment event is about, by id: the participant's address, name and language and the
 * cohort's name (in the reader's language) are not copied in; mail reads them by id.
 */
interface EnrolmentPerson {
  enrolmentId: string;
  cohortId: string;
  userId: string;
}

export interface EnrolmentAppliedEvent extends EnrolmentPerson {
  /**
   * Set when the application created the account: the receipt carries the link to set a password
   * (no separate invitation mail). `expiresAt` is ISO 8601.
   */
  setPassword: { url: string; expiresAt: string } | null;
  actorId: string | null;
  after: Record<string, unknown>;
}

export interface EnrolmentStateChangedEvent extends EnrolmentPerson {
  from: EnrolmentStateName;
  to: EnrolmentStateName;
  message: string | null;
  /** Admitted automatically from the waitlist because a place became free. */
  movedUp: boolean;
  actorId: string | null;
  dashboardUrl: string;
}

/** Someone applied anonymously with the address of an existing account: they are asked to sign in. */
export interface ExistingAccountAppliedEvent {
  /** The existing account; mail reads its address, name and language. */
  userId: string;
  cohortId: string;
  signInUrl: string;
}
