export * from './lib/cohort-certificates';
export * from './lib/certificates-admin.service';
export * from './lib/my-certificates.service';
export * from './lib/certificate-verification.service';
export * from './lib/certificate-labels';
export * from './lib/file-base64';
export * from './lib/calendar-day';
export type { CertificateState, RevocationReason } from '@koko/web/shared/data-access-graphql';
