/** Test helpers of the certificates library (never bundled): read an issued PDF back like a verifier. */
export { collapseWhitespace, readCertificatePdf, readCertificatePdfs } from './lib/document/testing/read-certificate-pdf';
export type { CertificatePdfContent } from './lib/document/testing/read-certificate-pdf';
