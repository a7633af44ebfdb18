import { inject, Injectable } from '@angular/core';
import {
  dataOf,
  type CreateMunicipalityInput,
  type MunicipalityKind,
  type UpdateMunicipalityInput,
} from '@koko/web/shared/data-access-graphql';
import {
  CatalogueMunicipalitiesDocument,
  type CatalogueMunicipalitiesQuery,
  type CatalogueMunicipalitiesQueryVariables,
  type CatalogueMunicipalityFieldsFragment,
  CreateMunicipalityDocument,
  ImportMunicipalitiesDocument,
  type ImportMunicipalitiesMutation,
  UpdateMunicipalityDocument,
} from '@koko/web/shared/data-access-graphql/catalogue';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

export type Municipality = CatalogueMunicipalityFieldsFragment;
export type MunicipalityPage = CatalogueMunicipalitiesQuery['municipalities'];
export type MunicipalityListQuery = CatalogueMunicipalitiesQueryVariables;
export type MunicipalityImportResult = ImportMunicipalitiesMutation['importMunicipalities'];
export type { CreateMunicipalityInput, MunicipalityKind, UpdateMunicipalityInput };

export const MUNICIPALITY_KINDS: readonly MunicipalityKind[] = ['KREISFREIE_STADT', 'KREIS', 'KREISANGEHOERIGE_GEMEINDE'];
/** The five administrative districts of NRW, as the API spells them. */
export const REGIERUNGSBEZIRKE: readonly string[] = ['Arnsberg', 'Detmold', 'Düsseldorf', 'Köln', 'Münster'];

/** Municipalities and Kreise of NRW: list, edit, add, CSV import. */
@Injectable({ providedIn: 'root' })
export class MunicipalitiesAdminService {
  private readonly apollo = inject(Apollo);

  list(variables: MunicipalityListQuery): Observable<MunicipalityPage> {
    return this.apollo
      .query({ query: CatalogueMunicipalitiesDocument, variables, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).municipalities));
  }

  async create(input: CreateMunicipalityInput): Promise<Municipality> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: CreateMunicipalityDocument, variables: { input } }));
    return dataOf(result).createMunicipality;
  }

  async update(input: UpdateMunicipalityInput): Promise<Municipality> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: UpdateMunicipalityDocument, variables: { input } }));
    return dataOf(result).updateMunicipality;
  }

  /** All rows or none: a refused file comes back with `ok: false` and every problem with its line. */
  async importCsv(file: Blob): Promise<MunicipalityImportResult> {
    const fileBase64 = await toBase64(file);
    const result = await firstValueFrom(this.apollo.mutate({ mutation: ImportMunicipalitiesDocument, variables: { input: { fileBase64 } } }));
    return dataOf(result).importMunicipalities;
  }
}

/** The file's bytes as base64 (without the data-URL prefix). */
export async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
