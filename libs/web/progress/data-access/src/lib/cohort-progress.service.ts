import { inject, Injectable } from '@angular/core';
import { dataOf, type ExportFormat } from '@koko/web/shared/data-access-graphql';
import {
  ProgressCohortProgressCsvDocument,
  type ProgressCohortProgressCsvQuery,
  ProgressCohortProgressDocument,
  type ProgressCohortProgressQuery,
} from '@koko/web/shared/data-access-graphql/progress';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

export type CohortProgressData = ProgressCohortProgressQuery;
export type CohortProgressRow = ProgressCohortProgressQuery['cohortProgress'][number];
export type CohortProgressModule = CohortProgressRow['modules'][number];
export type ExportedFile = ProgressCohortProgressCsvQuery['cohortProgressCsv'];

/** The progress matrix of a cohort and its CSV export. */
@Injectable({ providedIn: 'root' })
export class CohortProgressService {
  private readonly apollo = inject(Apollo);

  matrix(cohortId: string): Observable<CohortProgressData> {
    return this.apollo
      .query({ query: ProgressCohortProgressDocument, variables: { cohortId }, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result)));
  }

  /** The matrix as CSV or as an Excel workbook (numbers as numbers). */
  async exportFile(cohortId: string, format: ExportFormat = 'CSV'): Promise<ExportedFile> {
    const result = await firstValueFrom(
      this.apollo.query({ query: ProgressCohortProgressCsvDocument, variables: { cohortId, format }, fetchPolicy: 'network-only' }),
    );
    return dataOf(result).cohortProgressCsv;
  }
}
