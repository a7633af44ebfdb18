export * from './lib/certificate-fonts';
export * from './lib/certificate-page';
export * from './lib/document-dates';
export * from './lib/qr-png';
export * from './lib/verifiable-documents';
