import { canTransition, EnrolmentState, TRANSITIONS } from './enrolment-state';

const S = EnrolmentState;
const ALL = Object.values(S);

describe('enrolment state machine', () => {
  const allowed: [EnrolmentState, EnrolmentState][] = [
    [S.APPLIED, S.ADMITTED],
    [S.APPLIED, S.WAITLISTED],
    [S.APPLIED, S.DECLINED],
    [S.WAITLISTED, S.ADMITTED],
    [S.WAITLISTED, S.DECLINED],
    [S.ADMITTED, S.COMPLETED],
    [S.ADMITTED, S.WITHDRAWN],
  ];

  it.each(allowed)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it('refuses every other pair, including staying in the same state', () => {
    const refused = ALL.flatMap((from) => ALL.map((to) => [from, to] as const)).filter(
      ([from, to]) => !allowed.some(([a, b]) => a === from && b === to),
    );
    expect(refused).toHaveLength(ALL.length * ALL.length - allowed.length);
    for (const [from, to] of refused) expect(canTransition(from, to)).toBe(false);
  });

  it('ends in declined, completed and withdrawn', () => {
    expect(TRANSITIONS[S.DECLINED]).toEqual([]);
    expect(TRANSITIONS[S.COMPLETED]).toEqual([]);
    expect(TRANSITIONS[S.WITHDRAWN]).toEqual([]);
  });
});
