import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { berlinDay, MunicipalityDirectory } from '@koko/api/catalogue';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { ExportCell, ExportFile, ExportFormat, tableExport } from '@koko/api/core/graphql';
import { Locale } from '@koko/shared';
import { DataSource, In } from 'typeorm';
import { AdminShortFormatsArgs } from '../dto/short-format.dto';
import { EventsClock } from '../events-clock';
import { EventsErrorCode, EventsException } from '../events.exception';
import { Registration, RegistrationState } from '../registration/registration.entity';
import { ShortFormat, ShortFormatState, ShortFormatTopic } from '../short-format.entity';

const STATE_LABELS: Record<RegistrationState, Record<Locale, string>> = {
  [RegistrationState.PENDING]: { [Locale.DE]: 'Unbestätigt', [Locale.EN]: 'Unconfirmed' },
  [RegistrationState.CONFIRMED]: { [Locale.DE]: 'Bestätigt', [Locale.EN]: 'Confirmed' },
  [RegistrationState.WAITING]: { [Locale.DE]: 'Warteliste', [Locale.EN]: 'Waiting list' },
  [RegistrationState.OFFERED]: { [Locale.DE]: 'Platz angeboten', [Locale.EN]: 'Place offered' },
  [RegistrationState.CANCELLED]: { [Locale.DE]: 'Storniert', [Locale.EN]: 'Cancelled' },
  [RegistrationState.EXPIRED]: { [Locale.DE]: 'Abgelaufen', [Locale.EN]: 'Expired' },
};
const FORMAT_LABELS: Record<string, Record<Locale, string>> = {
  online: { [Locale.DE]: 'Online', [Locale.EN]: 'Online' },
  in_person: { [Locale.DE]: 'In Präsenz', [Locale.EN]: 'In person' },
  hybrid: { [Locale.DE]: 'Hybrid', [Locale.EN]: 'Hybrid' },
};
const EVENT_STATE_LABELS: Record<ShortFormatState, Record<Locale, string>> = {
  [ShortFormatState.DRAFT]: { [Locale.DE]: 'Entwurf', [Locale.EN]: 'Draft' },
  [ShortFormatState.PUBLISHED]: { [Locale.DE]: 'Veröffentlicht', [Locale.EN]: 'Published' },
  [ShortFormatState.CANCELLED]: { [Locale.DE]: 'Abgesagt', [Locale.EN]: 'Cancelled' },
  [ShortFormatState.HELD]: { [Locale.DE]: 'Durchgeführt', [Locale.EN]: 'Held' },
};

/** The counts kept for reporting, per event and group of registrations. */
export interface ReportCounts {
  registered: number;
  confirmed: number;
  waiting: number;
  attended: number;
  noShows: number;
}

interface GroupRow {
  short_format_id: string;
  municipality_id: string | null;
  registered: string;
  confirmed: string;
  waiting: string;
  attended: string;
  no_shows: string;
}

const num = (r: GroupRow): ReportCounts => ({
  registered: Number(r.registered),
  confirmed: Number(r.confirmed),
  waiting: Number(r.waiting),
  attended: Number(r.attended),
  noShows: Number(r.no_shows),
});
const add = (a: ReportCounts, b: ReportCounts): ReportCounts => ({
  registered: a.registered + b.registered,
  confirmed: a.confirmed + b.confirmed,
  waiting: a.waiting + b.waiting,
  attended: a.attended + b.attended,
  noShows: a.noShows + b.noShows,
});
const ZERO: ReportCounts = { registered: 0, confirmed: 0, waiting: 0, attended: 0, noShows: 0 };

