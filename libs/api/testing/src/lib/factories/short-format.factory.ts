import { sqlOne, sqlRows } from '@koko/api/core/database';
import { DataSource } from 'typeorm';

/** A row of `short_format_registrations` as the tests read it back. */
export interface ShortFormatRegistrationRow {
  id: string;
  short_format_id: string;
  email: string;
  state: string;
  token: string;
  check_in_code: string;
  check_in_token: string;
  /** bigint: the order of confirmation (and so of the waiting list). */
  queue_no: string | null;
}

const COLUMNS = `id, short_format_id, email, state, token, check_in_code, check_in_token, queue_no::bigint::text AS queue_no`;

/** The one registration of this address (for this event, when given). */
export function shortFormatRegistrationOf(db: DataSource, email: string, shortFormatId?: string): Promise<ShortFormatRegistrationRow> {
  return shortFormatId
    ? sqlOne<ShortFormatRegistrationRow>(db, `SELECT ${COLUMNS} FROM short_format_registrations WHERE email = $1 AND short_format_id = $2`, [email, shortFormatId])
    : sqlOne<ShortFormatRegistrationRow>(db, `SELECT ${COLUMNS} FROM short_format_registrations WHERE email = $1`, [email]);
}

/** Every registration of an event in confirmation order (unconfirmed ones last); sorted by the number, not its text. */
export function shortFormatRegistrationsOf(db: DataSource, shortFormatId: string): Promise<ShortFormatRegistrationRow[]> {
  return sqlRows<ShortFormatRegistrationRow>(db, `SELECT ${COLUMNS} FROM short_format_registrations r WHERE short_format_id = $1 ORDER BY r.queue_no NULLS LAST, r.id`, [shortFormatId]);
}

/** Every column of every short format and registration, for "nothing changed" comparisons. */
export async function shortFormatsSnapshot(db: DataSource): Promise<string> {
  return JSON.stringify([
    await sqlRows<Record<string, unknown>>(db, `SELECT * FROM short_format_registrations ORDER BY id`),
    await sqlRows<Record<string, unknown>>(db, `SELECT * FROM short_formats ORDER BY id`),
  ]);
}
