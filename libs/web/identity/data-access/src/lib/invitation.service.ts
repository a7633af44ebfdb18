import { inject, Injectable } from '@angular/core';
import { dataOf } from '@koko/web/shared/data-access-graphql/core';
import { InvitationDocument, type InvitationQuery } from '@koko/web/shared/data-access-graphql/identity';
import { Apollo } from 'apollo-angular';
import { map, type Observable } from 'rxjs';

export type InvitationInfo = InvitationQuery['invitation'];

/** Reads an invitation by its token (public). */
@Injectable({ providedIn: 'root' })
export class InvitationService {
  private readonly apollo = inject(Apollo);

  get(token: string): Observable<InvitationInfo> {
    return this.apollo
      .query({ query: InvitationDocument, variables: { token }, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).invitation));
  }
}
