import { batchFinished, batchPercent, canIssue, type CertificateCandidate, type CertificateRecord, countCertificates, openModulePositions, sortCandidates } from './cohort-certificates';

function certificate(overrides: Partial<CertificateRecord> = {}): CertificateRecord {
  return {
    id: 'c1',
    number: 'KOKO-2026-000001',
    state: 'VALID',
    issuedAt: '2026-11-25T10:00:00.000Z',
    sha256: 'a'.repeat(64),
    downloadUrl: '/api/certificates/c1.pdf',
    verificationCode: 'code1',
    printedName: 'Anna Müller',
    ...overrides,
  };
}

function candidate(name: string, options: { eligible?: boolean; current?: CertificateRecord | null; complete?: number[]; email?: string } = {}): CertificateCandidate {
  const complete = options.complete ?? [1, 2, 3, 4, 5];
  return {
    eligible: options.eligible ?? false,
    current: options.current ?? null,
    history: options.current ? [options.current] : [],
    enrolment: {
      id: `e-${name}`,
      state: 'ADMITTED',
      participant: { id: `u-${name}`, displayName: name, email: options.email ?? `${name.toLowerCase()}@example.org` },
      municipality: { id: 'k1', name: 'Kleve' },
      progress: {
        enrolmentId: `e-${name}`,
        completedModules: complete.length,
        modules: [5, 3, 1, 2, 4].map((position) => ({ moduleId: `m${position}`, position, status: complete.includes(position) ? 'COMPLETE' : 'IN_PROGRESS' })),
      },
    },
  };
}

describe('cohort certificates', () => {
  it('can issue only for eligible participants without a valid certificate', () => {
    expect(canIssue(candidate('A', { eligible: true }))).toBe(true);
    expect(canIssue(candidate('B', { eligible: true, current: certificate() }))).toBe(false);
    expect(canIssue(candidate('C', { eligible: false }))).toBe(false);
  });

  it('names the open modules in order', () => {
    expect(openModulePositions(candidate('A', { complete: [1, 3] }))).toEqual([2, 4, 5]);
    expect(openModulePositions(candidate('B'))).toEqual([]);
  });

  it('counts participants, eligible, issuable and valid certificates', () => {
    const all = [candidate('A', { eligible: true }), candidate('B', { eligible: true, current: certificate() }), candidate('C')];
    expect(countCertificates(all)).toEqual({ participants: 3, eligible: 2, issuable: 1, valid: 1 });
  });

  it('sorts by name with the locale’s collation, then by e-mail', () => {
    const sorted = sortCandidates([candidate('Żółć'), candidate('Çelik'), candidate('Anna', { email: 'b@x' }), candidate('anna', { email: 'a@x' })], 'de-DE');
    expect(sorted.map((c) => c.enrolment.participant.email)).toEqual(['a@x', 'b@x', 'çelik@example.org', 'żółć@example.org']);
  });

  it('measures batch progress by issued plus failed', () => {
    expect(batchPercent({ total: 4, done: 1, failed: 1 })).toBe(50);
    expect(batchPercent({ total: 3, done: 1, failed: 0 })).toBe(33);
    expect(batchPercent({ total: 0, done: 0, failed: 0 })).toBe(100);
    expect(batchFinished({ state: 'running' })).toBe(false);
    expect(batchFinished({ state: 'finished' })).toBe(true);
  });
});
