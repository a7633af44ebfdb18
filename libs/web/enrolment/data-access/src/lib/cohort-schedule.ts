import type { ModuleFormat } from '@koko/web/shared/data-access-graphql';

interface SessionLike {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location?: string | null;
  online: boolean;
}

interface CohortModuleLike<S extends SessionLike> {
  moduleId: string;
  sessions: readonly S[];
}

interface ProgrammeModuleLike {
  id: string;
  position: number;
  title: string;
  format: ModuleFormat;
  workloadHours: number;
}

/** One module of a cohort's schedule: its title from the programme and its sessions in time order. */
export interface ScheduleModule<S extends SessionLike = SessionLike> {
  moduleId: string;
  position: number;
  title: string;
  format: ModuleFormat | null;
  workloadHours: number | null;
  sessions: S[];
}

/**
 * Joins a cohort's modules with the programme's module titles, in programme order.
 * A cohort module whose programme module is unknown still appears (after the known ones), without a title.
 */
export function buildSchedule<S extends SessionLike>(
  cohortModules: readonly CohortModuleLike<S>[],
  programme: readonly ProgrammeModuleLike[],
): ScheduleModule<S>[] {
  const byId = new Map(programme.map((m) => [m.id, m]));
  return cohortModules
    .map((cm) => {
      const module = byId.get(cm.moduleId);
      return {
        moduleId: cm.moduleId,
        position: module?.position ?? Number.MAX_SAFE_INTEGER,
        title: module?.title ?? '',
        format: module?.format ?? null,
        workloadHours: module?.workloadHours ?? null,
        sessions: [...cm.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
      };
    })
    .sort((a, b) => a.position - b.position);
}
