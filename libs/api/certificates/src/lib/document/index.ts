export type {
  CertificateDocumentData,
  CertificateLocale,
  CertificateModuleLine,
  CertificateSignatory,
} from './certificate-document-data';
export { renderCertificate } from './render-certificate';
export { qrCodePng } from './qr-png';
export type { QrPngOptions } from './qr-png';
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
export { CERTIFICATE_FONT_FILES, defaultCertificateFontDir } from './certificate-fonts';
export { exampleCertificateData } from './certificate-example';
export {
  centeredBlock,
  CONTENT_WIDTH,
  embeddedPageFonts,
  fitFontSize,
  FOOTER,
  MARGIN_X,
  onePagePdf,
  PAGE,
  PAGE_COLOR,
  PAGE_FONT,
  pageFooter,
  pageFrame,
  verificationQrPng,
} from './certificate-page';
export type { BlockStyle, CertificatePdf, FooterTexts, OnePagePdfOptions, PageFonts } from './certificate-page';
