import { mean, median, suppressedGroups } from './suppression';

describe('suppressedGroups', () => {
  it('a cohort of 7 split 5/2 with the total shown hides both groups', () => {
    expect(suppressedGroups([5, 2], 5, true)).toEqual([true, true]);
  });

  it('without the total only the small group is hidden', () => {
    expect(suppressedGroups([5, 2], 5, false)).toEqual([false, true]);
  });

  it('hides the smallest visible group next to a single hidden one', () => {
    expect(suppressedGroups([9, 6, 2, 12], 5, true)).toEqual([false, true, true, false]);
  });

  it('keeps going while the hidden groups together stay below the minimum', () => {
    // 1 + 1 = 2 < 5: add the 5; 7 ≥ 5 and three hidden, so the 8 stays.
    expect(suppressedGroups([1, 1, 5, 8], 5, true)).toEqual([true, true, true, false]);
  });

  it('two hidden groups that together reach the minimum need no complement', () => {
    expect(suppressedGroups([3, 4, 10], 5, true)).toEqual([true, true, false]);
  });

  it('shows every group at or above the minimum', () => {
    expect(suppressedGroups([5, 6, 7], 5, true)).toEqual([false, false, false]);
  });

  it('counts groups hidden for another reason as hidden', () => {
    expect(suppressedGroups([8, 6, 9], 5, true, [false, true, false])).toEqual([true, true, false]);
  });
});

describe('median and mean', () => {
  it('computes both, null for nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(mean([1, 2, 2])).toBe(1.67);
    expect(mean([])).toBeNull();
  });
});
