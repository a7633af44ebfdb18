import { inject, Injectable } from '@angular/core';
import { dataOf } from '@koko/web/shared/data-access-graphql';
import {
  ProgressTrainerCohortsDocument,
  type ProgressTrainerCohortsQuery,
  type ProgressTrainerCohortsQueryVariables,
  ProgressUpcomingSessionsDocument,
  type ProgressUpcomingSessionsQuery,
} from '@koko/web/shared/data-access-graphql/progress';
import { Apollo } from 'apollo-angular';
import { map, type Observable } from 'rxjs';

export type TrainerCohortPage = ProgressTrainerCohortsQuery['cohorts'];
export type TrainerCohort = TrainerCohortPage['items'][number];
export type TrainerCohortQuery = ProgressTrainerCohortsQueryVariables;
type UpcomingCohort = ProgressUpcomingSessionsQuery['cohorts']['items'][number];
export type UpcomingSession = UpcomingCohort['sessions'][number] & { cohortId: string; cohortName: string };

/** The next `count` sessions that have not ended, soonest first, across the given cohorts. */
export function nextSessions(cohorts: readonly UpcomingCohort[], now: Date, count = 3): UpcomingSession[] {
  return cohorts
    .flatMap((c) => c.sessions.map((s) => ({ ...s, cohortId: c.id, cohortName: c.name })))
    .filter((s) => new Date(s.endsAt).getTime() > now.getTime())
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(0, count);
}

/** Cohorts a trainer runs (admins: all cohorts). */
@Injectable({ providedIn: 'root' })
export class TrainerCohortsService {
  private readonly apollo = inject(Apollo);

  list(variables: TrainerCohortQuery): Observable<TrainerCohortPage> {
    return this.apollo
      .query({ query: ProgressTrainerCohortsDocument, variables, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).cohorts));
  }

  /** The viewer's next sessions (trainers: of their cohorts). */
  upcomingSessions(now = new Date(), count = 3): Observable<UpcomingSession[]> {
    return this.apollo
      .query({ query: ProgressUpcomingSessionsDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => nextSessions(dataOf(result).cohorts.items, now, count)));
  }
}
