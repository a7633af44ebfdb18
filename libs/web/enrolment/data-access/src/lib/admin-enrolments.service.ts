import { inject, Injectable } from '@angular/core';
import { dataOf, type EnrolmentDecision, type ExportFormat } from '@koko/web/shared/data-access-graphql';
import {
  type AdminEnrolmentFieldsFragment,
  DecideEnrolmentsDocument,
  type DecideEnrolmentsMutation,
  EnrolmentCohortOptionsDocument,
  type EnrolmentCohortOptionsQuery,
  EnrolmentsCsvDocument,
  type EnrolmentsCsvQuery,
  EnrolmentsDocument,
  type EnrolmentsQuery,
  type EnrolmentsQueryVariables,
} from '@koko/web/shared/data-access-graphql/enrolment';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

export type AdminEnrolment = AdminEnrolmentFieldsFragment;
export type EnrolmentPage = EnrolmentsQuery['enrolments'];
export type EnrolmentListQuery = EnrolmentsQueryVariables;
export type EnrolmentFilter = Omit<EnrolmentsQueryVariables, 'offset' | 'limit'>;
export type CohortOption = EnrolmentCohortOptionsQuery['cohorts']['items'][number];
export type ExportFile = EnrolmentsCsvQuery['enrolmentsCsv'];
export type DecisionResult = DecideEnrolmentsMutation['decideEnrolments'];

/** Admin work on enrolments: the filtered list, the CSV export and bulk decisions. */
@Injectable({ providedIn: 'root' })
export class AdminEnrolmentsService {
  private readonly apollo = inject(Apollo);

  list(variables: EnrolmentListQuery): Observable<EnrolmentPage> {
    return this.apollo.query({ query: EnrolmentsDocument, variables, fetchPolicy: 'network-only' }).pipe(
      map((result) => dataOf(result).enrolments),
    );
  }

  /** The cohorts an admin can filter by (the API returns at most 100, newest first). */
  cohortOptions(): Observable<CohortOption[]> {
    return this.apollo.query({ query: EnrolmentCohortOptionsDocument, fetchPolicy: 'network-only' }).pipe(
      map((result) => dataOf(result).cohorts.items),
    );
  }

  /** The filtered applications as CSV or as an Excel workbook (typed cells). */
  async exportFile(filter: EnrolmentFilter, format: ExportFormat = 'CSV'): Promise<ExportFile> {
    const result = await firstValueFrom(
      this.apollo.query({ query: EnrolmentsCsvDocument, variables: { ...filter, format }, fetchPolicy: 'no-cache' }),
    );
    return dataOf(result).enrolmentsCsv;
  }

  async decide(enrolmentIds: string[], decision: EnrolmentDecision, message?: string): Promise<DecisionResult> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: DecideEnrolmentsDocument,
        variables: { input: { enrolmentIds, decision, message: message?.trim() || undefined } },
      }),
    );
    return dataOf(result).decideEnrolments;
  }
}
