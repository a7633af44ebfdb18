import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calendarDay, ExportFile, ExportFormat, Page, tableExport } from '@koko/api/core/graphql';
import { berlinDay, Cohort, Municipality } from '@koko/api/catalogue';
import { User } from '@koko/api/identity';
import { Locale } from '@koko/shared';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { EnrolmentState, SEAT_STATES } from './enrolment-state';
import { Enrolment } from './enrolment.entity';
import { STATE_LABELS } from './enrolment.exception';
import { sqlRows } from '@koko/api/core/database';

export interface EnrolmentFilter {
  cohortId?: string;
  state?: EnrolmentState;
  municipalityId?: string;
  search?: string;
}

export interface CohortFill {
  cohortId: string;
  admitted: number;
  applied: number;
  waitlisted: number;
}

/** Read side: admin lists, exports and the batch loads behind the GraphQL loaders. */
@Injectable()
export class EnrolmentQueryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The ids of a person's enrolments, every state (their data export reads its facts by these). */
  async idsOfUser(userId: string, m: EntityManager = this.db.manager): Promise<string[]> {
    const rows = await m.find(Enrolment, { select: { id: true }, where: { userId } });
    return rows.map((r) => r.id);
  }

  /**
   * Who takes part in a cohort (admitted or completed) and for which municipality: surveys invite
   * them and group anonymous responses by municipality. `userId` narrows it to one person.
   */
  async participantsOf(cohortId: string, userId?: string, m: EntityManager = this.db.manager): Promise<Array<{ userId: string; municipalityId: string }>> {
    const rows = await m.find(Enrolment, {
      select: { userId: true, municipalityId: true },
      where: { cohortId, state: In([...SEAT_STATES]), ...(userId ? { userId } : {}) },
    });
    return rows.map((r) => ({ userId: r.userId, municipalityId: r.municipalityId }));
  }

  /** The seated enrolments (admitted or completed) of a person, with their municipality: whose staff they are. */
  async seatsOfUser(userId: string, m: EntityManager = this.db.manager): Promise<Array<{ enrolmentId: string; cohortId: string; municipalityId: string }>> {
    const rows = await m.find(Enrolment, { select: { id: true, cohortId: true, municipalityId: true }, where: { userId, state: In([...SEAT_STATES]) }, order: { appliedAt: 'ASC' } });
    return rows.map((r) => ({ enrolmentId: r.id, cohortId: r.cohortId, municipalityId: r.municipalityId }));
  }

  /** The seated enrolments (admitted or completed) of these municipalities, in one statement. */
  async seatsOfMunicipalities(municipalityIds: readonly string[], m: EntityManager = this.db.manager): Promise<Enrolment[]> {
    if (!municipalityIds.length) return [];
    return m.find(Enrolment, { where: { municipalityId: In([...new Set(municipalityIds)]), state: In([...SEAT_STATES]) }, order: { appliedAt: 'ASC', id: 'ASC' } });
  }

  /** How many people hold a seat (admitted or completed) per municipality, in one statement. */
  async seatCountsByMunicipality(m: EntityManager = this.db.manager): Promise<Map<string, number>> {
    const rows = await sqlRows<{ municipality_id: string; n: string }>(
      m,
      `SELECT municipality_id, count(DISTINCT user_id) AS n FROM enrolments WHERE state = ANY($1) GROUP BY municipality_id`,
      [[...SEAT_STATES]],
    );
    return new Map(rows.map((r) => [r.municipality_id, Number(r.n)]));
  }

  async list(filter: EnrolmentFilter & { offset: number; limit: number }): Promise<Page<Enrolment>> {
    const [items, total] = await this.filtered(filter)
      .orderBy('e.applied_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .skip(filter.offset)
      .take(filter.limit)
      .getManyAndCount();
    return { items, total, offset: filter.offset, limit: filter.limit };
  }

  async csv(filter: EnrolmentFilter, locale: Locale, format: ExportFormat = ExportFormat.CSV): Promise<ExportFile> {
    const rows = await this.filtered(filter)
      .innerJoin(Cohort, 'c', 'c.id = e.cohort_id')
      .innerJoin(Municipality, 'm', 'm.id = e.municipality_id')
      .select(['e.state AS state', 'e.applied_at AS applied_at', 'e.decided_at AS decided_at', 'e.job_role AS job_role'])
      .addSelect(['u.display_name AS name', 'u.email AS email', 'c.name AS cohort', 'm.name AS municipality', 'm.key AS municipality_key'])
      .orderBy('c.starts_on', 'ASC')
      .addOrderBy('u.display_name COLLATE "de-x-icu"', 'ASC')
      .getRawMany<Record<string, string | Date | null>>();
    const en = locale === Locale.EN;
    const header = en
      ? ['Cohort', 'Name', 'E-mail', 'Municipality', 'Municipality key', 'Role', 'State', 'Applied on', 'Decided on']
      : ['Durchgang', 'Name', 'E-Mail', 'Kommune', 'Gemeindeschlüssel', 'Funktion', 'Status', 'Beworben am', 'Entschieden am'];
    // Calendar days in Berlin, not UTC: an application at 00:30 is dated that day.
    const day = (d: unknown) => (d instanceof Date ? calendarDay(berlinDay(d)) : null);
    return tableExport(
      format,
      en ? 'enrolments' : 'anmeldungen',
      header,
      rows.map((r) => [
        r['cohort'] as string,
        r['name'] as string,
        r['email'] as string,
        r['municipality'] as string,
        r['municipality_key'] as string,
        r['job_role'] as string,
        STATE_LABELS[r['state'] as EnrolmentState][locale],
        day(r['applied_at']),
        day(r['decided_at']),
      ]),
    );
  }

  // Batch loads, one statement each.
  municipalitiesByIds(ids: readonly string[]): Promise<Municipality[]> {
    return this.db.manager.find(Municipality, { where: { id: In([...ids]) } });
  }

  async fillOf(cohortIds: readonly string[]): Promise<CohortFill[]> {
    const rows = await sqlRows<{ cohort_id: string; state: EnrolmentState; n: string }>(
      this.db,
      `SELECT cohort_id, state, count(*) AS n FROM enrolments WHERE cohort_id = ANY($1) GROUP BY cohort_id, state`,
      [[...cohortIds]],
    );
    return cohortIds.map((cohortId) => {
      const of = (states: readonly EnrolmentState[]) =>
        rows.filter((r) => r.cohort_id === cohortId && states.includes(r.state)).reduce((sum, r) => sum + Number(r.n), 0);
      return { cohortId, admitted: of(SEAT_STATES), applied: of([EnrolmentState.APPLIED]), waitlisted: of([EnrolmentState.WAITLISTED]) };
    });
  }

  /** The enrolments with these ids (in no particular order); `manager` to read inside a transaction. */
  byIds(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<Enrolment[]> {
    return ids.length ? manager.find(Enrolment, { where: { id: In([...new Set(ids)]) } }) : Promise.resolve([]);
  }

  enrolmentsOfCohorts(cohortIds: readonly string[], states: readonly EnrolmentState[]): Promise<Enrolment[]> {
    return this.db.manager.find(Enrolment, { where: { cohortId: In([...cohortIds]), state: In([...states]) } });
  }

  private filtered(filter: EnrolmentFilter): SelectQueryBuilder<Enrolment> {
    const qb = this.db.manager.createQueryBuilder(Enrolment, 'e').innerJoin(User, 'u', 'u.id = e.user_id');
    if (filter.cohortId) qb.andWhere('e.cohort_id = :cohortId', { cohortId: filter.cohortId });
    if (filter.state) qb.andWhere('e.state = :state', { state: filter.state });
    if (filter.municipalityId) qb.andWhere('e.municipality_id = :municipalityId', { municipalityId: filter.municipalityId });
    if (filter.search?.trim()) {
      const term = `%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(lower(u.display_name) LIKE :term OR lower(u.email) LIKE :term)', { term });
    }
    return qb;
  }
}
