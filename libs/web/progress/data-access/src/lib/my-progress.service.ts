import { inject, Injectable } from '@angular/core';
import { dataOf } from '@koko/web/shared/data-access-graphql';
import {
  ProgressMyCalendarUrlDocument,
  ProgressMyProgressDocument,
  type ProgressMyProgressQuery,
  ProgressRenewCalendarUrlDocument,
} from '@koko/web/shared/data-access-graphql/progress';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

export type MyEnrolmentProgress = ProgressMyProgressQuery['myProgress'][number];
export type MyModuleProgress = MyEnrolmentProgress['modules'][number];
export type ProgressSession = NonNullable<MyModuleProgress['nextSession']>;

/** The participant's own way through the modules and their personal calendar feed. */
@Injectable({ providedIn: 'root' })
export class MyProgressService {
  private readonly apollo = inject(Apollo);

  myProgress(): Observable<MyEnrolmentProgress[]> {
    return this.apollo
      .query({ query: ProgressMyProgressDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).myProgress));
  }

  /** The personal iCal subscription URL, or null before one was created. */
  calendarUrl(): Observable<string | null> {
    return this.apollo
      .query({ query: ProgressMyCalendarUrlDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).myCalendarUrl ?? null));
  }

  /** Creates the subscription URL or replaces it; the previous URL stops working. */
  async renewCalendarUrl(): Promise<string> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: ProgressRenewCalendarUrlDocument }));
    return dataOf(result).renewCalendarUrl;
  }
}

/** Download address of a cohort's sessions as an iCal file (served by the API, needs the session cookie). */
export function cohortCalendarPath(cohortId: string): string {
  return `/api/calendar/cohorts/${encodeURIComponent(cohortId)}.ics`;
}
