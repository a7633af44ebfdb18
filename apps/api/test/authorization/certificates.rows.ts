import { Role } from '@koko/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import { Row } from './matrix';

/** Certificates: issuing, revoking, verifying (issue 6). */
export const CERTIFICATE_ROWS: Row[] = [
  // Certificates (issue 6)
  {
    operation: 'cohortCertificates',
    kind: 'query',
    document: `query($id: ID!) { cohortCertificates(cohortId: $id) { eligible } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'certificatesToIssue',
    kind: 'query',
    document: `{ certificatesToIssue { cohortId count } }`,
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
  {
    operation: 'issueCertificate',
    kind: 'mutation',
    document: `mutation($id: ID!) { issueCertificate(enrolmentId: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'ENROLMENT_NOT_FOUND',
  },
  {
    operation: 'issueCertificates',
    kind: 'mutation',
    document: `mutation($input: IssueCertificatesInput!) { issueCertificates(input: $input) { id } }`,
    variables: () => ({ input: { cohortId: randomUUID(), enrolmentIds: [randomUUID()] } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'certificateBatch',
    kind: 'query',
    document: `query($id: ID!) { certificateBatch(id: $id) { id done } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'BATCH_NOT_FOUND',
  },
  {
    operation: 'retryCertificateBatch',
    kind: 'mutation',
    document: `mutation($id: ID!) { retryCertificateBatch(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'BATCH_NOT_FOUND',
  },
  {
    operation: 'revokeCertificate',
    kind: 'mutation',
    document: `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id } }`,
    variables: () => ({ input: { certificateId: randomUUID(), reason: 'ISSUED_IN_ERROR', note: null } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'CERTIFICATE_NOT_FOUND',
  },
  {
    operation: 'reissueCertificate',
    kind: 'mutation',
    document: `mutation($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { id } }`,
    variables: () => ({ input: { certificateId: randomUUID(), printedName: 'Eva Korrigiert', reason: 'Name korrigiert' } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'CERTIFICATE_NOT_FOUND',
  },
  {
    operation: 'reissueCertificateWithCredential',
    kind: 'mutation',
    document: `mutation($id: ID!) { reissueCertificateWithCredential(certificateId: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    // The holder or an admin; everyone else's certificates read as not found (certificates/credentials.int-spec.ts).
    audience: 'signed-in',
    allowedOutcome: 'CERTIFICATE_NOT_FOUND',
  },
  {
    operation: 'setCohortAutoIssue',
    kind: 'mutation',
    document: `mutation($id: ID!) { setCohortAutoIssue(cohortId: $id, enabled: true) }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'myCertificates',
    kind: 'query',
    document: `{ myCertificates { id number } }`,
    audience: 'signed-in',
    allowedOutcome: 'data',
  },
  {
    operation: 'verifyCertificate',
    kind: 'query',
    document: `query($code: String!) { verifyCertificate(code: $code) { state } }`,
    // A well-formed code nobody was issued.
    variables: () => ({ code: randomBytes(32).toString('base64url') }),
    audience: 'anonymous',
    allowedOutcome: 'null',
  },
  {
    operation: 'findCertificate',
    kind: 'query',
    document: `query($input: FindCertificateInput!) { findCertificate(input: $input) { state } }`,
    variables: () => ({ input: { number: 'KOKO-2026-999999', surname: 'Niemand' } }),
    audience: 'anonymous',
    allowedOutcome: 'null',
  },
  {
    operation: 'verifyCertificateFile',
    kind: 'mutation',
    document: `mutation($input: VerifyFileInput!) { verifyCertificateFile(input: $input) { original } }`,
    // A PDF that was never issued here: { original: false }.
    variables: () => ({ input: { fileBase64: Buffer.from(`%PDF-1.4\n% ${randomUUID()}\n%%EOF\n`).toString('base64') } }),
    audience: 'anonymous',
    allowedOutcome: 'data',
  },
  {
    operation: 'verifyCredential',
    kind: 'mutation',
    document: `mutation($input: VerifyCredentialInput!) { verifyCredential(input: $input) { verified issuedHere } }`,
    // A credential of another issuer: reported as foreign, not checked.
    variables: () => ({ input: { json: JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], issuer: `did:web:${randomUUID()}.example` }) } }),
    audience: 'anonymous',
    allowedOutcome: 'data',
  },
];
