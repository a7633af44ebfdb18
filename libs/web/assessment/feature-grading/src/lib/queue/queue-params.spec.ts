import { countOf, slugOfState, stateFromSlug } from './queue-params';

describe('queue parameters', () => {
  it('defaults to what waits for grading', () => {
    expect(stateFromSlug(undefined)).toBe('SUBMITTED');
    expect(stateFromSlug('')).toBe('SUBMITTED');
    expect(stateFromSlug('unbekannt')).toBe('SUBMITTED');
    expect(stateFromSlug('toString')).toBe('SUBMITTED');
  });

  it('maps German slugs to states and back', () => {
    expect(stateFromSlug('ueberarbeitung')).toBe('REVISION_REQUESTED');
    expect(stateFromSlug('nicht-bestanden')).toBe('FAILED');
    expect(stateFromSlug('alle')).toBeNull();
    expect(slugOfState('PASSED')).toBe('bestanden');
    expect(slugOfState(null)).toBe('alle');
  });

  it('reads the per-state counts, all of them for "all"', () => {
    const counts = { submitted: 3, passed: 2, revisionRequested: 1, failed: 4 };
    expect(countOf(counts, 'SUBMITTED')).toBe(3);
    expect(countOf(counts, 'REVISION_REQUESTED')).toBe(1);
    expect(countOf(counts, null)).toBe(10);
    expect(countOf(null, 'FAILED')).toBe(0);
  });
});
