import { inject, Injectable } from '@angular/core';
import { dataOf, type UpdateProgrammeModuleInput } from '@koko/web/shared/data-access-graphql';
import {
  CatalogueProgrammeModulesDocument,
  type CatalogueProgrammeModuleFieldsFragment,
  UpdateProgrammeModuleDocument,
} from '@koko/web/shared/data-access-graphql/catalogue';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

export type ProgrammeModule = CatalogueProgrammeModuleFieldsFragment;
export type ProgrammeModuleUpdate = UpdateProgrammeModuleInput;

/** The five modules of the certified programme (admin view and edits). */
@Injectable({ providedIn: 'root' })
export class ProgrammeAdminService {
  private readonly apollo = inject(Apollo);

  modules(): Observable<ProgrammeModule[]> {
    return this.apollo
      .query({ query: CatalogueProgrammeModulesDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).programmeModules));
  }

  async update(input: ProgrammeModuleUpdate): Promise<ProgrammeModule> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: UpdateProgrammeModuleDocument, variables: { input } }));
    return dataOf(result).updateProgrammeModule;
  }
}
