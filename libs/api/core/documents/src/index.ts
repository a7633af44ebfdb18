export * from './lib/certificate-fonts';
export * from './lib/certificate-page';
export * from './lib/document-dates';
export * from './lib/qr-code';
export * from './lib/verifiable-documents';
export * from './lib/issued-documents';
export * from './lib/archival-pdf';
export * from './lib/seal';
