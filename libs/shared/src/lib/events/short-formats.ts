/** Short formats (Vernetzung): every change is audited; mails go to registrants. */
export const ShortFormatEvents = {
  /** Any change worth the audit trail: an event, a topic, a registration's move. */
  Audited: 'short-format.audited',
  /** A mail to a registrant (ShortFormatRegistrantMailEvent). */
  RegistrantMail: 'short-format.registrant-mail',
} as const;

export interface ShortFormatAuditedEvent {
  actorId: string | null;
  /** e.g. `short-format.published`, `short-format-registration.confirmed`. */
  action: string;
  entityType: 'short_format' | 'short_format_topic' | 'short_format_registration';
  entityId: string;
  subjectUserId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A mail to one registrant of a short format; `kind` picks the template. */
export interface ShortFormatRegistrantMailEvent {
  kind: 'confirm-request' | 'confirmed' | 'waiting' | 'offer' | 'cancelled' | 'event-cancelled' | 'offer-expired' | 'attendance-confirmation' | 'reminder';
  email: string;
  locale: 'de' | 'en';
  name: string;
  title: string;
  startsAt: string;
  endsAt: string;
  format: 'online' | 'in_person' | 'hybrid';
  address: string | null;
  /** Only in mails to confirmed registrants. */
  joinUrl: string | null;
  /** The page behind the personal link: status, confirm, cancel (buttons; opening it changes nothing). */
  manageUrl: string;
  confirmBy: string | null;
  offerExpiresAt: string | null;
  waitingPosition: number | null;
  checkInCode: string | null;
  /** In person and hybrid, confirmed only: the QR code image (its content is a random token, no personal data). */
  checkInQrUrl: string | null;
  note: string | null;
}