/** CSV and XLSX exports for organisers (participant list of one event) and the programme (statistics). */
@Injectable()
export class ShortFormatExportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: EventsClock,
    private readonly municipalities: MunicipalityDirectory,
  ) {}

  /** Everyone with a place, an open offer, on the waiting list or still unconfirmed, in queue order. Accessibility needs stay on screen (special category data). */
  async participants(shortFormatId: string, locale: Locale, format: ExportFormat = ExportFormat.CSV): Promise<ExportFile> {
    const event = await this.db.manager.findOneBy(ShortFormat, { id: shortFormatId });
    if (!event) throw new EventsException(EventsErrorCode.SHORT_FORMAT_NOT_FOUND);
    const rows = await this.db.manager.find(Registration, {
      where: { shortFormatId, state: In([RegistrationState.CONFIRMED, RegistrationState.OFFERED, RegistrationState.WAITING, RegistrationState.PENDING]) },
      order: { queueNo: { direction: 'ASC', nulls: 'LAST' }, createdAt: 'ASC' },
    });
    const places = new Map((await this.municipalities.byIds(rows.flatMap((r) => (r.municipalityId ? [r.municipalityId] : [])))).map((m) => [m.id, m]));
    const en = locale === Locale.EN;
    const xlsx = format === ExportFormat.XLSX;
    let position = 0;
    // XLSX: times are date cells and empty cells stay empty; CSV: Berlin's clock as text.
    const time = (d: Date | null): ExportCell => (d ? (xlsx ? d : this.berlinTime(d)) : xlsx ? null : '');
    return tableExport(
      format,
      `${en ? 'participants' : 'teilnehmende'}-${berlinDay(event.startsAt)}`,
      en
        ? ['Name', 'E-mail', 'Organisation', 'Regierungsbezirk', 'State', 'Waiting-list position', 'Confirmed at', 'Present', 'Checked in at']
        : ['Name', 'E-Mail', 'Organisation', 'Regierungsbezirk', 'Status', 'Wartelistenplatz', 'Bestätigt am', 'Anwesend', 'Eingecheckt am'],
      rows.map((r): ExportCell[] => {
        const place = r.municipalityId ? places.get(r.municipalityId) : undefined;
        return [
          r.name,
          r.email,
          place?.name ?? r.organisation ?? (xlsx ? null : ''),
          place?.regierungsbezirk ?? (xlsx ? null : ''),
          STATE_LABELS[r.state][locale],
          r.state === RegistrationState.WAITING ? ++position : xlsx ? null : '',
          time(r.confirmedAt),
          r.checkedInAt ? (en ? 'yes' : 'ja') : en ? 'no' : 'nein',
          time(r.checkedInAt),
        ];
      }),
    );
  }

  /**
   * One row per event and level (total, Regierungsbezirk, municipality or other organisation): a long
   * table that pivots in Excel. Drafts are left out. A fixed number of statements whatever the number of events.
   */
  async statistics(filter: Pick<AdminShortFormatsArgs, 'state' | 'search'>, locale: Locale, format: ExportFormat = ExportFormat.CSV): Promise<ExportFile> {
    const q = this.db.manager.createQueryBuilder(ShortFormat, 's').where('s.state <> :draft', { draft: ShortFormatState.DRAFT });
    if (filter.state) q.andWhere('s.state = :state', { state: filter.state });
    if (filter.search) q.andWhere(`s.title ILIKE :search`, { search: `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const events = await q.orderBy('s.starts_at', 'ASC').addOrderBy('s.id', 'ASC').getMany();
    const counts = await this.groupCounts(events.map((e) => e.id));
    const topicIds = [...new Set(events.map((e) => e.topicId))];
    const topics = new Map((topicIds.length ? await this.db.manager.findBy(ShortFormatTopic, { id: In(topicIds) }) : []).map((t) => [t.id, t]));
    const places = new Map((await this.municipalities.byIds([...new Set(counts.flatMap((c) => (c.municipality_id ? [c.municipality_id] : [])))])).map((m) => [m.id, m]));
    const en = locale === Locale.EN;
    const other = en ? 'Other organisation' : 'Andere Organisation';
    const level = { total: en ? 'Total' : 'Gesamt', bezirk: 'Regierungsbezirk', municipality: en ? 'Municipality' : 'Kommune' };
    const xlsx = format === ExportFormat.XLSX;
    const rows: ExportCell[][] = [];
    for (const event of events) {
      const mine = counts.filter((c) => c.short_format_id === event.id);
      const byBezirk = new Map<string, ReportCounts>();
      const byPlace: [string, ReportCounts][] = [];
      for (const c of mine) {
        const place = c.municipality_id ? places.get(c.municipality_id) : undefined;
        const bezirk = place?.regierungsbezirk ?? other;
        byBezirk.set(bezirk, add(byBezirk.get(bezirk) ?? ZERO, num(c)));
        byPlace.push([place?.name ?? other, num(c)]);
      }
      const total = mine.map(num).reduce(add, ZERO);
      const topic = topics.get(event.topicId);
      const head = [event.title, (en ? topic?.titleEn : topic?.title) ?? '', FORMAT_LABELS[event.format][locale], xlsx ? event.startsAt : this.berlinTime(event.startsAt), EVENT_STATE_LABELS[event.state][locale], event.capacity];
      const line = (lvl: string, name: string | null, c: ReportCounts) => rows.push([...head, lvl, name, c.registered, c.confirmed, c.waiting, c.attended, c.noShows]);
      line(level.total, xlsx ? null : '', total);
      for (const [name, c] of [...byBezirk].sort(([a], [b]) => a.localeCompare(b, 'de'))) line(level.bezirk, name, c);
      for (const [name, c] of byPlace.sort(([a], [b]) => a.localeCompare(b, 'de'))) line(level.municipality, name, c);
    }
    return tableExport(
      format,
      en ? 'short-format-statistics' : 'kurzformate-statistik',
      en
        ? ['Event', 'Topic', 'Format', 'Start', 'State', 'Places', 'Level', 'Group', 'Registered', 'Confirmed', 'Waiting list', 'Attended', 'No-shows']
        : ['Veranstaltung', 'Thema', 'Format', 'Beginn', 'Status', 'Plätze', 'Ebene', 'Gruppe', 'Angemeldet', 'Bestätigt', 'Warteliste', 'Anwesend', 'Nicht erschienen'],
      rows,
    );
  }

  /**
   * Counts per event and municipality (null: a free-text organisation) in one statement. Registered:
   * everyone who confirmed their address or still may (pending); no-shows: confirmed, not checked in,
   * and the event is over.
   */
  private groupCounts(ids: string[]): Promise<GroupRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.manager
      .createQueryBuilder()
      .select('r.short_format_id', 'short_format_id')
      .addSelect('r.municipality_id', 'municipality_id')
      .addSelect(`count(*) FILTER (WHERE r.confirmed_at IS NOT NULL OR r.state = 'pending')`, 'registered')
      .addSelect(`count(*) FILTER (WHERE r.state = 'confirmed')`, 'confirmed')
      .addSelect(`count(*) FILTER (WHERE r.state IN ('waiting', 'offered'))`, 'waiting')
      .addSelect(`count(*) FILTER (WHERE r.checked_in_at IS NOT NULL)`, 'attended')
      .addSelect(`count(*) FILTER (WHERE r.state = 'confirmed' AND r.checked_in_at IS NULL AND s.ends_at <= :now)`, 'no_shows')
      .from('short_format_registrations', 'r')
      .innerJoin('short_formats', 's', 's.id = r.short_format_id')
      .where('r.short_format_id = ANY(:ids)', { ids, now: this.clock.now() })
      .groupBy('r.short_format_id')
      .addGroupBy('r.municipality_id')
      .getRawMany<GroupRow>();
  }

  /** "2026-05-12 09:30" on Berlin's clock, as Excel reads it. */
  private berlinTime(d: Date): string {
    return new Intl.DateTimeFormat('sv-SE', { timeZone: this.config.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(d);
  }
}
