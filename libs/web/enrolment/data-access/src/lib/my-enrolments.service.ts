import { inject, Injectable } from '@angular/core';
import { dataOf } from '@koko/web/shared/data-access-graphql';
import { MyEnrolmentsDocument, type MyEnrolmentsQuery, WithdrawEnrolmentDocument } from '@koko/web/shared/data-access-graphql/enrolment';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

export type MyEnrolment = MyEnrolmentsQuery['myEnrolments'][number];

/** The signed-in participant's own applications and enrolments. */
@Injectable({ providedIn: 'root' })
export class MyEnrolmentsService {
  private readonly apollo = inject(Apollo);

  list(): Observable<MyEnrolment[]> {
    return this.apollo.query({ query: MyEnrolmentsDocument, fetchPolicy: 'network-only' }).pipe(
      map((result) => dataOf(result).myEnrolments),
    );
  }

  async withdraw(enrolmentId: string, reason?: string): Promise<void> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: WithdrawEnrolmentDocument, variables: { input: { enrolmentId, reason: reason?.trim() || undefined } } }),
    );
    if (result.error) throw result.error;
  }
}
