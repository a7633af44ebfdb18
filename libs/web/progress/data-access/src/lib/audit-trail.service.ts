import { inject, Injectable } from '@angular/core';
import { dataOf } from '@koko/web/shared/data-access-graphql';
import {
  ProgressAuditCohortOptionsDocument,
  type ProgressAuditCohortOptionsQuery,
  ProgressAuditTrailDocument,
  type ProgressAuditTrailQuery,
  type ProgressAuditTrailQueryVariables,
} from '@koko/web/shared/data-access-graphql/progress';
import { Apollo } from 'apollo-angular';
import { map, type Observable } from 'rxjs';

export type AuditEventPage = ProgressAuditTrailQuery['auditTrail'];
export type AuditEntry = AuditEventPage['items'][number];
export type AuditTrailQuery = ProgressAuditTrailQueryVariables;
export type AuditCohortOption = ProgressAuditCohortOptionsQuery['cohorts']['items'][number];

/** The audit trail (admins): who changed what and when, newest first. */
@Injectable({ providedIn: 'root' })
export class AuditTrailService {
  private readonly apollo = inject(Apollo);

  list(variables: AuditTrailQuery): Observable<AuditEventPage> {
    return this.apollo
      .query({ query: ProgressAuditTrailDocument, variables, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).auditTrail));
  }

  cohortOptions(): Observable<AuditCohortOption[]> {
    return this.apollo
      .query({ query: ProgressAuditCohortOptionsDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).cohorts.items));
  }
}
