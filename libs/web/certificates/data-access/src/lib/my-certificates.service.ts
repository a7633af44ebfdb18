import { inject, Injectable } from '@angular/core';
import { dataOf } from '@koko/web/shared/data-access-graphql';
import {
  CertificateMineDocument,
  type CertificateMineQuery,
  CertificateReissueWithCredentialDocument,
} from '@koko/web/shared/data-access-graphql/certificates';
import { Apollo } from 'apollo-angular';
import { map, type Observable } from 'rxjs';

export type MyCertificate = CertificateMineQuery['myCertificates'][number];

/** The signed-in participant's own certificates, newest first (all states). */
@Injectable({ providedIn: 'root' })
export class MyCertificatesService {
  private readonly apollo = inject(Apollo);

  list(): Observable<MyCertificate[]> {
    return this.apollo
      .query({ query: CertificateMineDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).myCertificates));
  }

  /** Reissues a certificate issued before digital credentials existed, with one; answers the new number. */
  reissueWithCredential(id: string): Observable<string> {
    return this.apollo
      .mutate({ mutation: CertificateReissueWithCredentialDocument, variables: { id } })
      .pipe(map((result) => dataOf(result).reissueCertificateWithCredential.number));
  }
}
