import { CertificateState } from '../certificate.entity';
import { certificateStatus, CertificateStatus } from './enrolment-certificate.resolver';

describe('certificateStatus (what Mein Weg says about the certificate)', () => {
  const issuedAt = new Date('2026-06-30T10:00:00Z');
  const revokedAt = new Date('2026-07-02T10:00:00Z');

  it('is "not yet" while modules are open, "to be issued" once all are complete', () => {
    expect(certificateStatus(false, null).status).toBe(CertificateStatus.NOT_YET);
    expect(certificateStatus(true, null)).toEqual({ status: CertificateStatus.TO_BE_ISSUED, issuedAt: null, revokedAt: null });
  });

  it('is "issued" with the day when a valid certificate exists', () => {
    expect(certificateStatus(true, { state: CertificateState.VALID, issuedAt, revokedAt: null })).toEqual({ status: CertificateStatus.ISSUED, issuedAt, revokedAt: null });
  });

  it('is "revoked" when the latest certificate was revoked, even if the modules are still complete', () => {
    expect(certificateStatus(true, { state: CertificateState.REVOKED, issuedAt, revokedAt })).toEqual({ status: CertificateStatus.REVOKED, issuedAt, revokedAt });
  });
});
