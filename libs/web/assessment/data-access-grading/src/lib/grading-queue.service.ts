import { inject, Injectable } from '@angular/core';
import { dataOf, type AttemptState } from '@koko/web/shared/data-access-graphql';
import {
  GradingFilterOptionsDocument,
  GradingOverdueDocument,
  type GradingOverdueQuery,
  type GradingFilterOptionsQuery,
  GradingQueueDocument,
  type GradingQueueQuery,
  GradingSetSubmissionMailModeDocument,
  GradingSubmissionMailModeDocument,
} from '@koko/web/shared/data-access-graphql/assessment-grading';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

export type GradingQueueResult = GradingQueueQuery['gradingQueue'];
export type GradingQueueItem = GradingQueueResult['items'][number];
export type GradingQueueCounts = GradingQueueResult['counts'];
export type GradingModuleOption = GradingFilterOptionsQuery['programmeModules'][number];
export type OverdueAssignment = GradingOverdueQuery['overdueAssignments'][number];
export type GradingCohortOption = GradingFilterOptionsQuery['cohorts']['items'][number];

export interface GradingQueueFilter {
  cohortId: string | null;
  moduleId: string | null;
  /** null: every state. */
  state: AttemptState | null;
  lateOnly: boolean;
  offset: number;
  limit: number;
}

export interface GradingFilterOptions {
  modules: GradingModuleOption[];
  cohorts: GradingCohortOption[];
}

/** The grading queue of a trainer (admins: of every cohort) and the trainer's mail preference. */
@Injectable({ providedIn: 'root' })
export class GradingQueueService {
  private readonly apollo = inject(Apollo);

  list(filter: GradingQueueFilter): Observable<GradingQueueResult> {
    return this.apollo
      .query({
        query: GradingQueueDocument,
        variables: {
          cohortId: filter.cohortId,
          moduleId: filter.moduleId,
          state: filter.state,
          // "Late only" narrows; unticked means late and on-time alike, not "on time only".
          late: filter.lateOnly ? true : null,
          offset: filter.offset,
          limit: filter.limit,
        },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => dataOf(result).gradingQueue));
  }

  /** Assignments past their due date with nothing submitted: in one cohort, or in every running cohort of the viewer. */
  overdue(cohortId: string | null): Observable<OverdueAssignment[]> {
    return this.apollo
      .query({ query: GradingOverdueDocument, variables: { cohortId }, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).overdueAssignments));
  }

  /** Modules and the cohorts the viewer may grade (trainers: their own), for the filters. */
  filterOptions(): Observable<GradingFilterOptions> {
    return this.apollo.query({ query: GradingFilterOptionsDocument, fetchPolicy: 'network-only' }).pipe(
      map((result) => {
        const data = dataOf(result);
        return {
          modules: [...data.programmeModules].sort((a, b) => a.position - b.position),
          cohorts: [...data.cohorts.items].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.name.localeCompare(b.name)),
        };
      }),
    );
  }

  /** The trainer's saved choice (true: daily digest). */
  async submissionMailDigest(): Promise<boolean> {
    const result = await firstValueFrom(this.apollo.query({ query: GradingSubmissionMailModeDocument, fetchPolicy: 'network-only' }));
    return dataOf(result).me?.submissionMailDigest === true;
  }

  async setSubmissionMailMode(digest: boolean): Promise<void> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: GradingSetSubmissionMailModeDocument, variables: { digest } }));
    dataOf(result);
  }
}
