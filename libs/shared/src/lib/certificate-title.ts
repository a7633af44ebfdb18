/** The title printed on the certificate, as the holder chose it (profile); the inclusive form unless they chose otherwise. */
export enum CertificateTitle {
  FEMININE = 'konfliktmanagerin',
  MASCULINE = 'konfliktmanager',
  INCLUSIVE = 'konfliktmanager_in',
}

export const DEFAULT_CERTIFICATE_TITLE = CertificateTitle.INCLUSIVE;

/** The printed words; German on every certificate (the document is German). */
export const CERTIFICATE_TITLE_TEXT: Record<CertificateTitle, string> = {
  [CertificateTitle.FEMININE]: 'Konfliktmanagerin',
  [CertificateTitle.MASCULINE]: 'Konfliktmanager',
  [CertificateTitle.INCLUSIVE]: 'Konfliktmanager:in',
};
