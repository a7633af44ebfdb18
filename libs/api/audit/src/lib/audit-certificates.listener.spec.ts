import { CertificateDownloadedEvent, CertificateIssuedEvent, CertificateReissuedEvent, CertificateRevokedEvent } from '@koko/shared';
import { EntityManager } from 'typeorm';
import { AuditListener } from './audit.listener';
import { AuditService } from './audit.service';

describe('AuditListener: certificates', () => {
  const base = {
    certificateId: 'c1',
    number: 'KOKO-2026-000042',
    cohortId: 'k1',
    holderId: 'u1',
    printedName: 'Łukasz Żółć',
    actorId: 'a1',
  };
  const setup = (rows: unknown[] = []) => {
    const append = jest.fn().mockResolvedValue(undefined);
    const query = jest.fn().mockResolvedValue(rows);
    return { append, query, manager: { query } as unknown as EntityManager, listener: new AuditListener({ append } as unknown as AuditService) };
  };

  it('records an issue with number and printed name (no actor when automatic)', async () => {
    const { append, manager, listener } = setup();
    const payload: CertificateIssuedEvent = { ...base, actorId: null, certificateTitle: 'Konfliktmanager:in', verificationUrl: 'http://x/verify/c', dashboardUrl: 'http://x/mein-weg', automatic: true };
    await listener.onCertificateIssued({ payload, manager });
    expect(append).toHaveBeenCalledWith(manager, {
      actorId: null,
      action: 'certificate.issued',
      entityType: 'certificate',
      entityId: 'c1',
      cohortId: 'k1',
      subjectUserId: 'u1',
      before: null,
      after: { state: 'valid', number: 'KOKO-2026-000042', printedName: 'Łukasz Żółć', automatic: true },
    });
  });

  it('records a revocation with reason and note', async () => {
    const { append, manager, listener } = setup();
    const payload: CertificateRevokedEvent = { ...base, reason: 'misconduct', note: 'Plagiat', revokedAt: '2026-03-02T09:30:00.000Z' };
    await listener.onCertificateRevoked({ payload, manager });
    expect(append.mock.calls[0][1]).toMatchObject({
      actorId: 'a1',
      action: 'certificate.revoked',
      entityType: 'certificate',
      entityId: 'c1',
      subjectUserId: 'u1',
      before: { state: 'valid' },
      after: { state: 'revoked', reason: 'misconduct', note: 'Plagiat' },
    });
  });

  it('records a reissue on the new certificate with the old and the new number and name', async () => {
    const { append, manager, listener } = setup();
    const payload: CertificateReissuedEvent = {
      ...base,
      certificateId: 'c2',
      number: 'KOKO-2026-000043',
      previousId: 'c1',
      previousNumber: 'KOKO-2026-000042',
      reason: 'Name korrigiert',
      printedNameBefore: 'Lukasz Zolc',
      printedNameAfter: 'Łukasz Żółć',
    };
    await listener.onCertificateReissued({ payload, manager });
    expect(append.mock.calls[0][1]).toMatchObject({
      action: 'certificate.reissued',
      entityId: 'c2',
      before: { certificateId: 'c1', number: 'KOKO-2026-000042', printedName: 'Lukasz Zolc' },
      after: { number: 'KOKO-2026-000043', printedName: 'Łukasz Żółć', reason: 'Name korrigiert' },
    });
  });

  it('records a PDF download against the certificate and the holder the event names (no read of another domain)', async () => {
    const { append, query, manager, listener } = setup();
    const payload: CertificateDownloadedEvent = { actorId: 'a1', cohortId: 'k1', certificateIds: ['c1'], holderId: 'u1', kind: 'pdf' };
    await listener.onCertificateDownloaded({ payload, manager });
    expect(query).not.toHaveBeenCalled();
    expect(append.mock.calls[0][1]).toEqual({
      actorId: 'a1',
      action: 'certificate.downloaded',
      entityType: 'certificate',
      entityId: 'c1',
      cohortId: 'k1',
      subjectUserId: 'u1',
      before: null,
      after: { kind: 'pdf', certificateIds: ['c1'] },
    });
  });

  it('records a ZIP download against the cohort, listing the certificates', async () => {
    const { append, query, manager, listener } = setup();
    const payload: CertificateDownloadedEvent = { actorId: 'a1', cohortId: 'k1', certificateIds: ['c1', 'c2'], holderId: null, kind: 'zip' };
    await listener.onCertificateDownloaded({ payload, manager });
    expect(query).not.toHaveBeenCalled();
    expect(append.mock.calls[0][1]).toMatchObject({ entityId: 'cohort:k1', subjectUserId: null, after: { kind: 'zip', certificateIds: ['c1', 'c2'] } });
  });
});
