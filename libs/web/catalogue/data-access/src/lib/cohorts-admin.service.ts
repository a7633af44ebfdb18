import { inject, Injectable } from '@angular/core';
import {
  dataOf,
  type CohortInput,
  type SessionInput,
  type UpdateCohortInput,
  type UpdateCohortModuleInput,
  type UpdateSessionInput,
} from '@koko/web/shared/data-access-graphql';
import {
  AddSessionDocument,
  CatalogueCohortDocument,
  type CatalogueCohortDetailFieldsFragment,
  CatalogueCohortsDocument,
  type CatalogueCohortsQuery,
  type CatalogueCohortsQueryVariables,
  type CatalogueCohortSummaryFieldsFragment,
  type CatalogueSessionFieldsFragment,
  CatalogueTrainersDocument,
  type CatalogueTrainersQuery,
  CreateCohortDocument,
  DeleteSessionDocument,
  UpdateCohortDocument,
  UpdateCohortModuleDocument,
  type UpdateCohortModuleMutation,
  UpdateSessionDocument,
} from '@koko/web/shared/data-access-graphql/catalogue';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

export type CohortSummary = CatalogueCohortSummaryFieldsFragment;
export type CohortDetail = CatalogueCohortDetailFieldsFragment;
export type CohortModuleSettings = CohortDetail['modules'][number];
export type CohortSession = CatalogueSessionFieldsFragment;
export type CohortPage = CatalogueCohortsQuery['cohorts'];
export type CohortListQuery = CatalogueCohortsQueryVariables;
export type Trainer = CatalogueTrainersQuery['users']['items'][number];
export type UpdatedCohortModule = UpdateCohortModuleMutation['updateCohortModule'];
export type { CohortInput, SessionInput, UpdateCohortInput, UpdateCohortModuleInput, UpdateSessionInput };

/** Cohorts (Durchgänge): list, detail, their module settings and sessions. */
@Injectable({ providedIn: 'root' })
export class CohortsAdminService {
  private readonly apollo = inject(Apollo);

  list(variables: CohortListQuery): Observable<CohortPage> {
    return this.apollo
      .query({ query: CatalogueCohortsDocument, variables, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).cohorts));
  }

  get(id: string): Observable<CohortDetail> {
    return this.apollo
      .query({ query: CatalogueCohortDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).cohort));
  }

  /** Active accounts with the trainer role (at most 100, far more than the programme has). */
  trainers(): Observable<Trainer[]> {
    return this.apollo
      .query({ query: CatalogueTrainersDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).users.items));
  }

  async create(input: CohortInput): Promise<CohortSummary> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: CreateCohortDocument, variables: { input } }));
    return dataOf(result).createCohort;
  }

  async update(input: UpdateCohortInput): Promise<CohortDetail> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: UpdateCohortDocument, variables: { input } }));
    return dataOf(result).updateCohort;
  }

  async updateModule(input: UpdateCohortModuleInput): Promise<UpdatedCohortModule> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: UpdateCohortModuleDocument, variables: { input } }));
    return dataOf(result).updateCohortModule;
  }

  async addSession(input: SessionInput): Promise<CohortSession> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: AddSessionDocument, variables: { input } }));
    return dataOf(result).addSession;
  }

  async updateSession(input: UpdateSessionInput): Promise<CohortSession> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: UpdateSessionDocument, variables: { input } }));
    return dataOf(result).updateSession;
  }

  async deleteSession(id: string): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: DeleteSessionDocument, variables: { id } }));
  }
}
