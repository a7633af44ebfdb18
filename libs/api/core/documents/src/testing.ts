/** Test helpers (never bundled): read an issued PDF back like a verifier. */
export { collapseWhitespace, fakeSignaturePng, readCertificatePdf, readCertificatePdfs } from './lib/testing/read-certificate-pdf';
export type { CertificatePdfContent } from './lib/testing/read-certificate-pdf';
export { PDF_SPEC_TIMEOUT_MS, sha256Hex } from './lib/testing/pdf-spec-setup';
export { pdfXmp, popplerAttachments, popplerInfo, popplerStructure, structureAltTexts } from './lib/testing/archival-pdf-reader';
