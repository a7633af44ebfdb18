import { inject, Injectable } from '@angular/core';
import { dataOf } from '@koko/web/shared/data-access-graphql';
import {
  CertificateFindDocument,
  type CertificatePublicFieldsFragment,
  CertificateVerifyCredentialDocument,
  type CertificateVerifyCredentialMutation,
  CertificateVerifyDocument,
  CertificateVerifyFileDocument,
  type CertificateVerifyFileMutation,
} from '@koko/web/shared/data-access-graphql/certificates';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { readFileAsBase64 } from './file-base64';

export type PublicCertificate = CertificatePublicFieldsFragment;
export type FileVerification = CertificateVerifyFileMutation['verifyCertificateFile'];
export type CredentialVerification = CertificateVerifyCredentialMutation['verifyCredential'];

/** Longest credential text the API takes (VerifyCredentialInput). */
export const MAX_CREDENTIAL_CHARS = 200_000;

/** Public verification (no account): by the code of the verification URL, by number and surname, or by the PDF itself. */
@Injectable({ providedIn: 'root' })
export class CertificateVerificationService {
  private readonly apollo = inject(Apollo);

  /** Null when no certificate has this code. */
  async byCode(code: string): Promise<PublicCertificate | null> {
    const result = await firstValueFrom(this.apollo.query({ query: CertificateVerifyDocument, variables: { code }, fetchPolicy: 'network-only' }));
    return dataOf(result).verifyCertificate ?? null;
  }

  /** Null when number and surname do not belong together. */
  async byNumber(number: string, surname: string): Promise<PublicCertificate | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: CertificateFindDocument, variables: { input: { number, surname } }, fetchPolicy: 'network-only' }),
    );
    return dataOf(result).findCertificate ?? null;
  }

  /** A digital credential (Open Badges JSON), checked by the API: signature, issuer, revocation, dates. */
  async byCredential(json: string): Promise<CredentialVerification> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: CertificateVerifyCredentialDocument, variables: { input: { json } } }));
    return dataOf(result).verifyCredential;
  }

  /** Reads the file here in the browser; the API compares its SHA-256 with the issued originals. */
  async byFile(file: Blob): Promise<FileVerification> {
    const fileBase64 = await readFileAsBase64(file);
    const result = await firstValueFrom(this.apollo.mutate({ mutation: CertificateVerifyFileDocument, variables: { input: { fileBase64 } } }));
    return dataOf(result).verifyCertificateFile;
  }
}
