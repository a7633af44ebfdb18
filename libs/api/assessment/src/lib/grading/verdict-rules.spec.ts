import { Verdict } from '../attempts/attempt-state';
import { criteriaContradictingPass, needsWrittenFeedback, RubricCriterionFacts } from './verdict-rules';

const rubric: RubricCriterionFacts[] = [
  { id: 'c1', title: 'Analyse des Konflikts', required: true, levels: [{ id: 'c1-0', points: 0 }, { id: 'c1-2', points: 2 }, { id: 'c1-3', points: 3 }] },
  { id: 'c2', title: 'Bezug zur Kommune', required: true, levels: [{ id: 'c2-2', points: 2 }, { id: 'c2-0', points: 0 }] },
  { id: 'c3', title: 'Form', required: false, levels: [{ id: 'c3-0', points: 0 }, { id: 'c3-1', points: 1 }] },
];

describe('criteriaContradictingPass', () => {
  it('names every required criterion at its lowest level when the verdict is "passed"', () => {
    const scores = { c1: { levelId: 'c1-0' }, c2: { levelId: 'c2-0' }, c3: { levelId: 'c3-0' } };
    expect(criteriaContradictingPass(rubric, scores, Verdict.PASSED).map((c) => c.title)).toEqual(['Analyse des Konflikts', 'Bezug zur Kommune']);
  });

  it('finds the lowest level by points, not by position', () => {
    expect(criteriaContradictingPass(rubric, { c2: { levelId: 'c2-2' } }, Verdict.PASSED)).toEqual([]);
    expect(criteriaContradictingPass(rubric, { c2: { levelId: 'c2-0' } }, Verdict.PASSED).map((c) => c.id)).toEqual(['c2']);
  });

  it('accepts a pass with every required criterion above its lowest level, and the other verdicts always', () => {
    const scores = { c1: { levelId: 'c1-2' }, c2: { levelId: 'c2-2' }, c3: { levelId: 'c3-0' } };
    expect(criteriaContradictingPass(rubric, scores, Verdict.PASSED)).toEqual([]);
    const lowest = { c1: { levelId: 'c1-0' }, c2: { levelId: 'c2-0' } };
    expect(criteriaContradictingPass(rubric, lowest, Verdict.REVISION_REQUESTED)).toEqual([]);
    expect(criteriaContradictingPass(rubric, lowest, Verdict.FAILED)).toEqual([]);
  });
});

describe('criteriaContradictingPass with a minimum', () => {
  const withMinimum: RubricCriterionFacts[] = [
    {
      id: 'm',
      title: 'Handlungsschritte',
      required: true,
      minimumPoints: 2,
      levels: [{ id: 'm-0', points: 0 }, { id: 'm-1', points: 1 }, { id: 'm-2', points: 2 }, { id: 'm-3', points: 3 }],
    },
  ];

  it('refuses a pass below the minimum even above the lowest level, and accepts it from the minimum on', () => {
    expect(criteriaContradictingPass(withMinimum, { m: { levelId: 'm-0' } }, Verdict.PASSED).map((c) => c.id)).toEqual(['m']);
    expect(criteriaContradictingPass(withMinimum, { m: { levelId: 'm-1' } }, Verdict.PASSED).map((c) => c.id)).toEqual(['m']);
    expect(criteriaContradictingPass(withMinimum, { m: { levelId: 'm-2' } }, Verdict.PASSED)).toEqual([]);
    expect(criteriaContradictingPass(withMinimum, { m: { levelId: 'm-3' } }, Verdict.PASSED)).toEqual([]);
    expect(criteriaContradictingPass(withMinimum, { m: { levelId: 'm-1' } }, Verdict.REVISION_REQUESTED)).toEqual([]);
  });
});

describe('needsWrittenFeedback', () => {
  it('asks for words with a revision request and a fail', () => {
    expect(needsWrittenFeedback(Verdict.REVISION_REQUESTED)).toBe(true);
    expect(needsWrittenFeedback(Verdict.FAILED)).toBe(true);
    expect(needsWrittenFeedback(Verdict.PASSED)).toBe(false);
    expect(needsWrittenFeedback(null)).toBe(false);
  });
});
