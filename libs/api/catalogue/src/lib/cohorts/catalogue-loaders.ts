import { byKey, groupByKey, LoaderHost, requestLoader } from '@koko/api/core/graphql';
import { User } from '@koko/api/identity';
import { DataSource, In } from 'typeorm';
import { ProgrammeModule } from '../programme/programme-module.entity';
import { Cohort, CohortModule, CohortSession } from './cohort.entity';
import { CohortService } from './cohort.service';

/** The catalogue's per-request loaders; other domains use them to resolve cohorts and sessions. */
export const catalogueLoaders = {
  cohort: (ctx: LoaderHost, cohorts: CohortService) =>
    requestLoader<string, Cohort | null>(ctx, 'catalogue.cohort', async (ids) => byKey(ids, await cohorts.cohortsByIds(ids), (c) => c.id)),
  trainers: (ctx: LoaderHost, cohorts: CohortService) =>
    requestLoader<string, User[]>(ctx, 'catalogue.trainers', async (ids) =>
      groupByKey(ids, await cohorts.trainersOf(ids), (t) => t.cohortId).map((rows) => rows.map((r) => r.user)),
    ),
  modules: (ctx: LoaderHost, cohorts: CohortService) =>
    requestLoader<string, CohortModule[]>(ctx, 'catalogue.cohortModules', async (ids) => groupByKey(ids, await cohorts.modulesOf(ids), (m) => m.cohortId)),
  sessions: (ctx: LoaderHost, cohorts: CohortService) =>
    requestLoader<string, CohortSession[]>(ctx, 'catalogue.sessions', async (ids) => groupByKey(ids, await cohorts.sessionsOf(ids), (s) => s.cohortId)),
  programmeModule: (ctx: LoaderHost, db: DataSource) =>
    requestLoader<string, ProgrammeModule | null>(ctx, 'catalogue.programmeModule', async (ids) =>
      byKey(ids, await db.manager.find(ProgrammeModule, { where: { id: In([...ids]) } }), (m) => m.id),
    ),
};
