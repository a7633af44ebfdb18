import { inject, Injectable } from '@angular/core';
import { dataOf } from '@koko/web/shared/data-access-graphql';
import {
  CertificateBatchDocument,
  CertificateCohortDocument,
  CertificateIssueDocument,
  CertificateIssueManyDocument,
  CertificateReissueDocument,
  CertificateRetryBatchDocument,
  type CertificateReissueMutationVariables,
  CertificateRevokeDocument,
  type CertificateRevokeMutationVariables,
  CertificateSetAutoIssueDocument,
  CertificatesToIssueDocument,
} from '@koko/web/shared/data-access-graphql/certificates';
import { Apollo } from 'apollo-angular';
import { exhaustMap, firstValueFrom, map, type Observable, takeWhile, timer } from 'rxjs';
import { batchEnded, type CertificateBatchProgress, type CertificateRecord, type CohortCertificates } from './cohort-certificates';

export type RevokeCertificateInput = CertificateRevokeMutationVariables['input'];
export type ReissueCertificateInput = CertificateReissueMutationVariables['input'];

/** How often the admin page asks for a running batch's progress. */
export const BATCH_POLL_MS = 1000;

/** Admins: a cohort's certificates – issue one or many, revoke, reissue, automatic issuing. */
@Injectable({ providedIn: 'root' })
export class CertificatesAdminService {
  private readonly apollo = inject(Apollo);

  cohort(cohortId: string): Observable<CohortCertificates> {
    return this.apollo.query({ query: CertificateCohortDocument, variables: { cohortId }, fetchPolicy: 'network-only' }).pipe(
      map((result) => {
        const data = dataOf(result);
        return { cohort: data.cohort, candidates: data.cohortCertificates };
      }),
    );
  }

  /** Cohorts that have begun with graduates still to be certified, and how many (one request for all cohorts). */
  toIssue(): Observable<{ cohortId: string; cohortName: string; count: number }[]> {
    return this.apollo.query({ query: CertificatesToIssueDocument, fetchPolicy: 'network-only' }).pipe(map((result) => dataOf(result).certificatesToIssue));
  }

  async issue(enrolmentId: string): Promise<CertificateRecord> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: CertificateIssueDocument, variables: { enrolmentId } }));
    return dataOf(result).issueCertificate;
  }

  /** Starts a background batch; without ids, for every eligible participant who has no certificate yet. */
  async issueMany(cohortId: string, enrolmentIds?: string[]): Promise<CertificateBatchProgress> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CertificateIssueManyDocument, variables: { input: { cohortId, enrolmentIds: enrolmentIds ?? null } } }),
    );
    return dataOf(result).issueCertificates;
  }

  batch(id: string): Observable<CertificateBatchProgress> {
    return this.apollo
      .query({ query: CertificateBatchDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).certificateBatch));
  }

  /** The batch's progress every `periodMs` (never two requests at once), completing after the finished or failed state. */
  watchBatch(id: string, periodMs = BATCH_POLL_MS): Observable<CertificateBatchProgress> {
    return timer(periodMs, periodMs).pipe(
      exhaustMap(() => this.batch(id)),
      takeWhile((batch) => !batchEnded(batch), true),
    );
  }

  /** Queues a failed batch again; it continues after the last participant it counted. */
  async retryBatch(id: string): Promise<CertificateBatchProgress> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: CertificateRetryBatchDocument, variables: { id } }));
    return dataOf(result).retryCertificateBatch;
  }

  async revoke(input: RevokeCertificateInput): Promise<CertificateRecord> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: CertificateRevokeDocument, variables: { input } }));
    return dataOf(result).revokeCertificate;
  }

  async reissue(input: ReissueCertificateInput): Promise<CertificateRecord> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: CertificateReissueDocument, variables: { input } }));
    return dataOf(result).reissueCertificate;
  }

  async setAutoIssue(cohortId: string, enabled: boolean): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: CertificateSetAutoIssueDocument, variables: { cohortId, enabled } }));
  }
}

/** Every valid certificate of a cohort as one ZIP (served by the API; admins only, needs the session cookie). */
export function cohortCertificatesZipPath(cohortId: string): string {
  return `/api/cohorts/${encodeURIComponent(cohortId)}/certificates.zip`;
}
