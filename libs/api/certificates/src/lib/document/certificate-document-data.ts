/** One module line of the certificate, as issued (snapshot, never re-read from the catalogue). */
export interface CertificateModuleLine {
  /** 1-based position in the programme; modules are printed in this order. */
  position: number;
  title: string;
  workloadHours: number;
  /** The day the participant completed the module. */
  completedOn: Date;
  /** Free-text dates of the module's sessions as they are to be printed, e.g. "12.–13.03.2026". */
  dates?: string;
}

export interface CertificateSignatory {
  name: string;
  /** Function printed under the name, e.g. "Präsidentin der Hochschule Niederrhein". */
  role: string;
  /** Optional scanned signature (PNG, transparent or white background), placed above the line. */
  signaturePng?: Buffer;
}

export type CertificateLocale = 'de' | 'en';

/**
 * Everything printed on a certificate. The renderer is a pure function of this object (and the
 * font files): the same data gives byte-identical PDFs.
 */
export interface CertificateDocumentData {
  /** e.g. "KOKO-2026-000042" */
  number: string;
  /** e.g. "https://campus.example.de/verify/<code>"; encoded in the QR code and printed under it. */
  verificationUrl: string;
  /** The participant's name exactly as it is to be printed. */
  printedName: string;
  issuedOn: Date;
  locale: CertificateLocale;
  /** e.g. "KoKo II – Kommunales Konfliktmanagement fördern" */
  programmeTitle: string;
  /** e.g. "Konfliktmanager:in" */
  certificateTitle: string;
  /** e.g. "Hochschule Niederrhein" */
  issuer: string;
  modules: CertificateModuleLine[];
  totalWorkloadHours: number;
  signatories: CertificateSignatory[];
  /** Place printed before the issue date ("Krefeld, den 15. März 2026"). Default: "Krefeld". */
  place?: string;
  /** The signed credential (JSON) of the certificate, carried inside the PDF as an associated file. */
  credentialJson?: string;
}
