import { inject, Injectable } from '@angular/core';
import {
  dataOf,
  ProgressTrainerCohortsDocument,
  type ProgressTrainerCohortsQuery,
  type ProgressTrainerCohortsQueryVariables,
} from '@koko/web/shared/data-access-graphql';
import { Apollo } from 'apollo-angular';
import { map, type Observable } from 'rxjs';

export type TrainerCohortPage = ProgressTrainerCohortsQuery['cohorts'];
export type TrainerCohort = TrainerCohortPage['items'][number];
export type TrainerCohortQuery = ProgressTrainerCohortsQueryVariables;

/** Cohorts a trainer runs (admins: all cohorts). */
@Injectable({ providedIn: 'root' })
export class TrainerCohortsService {
  private readonly apollo = inject(Apollo);

  list(variables: TrainerCohortQuery): Observable<TrainerCohortPage> {
    return this.apollo
      .query({ query: ProgressTrainerCohortsDocument, variables, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).cohorts));
  }
}
