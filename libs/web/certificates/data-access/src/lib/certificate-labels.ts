import type { RevocationReason } from '@koko/web/shared/data-access-graphql';
import type { TranslationKey } from '@koko/web/shared/util';

/** The reasons an admin can give for a revocation, in the order the dialog offers them. */
export const REVOCATION_REASONS: readonly RevocationReason[] = ['ISSUED_IN_ERROR', 'REQUIREMENTS_NOT_MET', 'MISCONDUCT', 'OTHER'];

/** Dictionary key of a revocation reason category. */
export function revocationReasonKey(reason: RevocationReason): TranslationKey {
  return `certificates.reason.${reason}`;
}
