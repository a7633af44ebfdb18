import type { GradingFeedback, RubricCriterion } from './grading.service';
import { contradictingPass, feedbackPoints, missingRequired, needsWrittenFeedback, pointsOf, scoredCriteria, scoreInputs, selectionFromFeedback } from './feedback-scoring';

const level = (id: string, points: number) => ({ id, position: points, label: `L${points}`, points, descriptor: '' });
const rubric: RubricCriterion[] = [
  { id: 'c1', position: 1, title: 'Analyse', description: '', required: true, levels: [level('c1-0', 0), level('c1-2', 2), level('c1-4', 4)] },
  { id: 'c2', position: 2, title: 'Transfer', description: '', required: false, levels: [level('c2-0', 0), level('c2-3', 3)] },
];

describe('feedback scoring', () => {
  it('sends only chosen levels that belong to the rubric, in rubric order', () => {
    expect(scoreInputs(rubric, { c2: 'c2-3', c1: 'c1-2', gone: 'x' })).toEqual([
      { criterionId: 'c1', levelId: 'c1-2' },
      { criterionId: 'c2', levelId: 'c2-3' },
    ]);
    expect(scoreInputs(rubric, { c1: 'c2-3' })).toEqual([]);
  });

  it('names required criteria without a score', () => {
    expect(missingRequired(rubric, {}).map((c) => c.id)).toEqual(['c1']);
    expect(missingRequired(rubric, { c1: 'c1-0' })).toEqual([]);
    expect(missingRequired(rubric, { c1: null, c2: 'c2-3' }).map((c) => c.id)).toEqual(['c1']);
  });

  it('names required criteria at their lowest level as contradicting "passed", and only then', () => {
    expect(contradictingPass(rubric, { c1: 'c1-0', c2: 'c2-0' }, 'PASSED').map((c) => c.id)).toEqual(['c1']);
    expect(contradictingPass(rubric, { c1: 'c1-2', c2: 'c2-0' }, 'PASSED')).toEqual([]);
    expect(contradictingPass(rubric, { c1: 'c1-0' }, 'REVISION_REQUESTED')).toEqual([]);
    expect(contradictingPass(rubric, {}, 'PASSED')).toEqual([]);
    const withMinimum = [{ ...rubric[0]!, minimumPoints: 4 }];
    expect(contradictingPass(withMinimum, { c1: 'c1-2' }, 'PASSED').map((c) => c.id)).toEqual(['c1']);
    expect(contradictingPass(withMinimum, { c1: 'c1-4' }, 'PASSED')).toEqual([]);
  });

  it('asks for words with a revision request and a fail', () => {
    expect([needsWrittenFeedback('REVISION_REQUESTED'), needsWrittenFeedback('FAILED'), needsWrittenFeedback('PASSED'), needsWrittenFeedback(null)]).toEqual([true, true, false, false]);
  });

  it('lists the chosen level per criterion for the release summary', () => {
    expect(scoredCriteria(rubric, { c1: 'c1-4' })).toEqual([{ title: 'Analyse', level: 'L4', points: 4 }]);
  });

  it('adds points given and the maximum', () => {
    expect(pointsOf(rubric, {})).toEqual({ points: 0, max: 7 });
    expect(pointsOf(rubric, { c1: 'c1-4', c2: 'c2-3' })).toEqual({ points: 7, max: 7 });
  });

  it('restores a saved draft, dropping scores of levels that no longer exist', () => {
    const feedback: GradingFeedback = {
      verdict: null,
      text: '',
      releasedAt: null,
      graderName: 'T',
      scores: [
        { criterionId: 'c1', criterionTitle: 'Analyse', levelId: 'c1-4', levelLabel: 'L4', points: 4 },
        { criterionId: 'c2', criterionTitle: 'Transfer', levelId: 'old', levelLabel: 'alt', points: 1 },
      ],
    };
    expect(selectionFromFeedback(rubric, feedback)).toEqual({ c1: 'c1-4', c2: null });
    expect(selectionFromFeedback(rubric, null)).toEqual({ c1: null, c2: null });
    expect(feedbackPoints(feedback)).toBe(5);
  });
});
