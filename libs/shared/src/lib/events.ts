/**
 * Domain event contracts. The domain that causes an event emits it; notifications (mail) and, later,
 * the audit trail listen. Payloads are plain data.
 */
export const IdentityEvents = {
  InvitationCreated: 'identity.invitation-created',
  PasswordResetRequested: 'identity.password-reset-requested',
} as const;

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
