import { CertificateIssuerService } from '@koko/api/certificates';
import { TestApp } from '../test-app';

/**
 * A certificate issued by the app's own issuer (number, stored PDF, verification code), for tests
 * whose subject is what comes after issuing. The enrolment must be eligible (see completeModules).
 */
export async function createCertificate(t: TestApp, enrolmentId: string): Promise<{ id: string; number: string; verificationCode: string }> {
  const c = await t.app.get(CertificateIssuerService).issue(enrolmentId, null);
  return { id: c.id, number: c.number, verificationCode: c.verificationCode };
}
