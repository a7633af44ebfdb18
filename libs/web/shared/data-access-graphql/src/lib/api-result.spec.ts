import { dataOf } from './api-result';

describe('dataOf', () => {
  it('returns the data of a successful result', () => {
    expect(dataOf({ data: { cohort: { id: 'c1' } } })).toEqual({ cohort: { id: 'c1' } });
  });

  it('throws the result error so the page can describe it', () => {
    const error = new Error('COHORT_NOT_FOUND');
    expect(() => dataOf({ data: null, error })).toThrow(error);
  });

  it('throws when a result has neither data nor error', () => {
    expect(() => dataOf({})).toThrow('Empty API response');
  });
});
