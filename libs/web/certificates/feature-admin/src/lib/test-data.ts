import type { CertificateCandidate, CertificateRecord, CohortCertificates } from '@koko/web/certificates/data-access';

export function certificate(overrides: Partial<CertificateRecord> = {}): CertificateRecord {
  return {
    id: 'c1',
    number: 'KOKO-2026-000001',
    state: 'VALID',
    issuedAt: '2026-11-25T10:00:00.000Z',
    sha256: 'a'.repeat(64),
    downloadUrl: '/api/certificates/c1.pdf',
    verificationCode: 'code1',
    printedName: 'Anna Müller',
    revokedAt: null,
    revocationReason: null,
    revocationNote: null,
    supersedesId: null,
    supersededById: null,
    reissueReason: null,
    ...overrides,
  };
}

export function candidate(id: string, name: string, options: { eligible?: boolean; current?: CertificateRecord | null; history?: CertificateRecord[]; complete?: number } = {}): CertificateCandidate {
  const complete = options.complete ?? (options.eligible ? 5 : 3);
  return {
    eligible: options.eligible ?? false,
    current: options.current ?? null,
    history: options.history ?? (options.current ? [options.current] : []),
    enrolment: {
      id,
      state: 'ADMITTED',
      participant: { id: `u-${id}`, displayName: name, email: `${id}@example.org` },
      municipality: { id: 'k1', name: 'Kleve' },
      progress: {
        enrolmentId: id,
        completedModules: complete,
        modules: [1, 2, 3, 4, 5].map((position) => ({ moduleId: `m${position}`, position, status: position <= complete ? 'COMPLETE' : 'IN_PROGRESS' })),
      },
    },
  };
}

export function cohortData(candidates: CertificateCandidate[]): CohortCertificates {
  return { cohort: { id: 'co1', name: 'KoKo II – Durchgang 2026', startsOn: '2026-08-17', endsOn: '2027-04-24', autoIssueCertificates: false }, candidates };
}
