import { inject, Injectable } from '@angular/core';
import { dataOf } from '@koko/web/shared/data-access-graphql';
import {
  EnrolmentMunicipalityOptionsDocument,
  type EnrolmentMunicipalityOptionsQuery,
} from '@koko/web/shared/data-access-graphql/enrolment';
import { Apollo } from 'apollo-angular';
import { map, type Observable } from 'rxjs';

export type MunicipalityOption = EnrolmentMunicipalityOptionsQuery['municipalities']['items'][number];

export interface MunicipalityMatches {
  items: MunicipalityOption[];
  total: number;
}

/** How many suggestions the autocomplete shows at once (the full list has about 430 entries). */
export const MUNICIPALITY_SUGGESTIONS = 20;

/** Server-side search over the NRW municipalities for autocompletes. */
@Injectable({ providedIn: 'root' })
export class MunicipalityOptionsService {
  private readonly apollo = inject(Apollo);

  search(term: string): Observable<MunicipalityMatches> {
    return this.apollo
      .query({
        query: EnrolmentMunicipalityOptionsDocument,
        variables: { search: term.trim() || undefined, limit: MUNICIPALITY_SUGGESTIONS },
        fetchPolicy: 'cache-first',
      })
      .pipe(
        map((result) => dataOf(result).municipalities),
      );
  }
}
