export type {
  CertificateDocumentData,
  CertificateLocale,
  CertificateModuleLine,
  CertificateSignatory,
} from './certificate-document-data';
export { certificateCredentialFileName, renderCertificate } from './render-certificate';
export { CertificateRenderPool } from './render-pool';
export { serveCertificateRendering } from './render-worker';
export type { RenderReply, RenderRequest } from './render-worker';

/** File name of the rendering threads' script, built next to the API's main.js (apps/api/webpack.config.js). */
export const CERTIFICATE_RENDERER_SCRIPT = 'certificate-renderer.js';
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
