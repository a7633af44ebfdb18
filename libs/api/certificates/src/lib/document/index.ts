export type {
  CertificateDocumentData,
  CertificateLocale,
  CertificateModuleLine,
  CertificateSignatory,
} from './certificate-document-data';
export { certificateCredentialFileName, renderCertificate } from './render-certificate';
export type { RenderCertificateOptions } from './render-certificate';
export {
  CERTIFICATE_TEMPLATES,
  DEFAULT_CERTIFICATE_PLACE,
  DEFAULT_CERTIFICATE_TIME_ZONE,
  formatCertificateDate,
  formatCertificateHours,
  formatCertificateLongDate,
  renderCertificateTexts,
} from './certificate-template';
export type { CertificateTemplateSet, CertificateTexts, CertificateTextOptions } from './certificate-template';
export { exampleCertificateData } from './certificate-example';
