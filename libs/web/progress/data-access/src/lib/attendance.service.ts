import { inject, Injectable } from '@angular/core';
import { dataOf, type AttendanceEntryInput } from '@koko/web/shared/data-access-graphql';
import {
  ProgressAttendanceSheetDocument,
  type ProgressAttendanceSheetQuery,
  ProgressRecordAttendanceDocument,
  type ProgressRecordAttendanceMutation,
} from '@koko/web/shared/data-access-graphql/progress';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

export type AttendanceSheetData = ProgressAttendanceSheetQuery;
export type AttendanceCohort = ProgressAttendanceSheetQuery['cohort'];
export type AttendanceSheet = ProgressAttendanceSheetQuery['attendanceSheet'];
export type AttendanceSession = AttendanceSheet['sessions'][number];
export type AttendanceEnrolment = AttendanceSheet['enrolments'][number];
export type SavedAttendance = ProgressRecordAttendanceMutation['recordAttendance'][number];

/** The attendance grid of a cohort: load it, save cells. */
@Injectable({ providedIn: 'root' })
export class AttendanceService {
  private readonly apollo = inject(Apollo);

  sheet(cohortId: string): Observable<AttendanceSheetData> {
    return this.apollo
      .query({ query: ProgressAttendanceSheetDocument, variables: { cohortId }, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result)));
  }

  /** Saves cells in one transaction; a null status clears a cell. */
  async record(cohortId: string, entries: AttendanceEntryInput[]): Promise<SavedAttendance[]> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ProgressRecordAttendanceDocument, variables: { input: { cohortId, entries } } }),
    );
    return dataOf(result).recordAttendance;
  }
}
