import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sqlRows } from '@koko/api/core/database';
import { DataSource, EntityManager, In } from 'typeorm';
import { ShortFormat, ShortFormatState } from '../short-format.entity';

/** A short format as other domains may read it (e.g. to survey its attendees afterwards). */
export interface ShortFormatSummary {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  state: ShortFormatState;
  /** Registrations whose attendance was recorded. */
  checkedIn: number;
}

/** A checked-in attendee: the account when there is one, the address and the organisation's Kommune. */
export interface CheckedInAttendee {
  userId: string | null;
  email: string;
  municipalityId: string | null;
}

/**
 * The narrow read interface of short formats and their check-ins for other libraries (evaluation
 * invites the checked-in attendees of an event), so none reads the events tables itself.
 */
@Injectable()
export class ShortFormatAttendees {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Published or held short formats (never drafts or cancelled ones), the most recent first. */
  async recent(limit = 100): Promise<ShortFormatSummary[]> {
    const rows = await sqlRows<{ id: string; title: string; starts_at: Date; ends_at: Date; state: ShortFormatState; checked_in: number }>(
      this.db,
      `SELECT f.id, f.title, f.starts_at, f.ends_at, f.state,
              (SELECT count(*)::int FROM short_format_registrations r WHERE r.short_format_id = f.id AND r.checked_in_at IS NOT NULL) AS checked_in
         FROM short_formats f WHERE f.state IN ('published', 'held') ORDER BY f.starts_at DESC, f.id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({ id: r.id, title: r.title, startsAt: r.starts_at, endsAt: r.ends_at, state: r.state, checkedIn: r.checked_in }));
  }

  /** The short formats of these ids that exist (any state). */
  async byIds(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<Array<Pick<ShortFormat, 'id' | 'title' | 'startsAt' | 'endsAt' | 'state'>>> {
    if (!ids.length) return [];
    return manager.find(ShortFormat, { select: { id: true, title: true, startsAt: true, endsAt: true, state: true }, where: { id: In([...ids]) } });
  }

  /** Everyone whose attendance at the event was recorded (anonymised registrations left out). */
  async checkedIn(shortFormatId: string, manager: EntityManager = this.db.manager): Promise<CheckedInAttendee[]> {
    const rows = await sqlRows<{ user_id: string | null; email: string; municipality_id: string | null }>(
      manager,
      `SELECT user_id, email, municipality_id FROM short_format_registrations
        WHERE short_format_id = $1 AND checked_in_at IS NOT NULL AND anonymised_at IS NULL ORDER BY id`,
      [shortFormatId],
    );
    return rows.map((r) => ({ userId: r.user_id, email: r.email, municipalityId: r.municipality_id }));
  }
}
