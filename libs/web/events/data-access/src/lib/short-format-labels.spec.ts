import { eventPhase, nextMonths } from './short-format-labels';

describe('nextMonths', () => {
  it('counts months in Berlin time across the year end', () => {
    // 23:30 UTC on 31 December is already January in Berlin.
    expect(nextMonths(new Date('2026-12-31T23:30:00Z'), 3)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(nextMonths(new Date('2026-11-15T12:00:00Z'), 3)).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});

describe('eventPhase', () => {
  const event = { startsAt: '2026-12-02T09:00:00Z', endsAt: '2026-12-02T11:00:00Z' };

  it('is upcoming before the start, running from the start and over from the end', () => {
    expect(eventPhase(event, new Date('2026-12-02T08:59:59Z'))).toBe('upcoming');
    expect(eventPhase(event, new Date('2026-12-02T09:00:00Z'))).toBe('running');
    expect(eventPhase(event, new Date('2026-12-02T10:59:59Z'))).toBe('running');
    expect(eventPhase(event, new Date('2026-12-02T11:00:00Z'))).toBe('over');
  });
});
