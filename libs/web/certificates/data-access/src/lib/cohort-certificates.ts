import type {
  CertificateBatchQuery,
  CertificateCohortQuery,
  CertificateFieldsFragment,
} from '@koko/web/shared/data-access-graphql/certificates';

export type CertificateCohort = CertificateCohortQuery['cohort'];
export type CertificateCandidate = CertificateCohortQuery['cohortCertificates'][number];
export type CertificateRecord = CertificateFieldsFragment;
export type CertificateBatchProgress = CertificateBatchQuery['certificateBatch'];

/** What the admin page needs about one cohort: its name and dates, and every participant with their certificates. */
export interface CohortCertificates {
  cohort: CertificateCohort;
  candidates: CertificateCandidate[];
}

/** Eligible (all five modules complete) and without a valid certificate: the ones an admin can issue for. */
export function canIssue(candidate: CertificateCandidate): boolean {
  return candidate.eligible && !candidate.current;
}

/** Positions of the modules still missing, ascending – the reason a participant is not eligible yet. */
export function openModulePositions(candidate: CertificateCandidate): number[] {
  return candidate.enrolment.progress.modules
    .filter((m) => m.status !== 'COMPLETE')
    .map((m) => m.position)
    .sort((a, b) => a - b);
}

export interface CertificateCounts {
  participants: number;
  eligible: number;
  /** Eligible without a valid certificate. */
  issuable: number;
  valid: number;
}

export function countCertificates(candidates: readonly CertificateCandidate[]): CertificateCounts {
  return {
    participants: candidates.length,
    eligible: candidates.filter((c) => c.eligible).length,
    issuable: candidates.filter(canIssue).length,
    valid: candidates.filter((c) => c.current?.state === 'VALID').length,
  };
}

/** Display order: name, then e-mail (stable for equal names); the API returns enrolments unordered. */
export function sortCandidates(candidates: readonly CertificateCandidate[], locale: string): CertificateCandidate[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...candidates].sort(
    (a, b) =>
      collator.compare(a.enrolment.participant.displayName, b.enrolment.participant.displayName) ||
      collator.compare(a.enrolment.participant.email, b.enrolment.participant.email),
  );
}

/** Share of a batch already worked through (issued or failed), 0–100; an empty batch is complete. */
export function batchPercent(batch: Pick<CertificateBatchProgress, 'total' | 'done' | 'failed'>): number {
  if (batch.total <= 0) return 100;
  return Math.min(100, Math.round(((batch.done + batch.failed) * 100) / batch.total));
}

/** Worked through: nothing more will happen unless an admin starts something. */
export function batchFinished(batch: Pick<CertificateBatchProgress, 'state'>): boolean {
  return batch.state === 'finished';
}

/** Stopped by a failure outside a single certificate (`failureReason`); it can be retried. */
export function batchFailed(batch: Pick<CertificateBatchProgress, 'state'>): boolean {
  return batch.state === 'failed';
}

/** Finished or failed: polling stops. */
export function batchEnded(batch: Pick<CertificateBatchProgress, 'state'>): boolean {
  return batchFinished(batch) || batchFailed(batch);
}
