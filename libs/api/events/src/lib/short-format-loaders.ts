import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKey, LoaderHost, requestLoader } from '@koko/api/core/graphql';
import { DataSource } from 'typeorm';
import { ShortFormatCounts } from './dto/short-format.dto';
import { EventsClock } from './events-clock';
import { ShortFormatTopic } from './short-format.entity';
import { TopicService } from './topic.service';

interface CountRow {
  short_format_id: string;
  confirmed: string;
  offered: string;
  waiting: string;
  pending: string;
  cancelled: string;
  checked_in: string;
  registered: string;
  no_shows: string;
}

/** Registration counts of many events in one statement. */
@Injectable()
export class ShortFormatCountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: EventsClock,
  ) {}

  async countsOf(ids: readonly string[]): Promise<ShortFormatCounts[]> {
    const rows = await this.db.manager
      .createQueryBuilder()
      .select('r.short_format_id', 'short_format_id')
      .addSelect(`count(*) FILTER (WHERE r.state = 'confirmed')`, 'confirmed')
      .addSelect(`count(*) FILTER (WHERE r.state = 'offered')`, 'offered')
      .addSelect(`count(*) FILTER (WHERE r.state = 'waiting')`, 'waiting')
      .addSelect(`count(*) FILTER (WHERE r.state = 'pending')`, 'pending')
      .addSelect(`count(*) FILTER (WHERE r.state = 'cancelled')`, 'cancelled')
      .addSelect(`count(*) FILTER (WHERE r.checked_in_at IS NOT NULL)`, 'checked_in')
      // Registered: everyone who confirmed their address or still may; no-shows: confirmed, absent, event over.
      .addSelect(`count(*) FILTER (WHERE r.confirmed_at IS NOT NULL OR r.state = 'pending')`, 'registered')
      .addSelect(`count(*) FILTER (WHERE r.state = 'confirmed' AND r.checked_in_at IS NULL AND s.ends_at <= :now)`, 'no_shows')
      .from('short_format_registrations', 'r')
      .innerJoin('short_formats', 's', 's.id = r.short_format_id')
      .where('r.short_format_id = ANY(:ids)', { ids: [...ids], now: this.clock.now() })
      .groupBy('r.short_format_id')
      .getRawMany<CountRow>();
    const map = new Map(rows.map((r) => [r.short_format_id, r]));
    return ids.map((id) => {
      const r = map.get(id);
      return {
        confirmed: Number(r?.confirmed ?? 0),
        offered: Number(r?.offered ?? 0),
        waiting: Number(r?.waiting ?? 0),
        pending: Number(r?.pending ?? 0),
        cancelled: Number(r?.cancelled ?? 0),
        checkedIn: Number(r?.checked_in ?? 0),
        registered: Number(r?.registered ?? 0),
        noShows: Number(r?.no_shows ?? 0),
      };
    });
  }
}

export const shortFormatLoaders = {
  topic: (ctx: LoaderHost, topics: TopicService) =>
    requestLoader<string, ShortFormatTopic | null>(ctx, 'events.topic', async (ids) => byKey(ids, await topics.byIds(ids), (t) => t.id)),
  counts: (ctx: LoaderHost, counts: ShortFormatCountsService) => requestLoader<string, ShortFormatCounts>(ctx, 'events.counts', (ids) => counts.countsOf(ids)),
};
