export * from './lib/certificates.module';
export * from './lib/certificate.entity';
export { CertificateIssuerService } from './lib/issuing/certificate-issuer.service';
export { VerifiableDocuments, VerifiedDocumentKind } from './lib/verification/verifiable-documents';
export type { ForeignDocumentView, VerifiableDocumentSource } from './lib/verification/verifiable-documents';
export * from './lib/document';
