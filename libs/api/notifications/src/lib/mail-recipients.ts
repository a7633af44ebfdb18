import { EntityManager } from 'typeorm';

/** Who a mail goes to: the account's address, name and language. */
export interface MailRecipient {
  /** Null when the account was anonymised: such a person gets no mail. */
  email: string | null;
  displayName: string;
  locale: 'de' | 'en';
  /** False for a deactivated account (it cannot sign in; mail that asks for work there is not sent). */
  active: boolean;
}

/**
 * Where mail learns about the people it writes to. Notifications depends on no domain and events
 * carry ids, not addresses: the identity domain provides this (wired by the app), and a listener
 * asks once per event for every person it writes to.
 */
export interface MailRecipientSource {
  /** The accounts with these ids, read with `manager` (inside the change's transaction); unknown ids are left out. */
  recipients(ids: readonly string[], manager: EntityManager): Promise<ReadonlyMap<string, MailRecipient>>;
}

export const MAIL_RECIPIENTS = Symbol('MAIL_RECIPIENTS');

/** The recipient with this id, or null when the account is unknown or anonymised (no address to write to). */
export function reachable(recipients: ReadonlyMap<string, MailRecipient>, id: string | null): (MailRecipient & { email: string }) | null {
  const recipient = id ? recipients.get(id) : undefined;
  return recipient?.email ? { ...recipient, email: recipient.email } : null;
}
