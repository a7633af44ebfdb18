import { inject, Injectable } from '@angular/core';
import { dataOf } from '@koko/web/shared/data-access-graphql/core';
import {
  type DataExportFieldsFragment,
  MyDataExportsDocument,
  RequestDataExportDocument,
} from '@koko/web/shared/data-access-graphql/identity';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type DataExport = DataExportFieldsFragment;

/** Meine Daten: the caller's own data exports. */
@Injectable({ providedIn: 'root' })
export class MyDataService {
  private readonly apollo = inject(Apollo);

  async exports(): Promise<DataExport[]> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: MyDataExportsDocument, fetchPolicy: 'network-only' }))).myDataExports;
  }

  async request(): Promise<DataExport> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: RequestDataExportDocument }))).requestDataExport;
  }
}
