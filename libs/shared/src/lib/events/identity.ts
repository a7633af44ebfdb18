export const IdentityEvents = {
  InvitationCreated: 'identity.invitation-created',
  PasswordResetRequested: 'identity.password-reset-requested',
  UserAnonymised: 'identity.user-anonymised',
  DataExportReady: 'identity.data-export-ready',
} as const;

/** An account was anonymised; every domain removes the personal data it holds about the user. */
export interface UserAnonymisedEvent {
  userId: string;
  /** The person themselves when they deleted their own account; an admin acting on request otherwise. */
  actorId: string;
  selfService: boolean;
  /**
   * Where the final confirmation goes: the address and language the account had until now (null when
   * it was anonymised before). Only the outbox keeps it, for that one mail.
   */
  formerEmail: string | null;
  formerName: string;
  locale: 'de' | 'en';
}

/** A person's data export is ready to download (the mail links to the page, which needs a session). */
export interface DataExportReadyEvent {
  userId: string;
  email: string;
  locale: 'de' | 'en';
  displayName: string;
  pageUrl: string;
  expiresAt: string;
}

export interface InvitationCreatedEvent {
  userId: string;
  email: string;
  locale: 'de' | 'en';
  invitedByName: string;
  acceptUrl: string;
  expiresAt: string;
}

export interface PasswordResetRequestedEvent {
  userId: string;
  email: string;
  locale: 'de' | 'en';
  displayName: string;
  resetUrl: string;
  expiresAt: string;
}
