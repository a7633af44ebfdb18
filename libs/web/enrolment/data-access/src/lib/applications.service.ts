import { inject, Injectable } from '@angular/core';
import { dataOf, type ApplyInput, type ApplyWithoutAccountInput } from '@koko/web/shared/data-access-graphql';
import {
  ApplyToCohortDocument,
  type ApplyToCohortMutation,
  ApplyWithoutAccountDocument,
  OpenCohortsDocument,
  type OpenCohortFieldsFragment,
  type ScheduleModuleFieldsFragment,
} from '@koko/web/shared/data-access-graphql/enrolment';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';
import { buildSchedule, type ScheduleModule } from './cohort-schedule';

export type OpenCohort = OpenCohortFieldsFragment;
export type ProgrammeModuleSummary = ScheduleModuleFieldsFragment;
export type NewEnrolment = ApplyToCohortMutation['applyToCohort'];
export type { ApplyInput, ApplyWithoutAccountInput };

/** An open cohort with its sessions grouped by module, ready for display. */
export interface OpenCohortView {
  cohort: OpenCohort;
  schedule: ScheduleModule[];
  freeSeats: number;
}

/** Public application flow: cohorts taking applications and the two ways to apply. */
@Injectable({ providedIn: 'root' })
export class ApplicationsService {
  private readonly apollo = inject(Apollo);

  openCohorts(): Observable<OpenCohortView[]> {
    return this.apollo.query({ query: OpenCohortsDocument, fetchPolicy: 'network-only' }).pipe(
      map((result) => {
        const data = dataOf(result);
        const modules = data.programmeModules;
        return data.openCohorts.map((cohort) => ({
          cohort,
          schedule: buildSchedule(cohort.modules, modules),
          freeSeats: Math.max(0, cohort.capacity - cohort.seatsTaken),
        }));
      }),
    );
  }

  /** A signed-in participant applies. */
  async apply(input: ApplyInput): Promise<NewEnrolment> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: ApplyToCohortDocument, variables: { input } }));
    return dataOf(result).applyToCohort;
  }

  /** Someone without an account applies; the API always answers true (no account probing). */
  async applyWithoutAccount(input: ApplyWithoutAccountInput): Promise<void> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: ApplyWithoutAccountDocument, variables: { input } }));
    if (result.error) throw result.error;
  }
}
