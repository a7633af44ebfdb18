import type { CredentialVerification, PublicCertificate } from '@koko/web/certificates/data-access';

/** What one check (by code, by number and surname, by file, or a digital credential) found, as the page shows it. */
export type LookupResult =
  | { kind: 'loading' }
  | { kind: 'found'; certificate: PublicCertificate }
  | { kind: 'notFound' }
  | { kind: 'error'; message: string }
  | { kind: 'file'; original: boolean; certificate: PublicCertificate | null }
  | { kind: 'credential'; check: CredentialVerification };
