export const CertificateEvents = {
  Issued: 'certificate.issued',
  Revoked: 'certificate.revoked',
  Reissued: 'certificate.reissued',
  Downloaded: 'certificate.downloaded',
} as const;

export interface CertificateEventBase {
  certificateId: string;
  number: string;
  cohortId: string | null;
  /** The account the certificate belongs to; mail goes there unless the account is anonymised. */
  holderId: string | null;
  /** The name printed on the certificate (a fact of the certificate, not of the account). */
  printedName: string;
  actorId: string | null;
}

export interface CertificateIssuedEvent extends CertificateEventBase {
  /** The printed title, as the holder chose it (e.g. "Konfliktmanagerin"). */
  certificateTitle: string;
  verificationUrl: string;
  dashboardUrl: string;
  /** Issued automatically when the last module completed. */
  automatic: boolean;
}

export interface CertificateRevokedEvent extends CertificateEventBase {
  reason: string;
  note: string | null;
  revokedAt: string;
}

export interface CertificateReissuedEvent extends CertificateEventBase {
  previousId: string;
  previousNumber: string;
  reason: string;
  printedNameBefore: string;
  printedNameAfter: string;
}

export interface CertificateDownloadedEvent {
  actorId: string;
  cohortId: string | null;
  certificateIds: string[];
  /** The holder when one certificate was downloaded (null for a cohort's ZIP or an anonymised holder). */
  holderId: string | null;
  kind: 'pdf' | 'zip';
}
