import { draftOf, duplicateLabelIndexes, emptyCriterion, minimumChoices, moved, rubricInput } from './rubric-draft';

describe('rubric draft', () => {
  it('starts a criterion with two levels', () => {
    expect(emptyCriterion().levels).toHaveLength(2);
    expect(emptyCriterion().required).toBe(true);
  });

  it('trims texts and sends whole points', () => {
    expect(
      rubricInput([{ title: '  Analyse ', description: ' d ', required: false, minimumPoints: 3, levels: [{ label: ' gut ', points: 3, descriptor: ' x ' }] }]),
    ).toEqual([{ title: 'Analyse', description: 'd', required: false, minimumPoints: null, levels: [{ label: 'gut', points: 3, descriptor: 'x' }] }]);
  });

  it('round-trips a rubric from the API', () => {
    const draft = draftOf([
      { id: 'c', position: 1, title: 'T', description: 'D', required: true, levels: [{ id: 'l', position: 1, label: 'L', points: 2, descriptor: 'S' }] },
    ]);
    expect(draft).toEqual([{ title: 'T', description: 'D', required: true, minimumPoints: null, levels: [{ label: 'L', points: 2, descriptor: 'S' }] }]);
  });

  it('offers every level above the lowest as a minimum, fewest points first, once per points value', () => {
    const level = (label: string, points: number | null) => ({ label, points, descriptor: '' });
    expect(minimumChoices([level('erfüllt', 2), level('nicht erfüllt', 0), level(' teilweise ', 1), level('auch zwei', 2), level('offen', null)])).toEqual([
      { points: 1, label: 'teilweise' },
      { points: 2, label: 'erfüllt' },
    ]);
    expect(minimumChoices([level('nur eine', 1)])).toEqual([]);
  });

  it('finds repeated labels regardless of case and spaces, ignoring empty ones', () => {
    expect(duplicateLabelIndexes(['Gut', 'gut ', '', '', 'Sehr gut', 'GUT'])).toEqual([1, 5]);
    expect(duplicateLabelIndexes(['a', 'b'])).toEqual([]);
  });

  it('moves an item and ignores moves past either end', () => {
    expect(moved(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moved(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });
});
