import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { Page } from '@koko/api/core/graphql';
import { User } from '@koko/api/identity';
import { Role } from '@koko/shared';
import { DataSource, EntityManager, In, LessThanOrEqual, QueryFailedError } from 'typeorm';
import { CatalogueErrorCode, CatalogueException } from '../catalogue.exception';
import { berlinDay, todayInBerlin } from '../programme-time';
import { ProgrammeModule } from '../programme/programme-module.entity';
import { CohortInput, SessionInput, UpdateCohortInput, UpdateCohortModuleInput, UpdateSessionInput } from './cohort.dto';
import { Cohort, CohortModule, CohortSession, CohortTrainer } from './cohort.entity';

const isAdmin = (viewer: AuthUser) => viewer.roles.includes(Role.ADMIN);

function pgConstraint(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
}

@Injectable()
export class CohortService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Admins see every cohort; trainers the cohorts they are assigned to. */
  async list(viewer: AuthUser, filter: { search?: string; offset: number; limit: number }): Promise<Page<Cohort>> {
    const qb = this.db.manager.createQueryBuilder(Cohort, 'c');
    if (!isAdmin(viewer)) {
      qb.innerJoin(CohortTrainer, 't', 't.cohort_id = c.id AND t.user_id = :viewer', { viewer: viewer.id });
    }
    if (filter.search?.trim()) {
      const term = `%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      qb.andWhere('lower(c.name) LIKE :term', { term });
    }
    const [items, total] = await qb.orderBy('c.starts_on', 'DESC').addOrderBy('c.name', 'ASC').skip(filter.offset).take(filter.limit).getManyAndCount();
    return { items, total, offset: filter.offset, limit: filter.limit };
  }

  /** The cohorts the viewer runs (admins: all) that have started and not ended yet. */
  runningCohortsOf(viewer: AuthUser, now = new Date()): Promise<Cohort[]> {
    const today = todayInBerlin(now);
    const qb = this.db.manager.createQueryBuilder(Cohort, 'c').where('c.starts_on <= :today AND c.ends_on >= :today', { today });
    if (!isAdmin(viewer)) qb.innerJoin(CohortTrainer, 't', 't.cohort_id = c.id AND t.user_id = :viewer', { viewer: viewer.id });
    return qb.orderBy('c.starts_on', 'ASC').getMany();
  }

  /** Every cohort, the latest start first (for staff who address whole cohorts, e.g. surveys); at most `limit`. */
  newestFirst(limit = 200): Promise<Cohort[]> {
    return this.db.manager.createQueryBuilder(Cohort, 'c').orderBy('c.starts_on', 'DESC').addOrderBy('c.name', 'ASC').take(limit).getMany();
  }

  /** Cohorts taking applications today, soonest first. */
  openForApplications(now = new Date()): Promise<Cohort[]> {
    const today = todayInBerlin(now);
    return this.db.manager
      .createQueryBuilder(Cohort, 'c')
      .where('c.applications_open_on <= :today AND c.applications_close_on >= :today', { today })
      .orderBy('c.starts_on', 'ASC')
      .getMany();
  }

  async get(viewer: AuthUser, id: string): Promise<Cohort> {
    await this.assertCanManage(viewer, id);
    return this.db.manager.findOneByOrFail(Cohort, { id });
  }

  /** True for admins and the cohort's own trainers when the cohort exists; a failing query still throws. */
  async canManage(viewer: AuthUser, cohortId: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    if (!(await manager.existsBy(Cohort, { id: cohortId }))) return false;
    if (isAdmin(viewer)) return true;
    return viewer.roles.includes(Role.TRAINER) && (await manager.existsBy(CohortTrainer, { cohortId, userId: viewer.id }));
  }

  /** Admins and the cohort's own trainers may run it; anyone else is refused. */
  async assertCanManage(viewer: AuthUser, cohortId: string, manager: EntityManager = this.db.manager): Promise<void> {
    const exists = await manager.existsBy(Cohort, { id: cohortId });
    if (!exists) throw new CatalogueException(CatalogueErrorCode.COHORT_NOT_FOUND);
    if (isAdmin(viewer)) return;
    const assigned = viewer.roles.includes(Role.TRAINER) && (await manager.existsBy(CohortTrainer, { cohortId, userId: viewer.id }));
    if (!assigned) throw new CatalogueException(CatalogueErrorCode.NOT_ASSIGNED);
  }

  async create(input: CohortInput): Promise<Cohort> {
    this.checkDates(input);
    return this.translateConstraints(() =>
      this.db.transaction(async (m) => {
        const cohort = await m.save(m.create(Cohort, this.cohortFields(input)));
        const modules = await m.find(ProgrammeModule, { order: { position: 'ASC' } });
        await m.insert(CohortModule, modules.map((mod) => ({ cohortId: cohort.id, moduleId: mod.id, minAttendancePercent: 80, assignmentDueAt: null })));
        await this.replaceTrainers(m, cohort.id, input.trainerIds);
        return cohort;
      }),
    );
  }

  async update(input: UpdateCohortInput): Promise<Cohort> {
    this.checkDates(input);
    return this.translateConstraints(() =>
      this.db.transaction(async (m) => {
        const cohort = await m.findOne(Cohort, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
        if (!cohort) throw new CatalogueException(CatalogueErrorCode.COHORT_NOT_FOUND);
        const sessions = await m.find(CohortSession, { where: { cohortId: cohort.id } });
        if (sessions.some((s) => !this.within(s, input))) throw new CatalogueException(CatalogueErrorCode.COHORT_DATES_EXCLUDE_SESSIONS);
        Object.assign(cohort, this.cohortFields(input));
        await m.save(cohort);
        await this.replaceTrainers(m, cohort.id, input.trainerIds);
        return cohort;
      }),
    );
  }

  async updateModule(input: UpdateCohortModuleInput): Promise<CohortModule> {
    return this.db.transaction(async (m) => {
      const row = await m.findOne(CohortModule, { where: { cohortId: input.cohortId, moduleId: input.moduleId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new CatalogueException(CatalogueErrorCode.MODULE_NOT_FOUND);
      const cohort = await m.findOneByOrFail(Cohort, { id: input.cohortId });
      const due = input.assignmentDueAt ? berlinDay(input.assignmentDueAt) : null;
      if (due && (due < cohort.startsOn || due > cohort.endsOn)) {
        throw new CatalogueException(CatalogueErrorCode.ASSIGNMENT_DUE_OUTSIDE_COHORT, { startsOn: cohort.startsOn, endsOn: cohort.endsOn });
      }
      if (input.submissionCutoffAt && input.assignmentDueAt && input.submissionCutoffAt < input.assignmentDueAt) {
        throw new CatalogueException(CatalogueErrorCode.CUTOFF_BEFORE_DUE);
      }
      row.assignmentDueAt = input.assignmentDueAt ?? null;
      row.minAttendancePercent = input.minAttendancePercent;
      if (input.submissionCutoffAt !== undefined) row.submissionCutoffAt = input.submissionCutoffAt ?? null;
      if (input.maxAttempts !== undefined) row.maxAttempts = input.maxAttempts;
      return m.save(row);
    });
  }

  async addSession(input: SessionInput): Promise<CohortSession> {
    return this.db.transaction(async (m) => {
      await this.checkSession(m, input);
      return m.save(m.create(CohortSession, this.sessionFields(input)));
    });
  }

  async updateSession(input: UpdateSessionInput): Promise<CohortSession> {
    return this.db.transaction(async (m) => {
      const session = await m.findOne(CohortSession, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!session || session.cohortId !== input.cohortId) throw new CatalogueException(CatalogueErrorCode.SESSION_NOT_FOUND);
      await this.checkSession(m, input);
      Object.assign(session, this.sessionFields(input));
      return m.save(session);
    });
  }

  /** Deletes a session and the attendance recorded for it. */
  async deleteSession(id: string): Promise<boolean> {
    const result = await this.db.manager.delete(CohortSession, { id });
    if (!result.affected) throw new CatalogueException(CatalogueErrorCode.SESSION_NOT_FOUND);
    return true;
  }

  /** The ids of a cohort's trainers; `manager` to read inside a transaction. */
  /** How many days a revision gets by default in this cohort. */
  async revisionDaysOf(cohortId: string, manager: EntityManager = this.db.manager): Promise<number> {
    return (await manager.findOneByOrFail(Cohort, { id: cohortId })).revisionDays;
  }

  async trainerIdsOf(cohortId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    return (await manager.find(CohortTrainer, { where: { cohortId } })).map((t) => t.userId);
  }

  // Loaders' batch functions: one statement for any number of cohorts.
  trainersOf(cohortIds: readonly string[]): Promise<(CohortTrainer & { user: User })[]> {
    return this.db.manager
      .createQueryBuilder(CohortTrainer, 't')
      .innerJoinAndMapOne('t.user', User, 'u', 'u.id = t.user_id')
      .where('t.cohort_id IN (:...ids)', { ids: [...cohortIds] })
      .orderBy('u.display_name COLLATE "de-x-icu"', 'ASC')
      .getMany() as Promise<(CohortTrainer & { user: User })[]>;
  }

  modulesOf(cohortIds: readonly string[]): Promise<CohortModule[]> {
    return this.db.manager.find(CohortModule, { where: { cohortId: In([...cohortIds]) } });
  }

  sessionsOf(cohortIds: readonly string[]): Promise<CohortSession[]> {
    return this.db.manager.find(CohortSession, { where: { cohortId: In([...cohortIds]) }, order: { startsAt: 'ASC' } });
  }

  /** Cohorts whose first day is on or before `day` (YYYY-MM-DD), oldest first: only they can have graduates. */
  startedCohorts(day: string): Promise<Cohort[]> {
    return this.db.manager.find(Cohort, { where: { startsOn: LessThanOrEqual(day) }, order: { startsOn: 'ASC', name: 'ASC' } });
  }

  cohortsByIds(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<Cohort[]> {
    return manager.find(Cohort, { where: { id: In([...ids]) } });
  }

  /** Whether certificates are issued automatically in this cohort; false when there is no such cohort. */
  async setAutoIssueCertificates(cohortId: string, enabled: boolean): Promise<boolean> {
    const result = await this.db.manager.update(Cohort, { id: cohortId }, { autoIssueCertificates: enabled });
    return !!result.affected;
  }

  private checkDates(input: CohortInput): void {
    if (input.endsOn < input.startsOn) throw new CatalogueException(CatalogueErrorCode.COHORT_DATES_ORDER);
    if (input.applicationsCloseOn < input.applicationsOpenOn || input.applicationsCloseOn > input.endsOn) {
      throw new CatalogueException(CatalogueErrorCode.APPLICATION_PERIOD_ORDER);
    }
  }

  private within(session: { startsAt: Date; endsAt: Date }, cohort: { startsOn: string; endsOn: string }): boolean {
    return berlinDay(session.startsAt) >= cohort.startsOn && berlinDay(session.endsAt) <= cohort.endsOn;
  }

  private async checkSession(m: EntityManager, input: SessionInput): Promise<void> {
    const cohort = await m.findOne(Cohort, { where: { id: input.cohortId }, lock: { mode: 'pessimistic_read' } });
    if (!cohort) throw new CatalogueException(CatalogueErrorCode.COHORT_NOT_FOUND);
    if (!(await m.existsBy(ProgrammeModule, { id: input.moduleId }))) throw new CatalogueException(CatalogueErrorCode.MODULE_NOT_FOUND);
    if (input.endsAt <= input.startsAt) throw new CatalogueException(CatalogueErrorCode.SESSION_TIMES_ORDER);
    if (!input.location && !input.onlineUrl) throw new CatalogueException(CatalogueErrorCode.SESSION_PLACE_REQUIRED);
    if (!this.within(input, cohort)) {
      throw new CatalogueException(CatalogueErrorCode.SESSION_OUTSIDE_COHORT, { startsOn: cohort.startsOn, endsOn: cohort.endsOn });
    }
  }

  private async replaceTrainers(m: EntityManager, cohortId: string, trainerIds: string[]): Promise<void> {
    const ids = [...new Set(trainerIds)];
    if (ids.length) {
      const trainers = await m.find(User, { where: { id: In(ids) } });
      if (trainers.length !== ids.length || trainers.some((u) => !u.roles.includes(Role.TRAINER))) {
        throw new CatalogueException(CatalogueErrorCode.NOT_A_TRAINER);
      }
    }
    await m.delete(CohortTrainer, { cohortId });
    if (ids.length) await m.insert(CohortTrainer, ids.map((userId) => ({ cohortId, userId })));
  }

  private cohortFields(input: CohortInput): Partial<Cohort> {
    const { name, description, startsOn, endsOn, capacity, applicationsOpenOn, applicationsCloseOn, revisionDays } = input;
    const english = { ...(input.nameEn != null ? { nameEn: input.nameEn } : {}), ...(input.descriptionEn != null ? { descriptionEn: input.descriptionEn } : {}) };
    return { name, description, ...english, startsOn, endsOn, capacity, applicationsOpenOn, applicationsCloseOn, ...(revisionDays != null ? { revisionDays } : {}) };
  }

  private sessionFields(input: SessionInput): Partial<CohortSession> {
    const { cohortId, moduleId, title, startsAt, endsAt } = input;
    return { cohortId, moduleId, title, ...(input.titleEn != null ? { titleEn: input.titleEn } : {}), startsAt, endsAt, location: input.location || null, onlineUrl: input.onlineUrl || null };
  }

  private async translateConstraints<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const constraint = pgConstraint(error);
      if (constraint === 'cohorts_name_idx') throw new CatalogueException(CatalogueErrorCode.COHORT_NAME_TAKEN);
      if (constraint === 'cohorts_capacity_covers_admitted') throw new CatalogueException(CatalogueErrorCode.CAPACITY_BELOW_ADMITTED);
      throw error;
    }
  }
}
